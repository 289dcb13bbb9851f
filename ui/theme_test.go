package ui

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"golang.org/x/image/font/sfnt"

	"baulu/data/text"
	"baulu/seeds"
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
// dot and the stem, which the dotless ı lacks (the bug docs/ARCHITECTURE.md names).
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

// TestThemeFontsCoverEveryText proves that the cut-down DejaVu faces
// (scripts/subset-dejavu.sh) have a glyph for every character of every
// interface text in the three languages, Fyne's own texts included, and of
// the order's region and kindergarten names: a missing glyph would fall back
// to Fyne's face, the one that loses the dot of і.
func TestThemeFontsCoverEveryText(t *testing.T) {
	runes := map[rune]string{}
	add := func(where, s string) {
		for _, r := range s {
			if _, ok := runes[r]; !ok && r >= ' ' {
				runes[r] = where
			}
		}
	}
	for _, k := range uiKeys(t) {
		for _, l := range text.Languages {
			if v, ok := text.Lookup(l, k); ok {
				add(k, v)
			}
		}
	}
	files, err := filepath.Glob(filepath.Join("i18n", "fyne", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 3 {
		t.Fatalf("only %d text files found: %v", len(files), files)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var walk func(v any)
		walk = func(v any) {
			switch v := v.(type) {
			case string:
				add(f, v)
			case map[string]any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		walk(m)
	}
	for _, r := range seeds.Regions() {
		add("seeds", r.NameKK+r.NameRU+r.NameEN+r.CentreKK+r.CentreRU+r.CentreEN)
	}
	for _, k := range seeds.Kindergartens() {
		add("seeds", k.Name)
	}
	for _, face := range []struct {
		name string
		res  fyne.Resource
	}{{"regular", fontRegular}, {"bold", fontBold}} {
		f, err := sfnt.Parse(face.res.Content())
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		for r, where := range runes {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				t.Errorf("%s face has no glyph for %q (U+%04X), used in %s", face.name, r, r, where)
			}
		}
	}
	if len(runes) < 150 {
		t.Fatalf("only %d distinct characters collected", len(runes))
	}
}
