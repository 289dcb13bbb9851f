package ui

import (
	"bytes"
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestThemeUsesDejaVuForEveryStyle(t *testing.T) {
	th := Theme()
	for _, st := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}, {Monospace: true}} {
		if r := th.Font(st); r == nil || !bytes.HasPrefix([]byte(r.Name()), []byte("DejaVuSans")) {
			t.Errorf("style %+v uses %v", st, r)
		}
	}
}

// render draws text with the theme at a large size and returns the image.
func render(t *testing.T, s string, bold bool) image.Image {
	t.Helper()
	txt := canvas.NewText(s, color.Black)
	txt.TextSize = 48
	txt.TextStyle.Bold = bold
	w := test.NewWindow(container.NewWithoutLayout(txt))
	defer w.Close()
	w.SetPadded(false)
	txt.Move(fyne.NewPos(0, 0))
	txt.Resize(txt.MinSize())
	w.Resize(fyne.NewSize(80, 80))
	return w.Canvas().Capture()
}

func inkRows(img image.Image) []int {
	b := img.Bounds()
	var rows []int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		n := 0
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
				n++
			}
		}
		rows = append(rows, n)
	}
	return rows
}

// The Kazakh і must be drawn with its dot: its ink has a gap between the
// dot and the stem, which the dotless ı lacks (the bug DESIGN.md §8 names).
func TestKazakhIHasItsDot(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(Theme())
	for _, bold := range []bool{false, true} {
		dotted, dotless := inkRows(render(t, "і", bold)), inkRows(render(t, "ı", bold))
		segments := func(rows []int) int {
			n, in := 0, false
			for _, r := range rows {
				if r > 0 && !in {
					n++
				}
				in = r > 0
			}
			return n
		}
		if segments(dotted) != 2 || segments(dotless) != 1 {
			t.Errorf("bold=%v: і has %d ink segments (want 2: dot and stem), ı has %d", bold, segments(dotted), segments(dotless))
		}
	}
}
