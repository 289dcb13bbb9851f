package monitoring

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// monitoringUI opens the monitoring section on a region with one group of
// n children in kindergarten 76.
func monitoringUI(t *testing.T, n int) (*kittest.Host, *monitoringScreen, *data.Store, data.Group, []data.Child) {
	t.Helper()
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, n)
	h := kittest.New(t, s)
	return h, open(h), s, g, kids
}

// open shows the Monitoring screen, on its scores.
func open(h *kittest.Host) *monitoringScreen {
	m := newMonitoringScreen(h)
	h.Show(m.Content())
	return m
}

// typeRunes and press send keys to whatever has the keyboard focus, as the
// window does.
func typeRunes(t *testing.T, c fyne.Canvas, s string) {
	t.Helper()
	if c.Focused() == nil {
		t.Fatal("nothing has the keyboard focus")
	}
	for _, r := range s {
		c.Focused().TypedRune(r)
	}
}

func press(t *testing.T, c fyne.Canvas, keys ...fyne.KeyName) {
	t.Helper()
	if c.Focused() == nil {
		t.Fatal("nothing has the keyboard focus")
	}
	for _, k := range keys {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
}

// cellText renders one grid cell as the table would.
func cellText(sg *scoreGrid, row, col int) string {
	o := newGridCell()
	sg.updateCell(widget.TableCellID{Row: row, Col: col}, o)
	return o.(*fyne.Container).Objects[2].(*canvas.Text).Text
}

func TestGridEntryByKeyboard(t *testing.T) {
	h, m, s, g, kids := monitoringUI(t, 3)
	sc := m.scores
	round, _ := s.RoundByKind(ctx, data.RoundFinal)
	if sc.picker.kgID() != 76 || sc.picker.groupID() != g.ID || sc.picker.roundID() != round.ID {
		t.Fatalf("picker chose kg %d group %d round %d", sc.picker.kgID(), sc.picker.groupID(), sc.picker.roundID())
	}
	inds := sc.grid.g.Indicators
	if len(inds) != 9 || len(sc.grid.g.Children) != 3 {
		t.Fatalf("grid %d × %d", len(sc.grid.g.Children), len(inds))
	}
	score := func(child, ind int) int {
		t.Helper()
		all, err := s.GroupScores(ctx, g.ID, round.ID)
		if err != nil {
			t.Fatal(err)
		}
		return all[kids[child].ID][inds[ind].ID]
	}
	c := h.Win.Canvas()
	c.Focus(sc.grid)

	// 2, 3, 1: each saved at once, the cursor moving right.
	for i, want := range []int{2, 3, 1} {
		typeRunes(t, c, string(rune('0'+want)))
		if got := score(0, i); got != want {
			t.Fatalf("after typing %d: child 0 indicator %s = %d", want, inds[i].Code, got)
		}
	}
	if sc.counter.Text != "Толтырылғаны: 3 / 27 ұяшық" {
		t.Fatalf("counter %q", sc.counter.Text)
	}
	mean, level := sc.grid.first+9, sc.grid.first+10
	if got := cellText(sc.grid, 0, mean) + " " + cellText(sc.grid, 0, level); got != "2,00 II" {
		t.Fatalf("mean and level cells %q", got)
	}
	if !strings.Contains(sc.column.Text, inds[3].Code) || !strings.Contains(sc.child.Text, kids[0].Code) {
		t.Fatalf("column hint %q after three scores", sc.column.Text)
	}

	// Arrows: down and back to the first column, then score the second child.
	press(t, c, fyne.KeyDown, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft)
	if sc.grid.cursor.Row != 1 || sc.grid.cursor.Col != sc.grid.first {
		t.Fatalf("cursor %+v after arrows", sc.grid.cursor)
	}
	typeRunes(t, c, "3x") // a letter is ignored
	if score(1, 0) != 3 || sc.grid.cursor.Col != sc.grid.first+1 {
		t.Fatalf("second child: %d, cursor %+v", score(1, 0), sc.grid.cursor)
	}

	// Delete clears: the row is gone from the database.
	press(t, c, fyne.KeyUp, fyne.KeyLeft, fyne.KeyDelete)
	if all, _ := s.GroupScores(ctx, g.ID, round.ID); all[kids[0].ID][inds[0].ID] != 0 || len(all[kids[0].ID]) != 2 {
		t.Fatalf("after Delete child 0 has %v", all[kids[0].ID])
	}
	if sc.counter.Text != "Толтырылғаны: 3 / 27 ұяшық" || cellText(sc.grid, 0, sc.grid.first) != "" {
		t.Fatalf("after Delete: counter %q, cell %q", sc.counter.Text, cellText(sc.grid, 0, sc.grid.first))
	}

	// Tab wraps to the next row; Shift+Tab comes back; End and Home.
	press(t, c, fyne.KeyEnd, fyne.KeyTab)
	if sc.grid.cursor.Row != 1 || sc.grid.cursor.Col != sc.grid.first {
		t.Fatalf("Tab at the end of a row: %+v", sc.grid.cursor)
	}
	sc.grid.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(t, c, fyne.KeyTab)
	sc.grid.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if sc.grid.cursor.Row != 0 || sc.grid.cursor.Col != sc.grid.first+8 {
		t.Fatalf("Shift+Tab: %+v", sc.grid.cursor)
	}

	// A click on a child's code keeps the column and moves to that row.
	sc.grid.Select(widget.TableCellID{Row: 2, Col: 0})
	if sc.grid.cursor.Row != 2 || sc.grid.cursor.Col != sc.grid.first+8 {
		t.Fatalf("click on a code: %+v", sc.grid.cursor)
	}

	sc.grid.Select(widget.TableCellID{Row: 1, Col: sc.grid.first + 2})
	if sc.grid.cursor.Row != 1 || sc.grid.cursor.Col != sc.grid.first+2 || !strings.Contains(sc.child.Text, kids[1].Code) {
		t.Fatalf("click on a score cell: %+v, %q", sc.grid.cursor, sc.child.Text)
	}

	// "Move down" mode: a score moves to the next child.
	sc.down.SetChecked(true)
	sc.grid.moveTo(0, sc.grid.first+4)
	typeRunes(t, c, "2")
	if score(0, 4) != 2 || sc.grid.cursor.Row != 1 || sc.grid.cursor.Col != sc.grid.first+4 {
		t.Fatalf("move-down mode: score %d, cursor %+v", score(0, 4), sc.grid.cursor)
	}
}

func TestGridRefusedScoreAndRetiredColumn(t *testing.T) {
	h, m, s, g, kids := monitoringUI(t, 2)
	sc := m.scores
	c := h.Win.Canvas()
	c.Focus(sc.grid)
	k2 := sc.grid.g.Indicators[1]

	// The indicator is retired behind the grid's back: the score is refused,
	// the message says why, and the cell keeps its value.
	if err := s.RetireIndicator(ctx, k2.ID, s.Today()); err != nil {
		t.Fatal(err)
	}
	sc.grid.moveTo(0, sc.grid.first+1)
	typeRunes(t, c, "3")
	if !strings.Contains(h.Dialogs().Message, "қолданыстан шығарылған") {
		t.Fatalf("refused score message %q", h.Dialogs().Message)
	}
	if all, _ := s.GroupScores(ctx, g.ID, sc.grid.g.Round.ID); len(all[kids[0].ID]) != 0 {
		t.Fatalf("refused score written: %v", all)
	}
	if cellText(sc.grid, 0, sc.grid.first+1) != "" || sc.grid.g.Filled != 0 || sc.grid.cursor.Col != sc.grid.first+1 {
		t.Fatalf("refused score shown: %q, filled %d, cursor %+v", cellText(sc.grid, 0, sc.grid.first+1), sc.grid.g.Filled, sc.grid.cursor)
	}

	// Reopened, the grid has no column for it.
	m.selectTab(2)
	m.selectTab(0)
	if n := len(sc.grid.g.Indicators); n != 8 {
		t.Fatalf("%d columns after retiring one of 9", n)
	}
	for _, in := range sc.grid.g.Indicators {
		if in.ID == k2.ID {
			t.Fatal("retired indicator still a column")
		}
	}
	if sc.counter.Text != "Толтырылғаны: 0 / 16 ұяшық" {
		t.Fatalf("counter %q", sc.counter.Text)
	}
}

func TestGridEmptyStates(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	sc := open(kittest.New(t, s)).scores
	if !strings.Contains(sc.empty.Text, "топ жоқ") {
		t.Fatalf("no groups: %q", sc.empty.Text)
	}
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleControl)
	sc.picker.reload()
	sc.reload()
	if sc.picker.groupID() != g.ID || !strings.Contains(sc.empty.Text, "бала жоқ") {
		t.Fatalf("no children: group %d, %q", sc.picker.groupID(), sc.empty.Text)
	}
}

func TestGridNameColumnOnlyWithNames(t *testing.T) {
	_, m, s, _, kids := monitoringUI(t, 2)
	sc := m.scores
	if sc.grid.first != 1 {
		t.Fatalf("no names, yet the first score column is %d", sc.grid.first)
	}
	kids[1].FullName = "Әлихан Серікұлы Бекмұхамбетов-Жарылқасынов"
	if err := s.SaveChild(ctx, &kids[1]); err != nil {
		t.Fatal(err)
	}
	sc.reload()
	if sc.grid.first != 2 || cellText(sc.grid, 0, 1) != "" {
		t.Fatalf("name column: first %d, row 0 %q", sc.grid.first, cellText(sc.grid, 0, 1))
	}
	if got := cellText(sc.grid, 1, 1); !strings.HasPrefix(got, "Әлихан") || !strings.HasSuffix(got, "…") {
		t.Fatalf("a long name is not cut to the column: %q", got)
	}
	if sc.grid.cursor.Col != 2 || cellText(sc.grid, 0, 0) != kids[0].Code {
		t.Fatalf("cursor %+v, code %q", sc.grid.cursor, cellText(sc.grid, 0, 0))
	}
}
