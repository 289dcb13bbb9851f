package history

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/i18n"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// The history shows who changed what from where, filters by child, and
// undoes an import after showing its plan with the conflict a later grid
// edit made.
func TestHistoryFiltersAndUndo(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if err := s.SetMethodologist(ctx, "Айгүл Сейітова"); err != nil {
		t.Fatal(err)
	}
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, 2)
	base, _ := s.RoundByKind(ctx, data.RoundBaseline)
	ins, _ := s.Indicators(ctx, false)
	sc := func(k int, i int, v int) data.Score {
		return data.Score{ChildID: kids[k].ID, RoundID: base.ID, IndicatorID: ins[i].ID, Value: v}
	}
	if err := s.WriteScores(ctx, []data.Score{sc(0, 0, 2), sc(0, 1, 3), sc(1, 0, 1)},
		data.WriteOptions{Source: data.SourceImport, File: "Балапан.xlsx", SHA256: strings.Repeat("a", 64)}); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteScores(ctx, []data.Score{sc(0, 1, 1)}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	scr := newHistoryScreen(h)
	h.Show(scr.Content())
	rows := scr.table.Rows()
	if len(rows) != 7 { // a group and two children added, three imported scores, one grid edit
		t.Fatalf("%d rows", len(rows))
	}
	if got := changeText(rows[0]); got != "3 → 1" || sourceText(rows[0].Set) != i18n.T("history.source.grid") ||
		rows[0].Set.Who.Methodologist != "Айгүл Сейітова" {
		t.Fatalf("newest row %q %+v", got, rows[0])
	}
	test.Type(scr.child, kids[1].Code)
	scr.reload()
	if rows := scr.table.Rows(); len(rows) != 2 || whatText(rows[0]) != i18n.T("history.entity.score")+" · "+kids[1].Code+" · "+ins[0].Code ||
		!strings.Contains(sourceText(rows[0].Set), "Балапан.xlsx") {
		t.Fatalf("child's rows %+v", rows)
	}
	scr.onSelect(scr.table.Rows()[0])
	if !strings.Contains(scr.detail.Text, strings.Repeat("a", 64)) {
		t.Fatalf("detail %q", scr.detail.Text)
	}
	scr.source.SetKey(string(data.SourceGrid))
	if rows := scr.table.Rows(); len(rows) != 0 {
		t.Fatalf("grid rows of child 2: %d", len(rows))
	}

	l := scr.imports
	if len(l.table.Rows()) != 1 || !l.undo.Disabled() {
		t.Fatal("imports list")
	}
	l.table.SelectRow(0)
	test.Tap(l.undo)
	c := h.Dialogs().Confirm
	if c == nil {
		t.Fatal("no plan shown")
	}
	plan, _ := s.PlanUndo(ctx, l.table.Rows()[0].ID)
	text := PlanText(plan)
	if len(plan.Restore) != 2 || !strings.Contains(text, kids[0].Code) || !strings.Contains(text, "Айгүл Сейітова") {
		t.Fatalf("plan %q", text)
	}
	test.Tap(c.Yes)
	m, _ := s.GroupScores(ctx, g.ID, base.ID)
	if len(m[kids[1].ID]) != 0 || m[kids[0].ID][ins[1].ID] != 1 || m[kids[0].ID][ins[0].ID] != 0 {
		t.Fatalf("after undo %v", m)
	}
	if !strings.Contains(h.Dialogs().Message, "2") || l.table.Rows()[0].UndoneBy == 0 {
		t.Fatalf("message %q, list %+v", h.Dialogs().Message, l.table.Rows())
	}
}
