package xlsxio

import (
	"testing"
)

// TestTemplatePrintsOnPaper: every group sheet prints landscape, one page
// wide, with the child codes and the header rows on every page; the
// instructions print portrait, wrapped inside the page.
func TestTemplatePrintsOnPaper(t *testing.T) {
	w := newWorld(t)
	f := w.template(t, 0)
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	for _, sh := range []string{E, "C1 Күншуақ"} {
		if want := "'" + sh + "'!$A:$A,'" + sh + "'!$1:$5"; titles[sh] != want {
			t.Errorf("%s: print titles %q, want %q", sh, titles[sh], want)
		}
		pl, err := f.GetPageLayout(sh)
		if err != nil || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
			t.Errorf("%s: page layout %+v %v", sh, pl, err)
		}
	}
	pl, err := f.GetPageLayout(instructionsSheet)
	if err != nil || *pl.Orientation != "portrait" || *pl.FitToWidth != 1 {
		t.Errorf("instructions: %+v %v", pl, err)
	}
	if width, _ := f.GetColWidth(instructionsSheet, "A"); width != InstructionsWidth {
		t.Errorf("instructions column %v wide", width)
	}
	// the first step is two lines long: its row must be tall enough for them
	if h, _ := f.GetRowHeight(instructionsSheet, 3); h < 2*11 {
		t.Errorf("row 3 is %v pt high: its wrapped lines would print over each other", h)
	}
}
