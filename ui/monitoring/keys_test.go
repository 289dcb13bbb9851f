package monitoring

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"baulu/data"
)

// cellPos is the middle of a grid cell on the canvas (no scrolling: the
// grid starts at its top left).
func cellPos(sg *scoreGrid, row, col int) fyne.Position {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(sg)
	x := p.X
	for c := 0; c < col; c++ {
		x += sg.widths[c] + theme.Padding()
	}
	h := newGridCell().MinSize().Height + theme.Padding()
	return fyne.NewPos(x+sg.widths[col]/2, p.Y+h*float32(row+1)+h/2)
}

// A click on a cell gives the grid the keyboard, and the physical key 2
// scores whatever the layout types on it: the window sends the key's name
// ("2", the same for the keypad) and then a rune, «ә» on the Kazakh layout,
// which must not score or move again.
func TestGridScoresPhysicalKeysAfterAClick(t *testing.T) {
	h, m, s, g, kids := monitoringUI(t, 3)
	sg := m.scores.grid
	c := h.Win.Canvas()
	c.Unfocus()
	test.TapCanvas(c, cellPos(sg, 1, sg.first+2))
	if c.Focused() != sg {
		t.Fatalf("after a click the keyboard is with %T", c.Focused())
	}
	if sg.cursor.Row != 1 || sg.cursor.Col != sg.first+2 {
		t.Fatalf("click put the cursor on %+v", sg.cursor)
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.Key2})
	c.Focused().TypedRune('ә')
	round := sg.g.Round
	all, err := s.GroupScores(ctx, g.ID, round.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := all[kids[1].ID][sg.g.Indicators[2].ID]; got != 2 || len(all[kids[1].ID]) != 1 {
		t.Fatalf("after key 2 the child has %v", all[kids[1].ID])
	}
	if sg.cursor.Col != sg.first+3 || m.scores.hint.Text != "" {
		t.Fatalf("cursor %+v, hint %q", sg.cursor, m.scores.hint.Text)
	}
	// Keys 3 and 1 on the Kazakh layout, then Backspace clears.
	for _, k := range []struct {
		name fyne.KeyName
		r    rune
	}{{fyne.Key3, 'і'}, {fyne.Key1, '1'}} {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k.name})
		c.Focused().TypedRune(k.r)
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	all, _ = s.GroupScores(ctx, g.ID, round.ID)
	if v := all[kids[1].ID]; len(v) != 2 || v[sg.g.Indicators[3].ID] != 3 {
		t.Fatalf("after 3, 1, Left, Backspace the child has %v", v)
	}
	// A key that cannot score says so in one line and writes nothing.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.Key5})
	c.Focused().TypedRune('5')
	if !strings.Contains(m.scores.hint.Text, "1, 2 немесе 3") {
		t.Fatalf("hint after 5: %q", m.scores.hint.Text)
	}
	c.Focused().TypedRune('x')
	if !strings.Contains(m.scores.hint.Text, "«x»") {
		t.Fatalf("hint after x: %q", m.scores.hint.Text)
	}
	if all, _ = s.GroupScores(ctx, g.ID, round.ID); len(all[kids[1].ID]) != 2 {
		t.Fatalf("a key that cannot score wrote %v", all[kids[1].ID])
	}
}

// Children without consent, or who left before the round, are rows of the
// grid, greyed, with the reason, and cannot be scored.
func TestGridGreysChildrenNotScored(t *testing.T) {
	h, m, s, g, kids := monitoringUI(t, 3)
	round := m.scores.grid.g.Round
	kids[0].Consent = false
	kids[2].LeftOn = round.Start.AddDays(-1)
	for _, k := range []*data.Child{&kids[0], &kids[2]} {
		if err := s.SaveChild(ctx, k); err != nil {
			t.Fatal(err)
		}
	}
	m.scores.reload()
	sg := m.scores.grid
	if len(sg.rows) != 3 || len(sg.g.Children) != 1 || sg.rows[0].ID != kids[1].ID {
		t.Fatalf("rows %d, monitored %d", len(sg.rows), len(sg.g.Children))
	}
	if sg.greyed(1) != "consent" || sg.greyed(2) != "left" || sg.greyed(0) != "" {
		t.Fatalf("reasons %q %q %q", sg.greyed(0), sg.greyed(1), sg.greyed(2))
	}
	c := h.Win.Canvas()
	test.TapCanvas(c, cellPos(sg, 1, sg.first))
	if !strings.Contains(m.scores.child.Text, "келісімі жоқ") {
		t.Fatalf("the reason is not shown: %q", m.scores.child.Text)
	}
	if !strings.Contains(m.scores.hint.Text, "«Балабақшалар» бөлімінде баланы ашып, «Ата-ананың келісімі бар» деп белгілеңіз") {
		t.Fatalf("no way to fix it: %q", m.scores.hint.Text)
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.Key3})
	if !strings.Contains(m.scores.hint.Text, "келісімі бар» деп белгілеңіз") {
		t.Fatalf("hint %q", m.scores.hint.Text)
	}
	if all, _ := s.GroupScores(ctx, g.ID, round.ID); len(all) != 0 {
		t.Fatalf("a no-consent child was scored: %v", all)
	}
	if m.scores.counter.Text != "Толтырылғаны: 0 / 9 ұяшық" {
		t.Fatalf("counter %q", m.scores.counter.Text)
	}
}
