package monitoring

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit/kittest"
)

// benchGrid opens the grid entry on a group of 60 children scored on 15
// indicators (the size the issue asks to stay smooth), every cell filled.
func benchGrid(b *testing.B) (*kittest.Host, *monScores) {
	b.Helper()
	s := datatest.NewConfigured(b, "ULY")
	blocks, err := s.Blocks(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for i := 1; i <= 6; i++ {
		in := data.Indicator{BlockID: blocks[i%len(blocks)].ID, Code: fmt.Sprintf("X%d", i), NameKK: "Көрсеткіш", NameRU: "Показатель"}
		if err := s.SaveIndicator(ctx, &in); err != nil {
			b.Fatal(err)
		}
	}
	g := datatest.AddGroup(b, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(b, s, g.ID, 60)
	round, _ := s.RoundByKind(ctx, data.RoundFinal)
	inds, _ := s.Indicators(ctx, false)
	var scores []data.Score
	for i, c := range kids {
		for j, in := range inds {
			scores = append(scores, data.Score{ChildID: c.ID, RoundID: round.ID, IndicatorID: in.ID, Value: 1 + (i+j)%3})
		}
	}
	if err := s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		b.Fatal(err)
	}
	h := kittest.New(b, s)
	h.Win.Resize(fyne.NewSize(1280, 800))
	sc := open(h).scores
	sc.picker.set(76, g.ID, round.ID)
	if sc.grid.g.Cells() != 900 || sc.grid.g.Filled != 900 {
		b.Fatalf("grid %d cells, %d filled", sc.grid.g.Cells(), sc.grid.g.Filled)
	}
	h.Win.Canvas().Focus(sc.grid)
	return h, sc
}

// BenchmarkGridRefresh redraws every visible cell of the 60 × 15 grid.
func BenchmarkGridRefresh(b *testing.B) {
	_, sc := benchGrid(b)
	for b.Loop() {
		sc.grid.Refresh()
	}
}

// BenchmarkGridReload reads the grid from the database and shows it (a
// change of group or round).
func BenchmarkGridReload(b *testing.B) {
	_, sc := benchGrid(b)
	for b.Loop() {
		sc.reload()
	}
}

// BenchmarkGridKeystroke is one score typed: saved to SQLite, the cell,
// mean and level redrawn, the cursor moved on.
func BenchmarkGridKeystroke(b *testing.B) {
	h, sc := benchGrid(b)
	c := h.Win.Canvas()
	i := 0
	for b.Loop() {
		sc.grid.moveTo(i%60, sc.grid.first+i%15)
		c.Focused().TypedRune(rune('1' + i%3))
		i++
	}
}

// BenchmarkGridMove is one arrow key: the cursor and headers redrawn.
func BenchmarkGridMove(b *testing.B) {
	h, sc := benchGrid(b)
	c := h.Win.Canvas()
	keys := []fyne.KeyName{fyne.KeyRight, fyne.KeyDown, fyne.KeyLeft, fyne.KeyUp}
	i := 0
	for b.Loop() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: keys[i%4]})
		i++
	}
	_ = sc
}
