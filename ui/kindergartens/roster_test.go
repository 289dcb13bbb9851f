package kindergartens

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/reports/roster/rostertest"
	"baulu/ui/kit/kittest"
)

func TestRosterFromTheGroupsTab(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	datatest.AddGroup(t, s, 76, "Күншуақ", data.RoleControl)
	h := kittest.New(t, s)
	r := open(h).groups.roster

	// the list goes to Excel …
	path := filepath.Join(t.TempDir(), "tizim")
	r.saveTo(path)
	path += ".xlsx"
	if !strings.Contains(h.Dialogs().Message, path) {
		t.Fatalf("not saved: %q", h.Dialogs().Message)
	}
	// … a row the methodologist got wrong is named, Apply stays off
	rostertest.FillFile(t, path, []any{nil, "E1", "Әлия", "қыз", "05.04.2021", "иә"}, []any{nil, "E7", "", "ұл"})
	r.importFrom(path)
	p := r.preview
	if p == nil || len(p.problems.Rows()) != 1 || p.problems.Rows()[0].Column != "B" || !p.apply.Disabled() {
		t.Fatalf("preview of a bad list: %+v", p)
	}
	// … fixed, the preview lists the new children and Apply writes them
	rostertest.FillFile(t, path, nil, []any{nil, "C1"})
	r.importFrom(path)
	p = r.preview
	if len(p.problems.Rows()) != 0 || len(p.rows.Rows()) != 2 || p.apply.Disabled() || !strings.Contains(p.summary.Text, "Жаңа балалар: 2") {
		t.Fatalf("preview: %q, rows %d", p.summary.Text, len(p.rows.Rows()))
	}
	test.Tap(p.apply)
	groups, _ := s.Groups(ctx, 76)
	if groups[0].Children+groups[1].Children != 2 || !strings.Contains(h.Dialogs().Message, "Жазылды: жаңа 2") {
		t.Fatalf("groups %+v, message %q", groups, h.Dialogs().Message)
	}
	// the codes are in the file now: the same file again changes nothing
	f, _ := excelize.OpenFile(path)
	code, _ := f.GetCellValue(rostertest.ListSheet, "A3")
	f.Close()
	if code != "ULY-01-E1-001" {
		t.Fatalf("code written into the file: %q", code)
	}
	r.importFrom(path)
	if p = r.preview; !p.apply.Disabled() || !strings.Contains(p.summary.Text, "өзгермеген: 2") {
		t.Fatalf("second import: %q", p.summary.Text)
	}
}
