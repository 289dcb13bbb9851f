package charts

import (
	"image/color"
	"math"
	"testing"
)

// TestColoursDifferInGrey: printed in black and white, every two colours
// of a chart are still two greys — the issue was three of four series in
// one grey (158, 162, 151).
func TestColoursDifferInGrey(t *testing.T) {
	for name, palette := range map[string][]color.RGBA{"levels": LevelColors[:], "series": SeriesColors} {
		for i := range palette {
			for j := i + 1; j < len(palette); j++ {
				if d := math.Abs(Grey(palette[i]) - Grey(palette[j])); d < MinGreyStep {
					t.Errorf("%s %d and %d: greys %.0f and %.0f differ by %.0f, want at least %d",
						name, i+1, j+1, Grey(palette[i]), Grey(palette[j]), d, MinGreyStep)
				}
			}
		}
	}
	// The step itself must separate the old look-alikes.
	old := []color.RGBA{{R: 0xE6, G: 0x9F, A: 0xFF}, {R: 0xCC, G: 0x79, B: 0xA7, A: 0xFF}}
	if math.Abs(Grey(old[0])-Grey(old[1])) >= MinGreyStep {
		t.Error("MinGreyStep lets orange and reddish purple pass as different greys")
	}
}

// TestLabelsReadOnTheirFill: a value inside a bar is white on a dark fill
// and black on a light one, with a contrast a photocopy keeps.
func TestLabelsReadOnTheirFill(t *testing.T) {
	for _, c := range append(LevelColors[:], SeriesColors...) {
		text := 0.0
		if labelColor(c) == color.White {
			text = 255
		}
		if d := math.Abs(Grey(c) - text); d < 100 {
			t.Errorf("fill %v (grey %.0f): label grey %.0f differs by only %.0f", c, Grey(c), text, d)
		}
	}
}

// TestGreyOfARenderedChart finds each level's grey in the drawn image
// converted as a printer does: the palette is what gets printed.
func TestGreyOfARenderedChart(t *testing.T) {
	b, err := LevelDistribution(sampleLevels())
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, b, px(DefaultWidthMM, DefaultDPI), px(34+13*4, DefaultDPI))
	found := map[int]bool{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 2 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 2 {
			r, g, bb, _ := img.At(x, y).RGBA()
			grey := Grey(color.RGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(bb >> 8)})
			for i, c := range LevelColors {
				if math.Abs(grey-Grey(c)) < 1 {
					found[i] = true
				}
			}
		}
	}
	if len(found) != 3 {
		t.Errorf("greys of the levels found in the image: %v", found)
	}
}
