package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

func TestTableStyles(t *testing.T) {
	newWindow(t)
	fig := NewTable(Figures, []string{"", "I", "II"}, [][]string{{"Іс-шаралар", "3", "12"}, {"Сағат"}})
	if fig.Rows() != 3 || fig.Text(1, 2) != "12" || fig.Text(2, 1) != "" || fig.Text(0, 1) != "I" {
		t.Fatalf("cells %q %q %q", fig.Text(1, 2), fig.Text(2, 1), fig.Text(0, 1))
	}
	if fig.Cell(1, 0).Alignment != fyne.TextAlignLeading || fig.Cell(1, 1).Alignment != fyne.TextAlignTrailing || !fig.Cell(0, 1).TextStyle.Bold {
		t.Fatal("Figures: first column left, figures right, header bold")
	}
	sh := NewTable(Shaded, []string{"a", "b"}, [][]string{{"1", "2"}, {"3", "4"}})
	objs := sh.Object().(*fyne.Container).Objects
	if _, ok := objs[0].(*canvas.Rectangle); !ok || len(objs) != 3+6 {
		t.Fatalf("Shaded: %d objects, the first a %T", len(objs), objs[0])
	}
	if sh.Cell(1, 1).Alignment != fyne.TextAlignLeading {
		t.Fatal("Shaded cells are left-aligned")
	}
}

func TestGridColumnsAsWideAsTheirWidestCell(t *testing.T) {
	newWindow(t)
	a, b := canvas.NewRectangle(nil), canvas.NewRectangle(nil)
	c, d := canvas.NewRectangle(nil), canvas.NewRectangle(nil)
	a.SetMinSize(fyne.NewSize(10, 5))
	b.SetMinSize(fyne.NewSize(30, 5))
	c.SetMinSize(fyne.NewSize(20, 8))
	d.SetMinSize(fyne.NewSize(5, 8))
	g := &Grid{Cols: 2, MinWidth: []float32{0, 40}}
	objs := []fyne.CanvasObject{a, b, c, d}
	want := fyne.NewSize(20+40+theme.Padding(), 13)
	if got := g.MinSize(objs); got != want {
		t.Fatalf("MinSize %v, want %v", got, want)
	}
	g.Layout(objs, want)
	if d.Position() != fyne.NewPos(20+theme.Padding(), 5) || d.Size() != fyne.NewSize(40, 8) {
		t.Fatalf("last cell at %v size %v", d.Position(), d.Size())
	}
}
