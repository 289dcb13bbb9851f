package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baulu/data/datatest"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// TestFirstRunInstitute: the first run offers the Institute's national
// copy first; choosing it writes no region and opens the National view;
// a centre's screen then says it is a centre's and leads to National.
func TestFirstRunInstitute(t *testing.T) {
	s := datatest.New(t)
	u := newTestUI(t, s)
	fr := u.firstRun
	region := fr.form.Choice("region")
	if len(region.Options) != 21 || region.Options[0] != i18n.T("firstrun.institute") {
		t.Fatalf("first-run choices %d, first %q", len(region.Options), region.Options[0])
	}
	region.SetKey(instituteKey)
	test.Tap(fr.start)
	if u.shell == nil {
		t.Fatalf("still on first run: %q", fr.errText.Text)
	}
	st, _ := s.Settings(ctx)
	if !st.Institute || st.RegionCode != "" {
		t.Fatalf("settings %+v", st)
	}
	if u.shell.currentKey != kit.National {
		t.Fatalf("after first run the window shows %s", u.shell.currentKey)
	}
	u.shell.open(kit.Kindergartens)
	note, ok := u.shell.current.(centreOnly)
	if !ok {
		t.Fatalf("the Institute's kindergartens screen is %T", u.shell.current)
	}
	var open *widget.Button
	for _, o := range test.LaidOutObjects(u.shell.body) {
		if b, ok := o.(*widget.Button); ok && b.Text == i18n.T("institute.open") {
			open = b
		}
	}
	if note.key != kit.Kindergartens || open == nil {
		t.Fatal("the note has no button to National")
	}
	test.Tap(open)
	if u.shell.currentKey != kit.National {
		t.Fatalf("the button opened %s", u.shell.currentKey)
	}
	// The next start opens the shell, not the first run.
	if u2 := newTestUI(t, s); u2.shell == nil {
		t.Fatal("the Institute's copy opens on the first run again")
	}
}
