package charts

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"testing"
)

func sampleLevels() LevelChart {
	return LevelChart{
		Title:  "Деңгейлер бойынша үлестірім (ә ғ қ ң ө ұ ү һ і)",
		Levels: [3]string{"I – төмен", "II – орташа", "III – жоғары"},
		Bars: []LevelBar{
			{"Эксп. / бастапқы", [3]int{40, 45, 15}},
			{"Эксп. / қорытынды", [3]int{12, 48, 40}},
			{"Бақ. / бастапқы", [3]int{42, 43, 15}},
			{"Бақ. / қорытынды", [3]int{0, 0, 0}},
		},
	}
}

func sampleGrouped() GroupedChart {
	return GroupedChart{
		Title:      "Бағыттар бойынша орташа балл",
		Categories: []string{"Еңбек тәрбиесі", "Кәсіптер әлемімен таныстыру", "Қолөнер"},
		Series: []Series{
			{"Эксперименттік", []float64{2.1, 2.4, 1.9}},
			{"Бақылау", []float64{1.8, 2.0, 1.9}},
		},
		YLabel:   "балл",
		Decimals: 1,
	}
}

// decode checks that b is a PNG of the given pixel size and returns it.
func decode(t *testing.T, b []byte, w, h int) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode PNG: %v", err)
	}
	if got := img.Bounds().Size(); got.X != w || got.Y != h {
		t.Fatalf("size = %v, want %dx%d", got, w, h)
	}
	// IHDR colour type 2 is RGB: without an alpha channel gofpdf embeds
	// the image data as it is instead of re-encoding a soft mask.
	if ct := b[25]; ct != 2 {
		t.Errorf("PNG colour type = %d, want 2 (RGB)", ct)
	}
	return img
}

// px is the pixel count of mm millimetres at dpi, as vgimg rounds it.
func px(mm float64, dpi int) int {
	return int(mm/25.4*float64(dpi) + 0.5)
}

// hasColour reports whether some pixel is exactly c.
func hasColour(img image.Image, c color.RGBA) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(bl>>8) == c.B {
				return true
			}
		}
	}
	return false
}

func TestLevelDistribution(t *testing.T) {
	tests := []struct {
		name         string
		widthMM      float64
		heightMM     float64
		dpi          int
		wantW, wantH int
	}{
		{"defaults", 0, 0, 0, px(DefaultWidthMM, DefaultDPI), px(34+13*4, DefaultDPI)},
		{"explicit 300 dpi", 120, 70, 300, px(120, 300), px(70, 300)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := sampleLevels()
			c.WidthMM, c.HeightMM, c.DPI = tt.widthMM, tt.heightMM, tt.dpi
			b, err := LevelDistribution(c)
			if err != nil {
				t.Fatal(err)
			}
			img := decode(t, b, tt.wantW, tt.wantH)
			for i, col := range LevelColors {
				if !hasColour(img, col) {
					t.Errorf("level %d colour %v not drawn", i+1, col)
				}
			}
		})
	}
}

func TestGroupedBars(t *testing.T) {
	b, err := GroupedBars(sampleGrouped())
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, b, px(DefaultWidthMM, DefaultDPI), px(90, DefaultDPI))
	for i := range 2 {
		if !hasColour(img, SeriesColors[i]) {
			t.Errorf("series %d colour not drawn", i+1)
		}
	}
}

func TestInvalidCharts(t *testing.T) {
	noBars := sampleLevels()
	noBars.Bars = nil
	negative := sampleLevels()
	negative.Bars[0].Counts[1] = -1
	lowDPI := sampleLevels()
	lowDPI.DPI = 72
	short := sampleGrouped()
	short.Series[1].Values = short.Series[1].Values[:2]
	nan := sampleGrouped()
	nan.Series[0].Values[0] = math.NaN()
	tooMany := sampleGrouped()
	for range 4 {
		tooMany.Series = append(tooMany.Series, tooMany.Series[0])
	}
	tests := []struct {
		name string
		draw func() ([]byte, error)
	}{
		{"level chart without bars", func() ([]byte, error) { return LevelDistribution(noBars) }},
		{"negative count", func() ([]byte, error) { return LevelDistribution(negative) }},
		{"screen resolution", func() ([]byte, error) { return LevelDistribution(lowDPI) }},
		{"series shorter than categories", func() ([]byte, error) { return GroupedBars(short) }},
		{"NaN value", func() ([]byte, error) { return GroupedBars(nan) }},
		{"more series than colours", func() ([]byte, error) { return GroupedBars(tooMany) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.draw(); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestRoundedShares(t *testing.T) {
	tests := []struct {
		counts [3]int
		want   [3]int
	}{
		{[3]int{1, 1, 1}, [3]int{34, 33, 33}},
		{[3]int{40, 45, 15}, [3]int{40, 45, 15}},
		{[3]int{1, 2, 4}, [3]int{14, 29, 57}},
		{[3]int{0, 0, 0}, [3]int{0, 0, 0}},
		{[3]int{0, 0, 7}, [3]int{0, 0, 100}},
	}
	for _, tt := range tests {
		got := roundedShares(shares(tt.counts))
		if got != tt.want {
			t.Errorf("roundedShares(%v) = %v, want %v", tt.counts, got, tt.want)
		}
	}
}

func TestValueScale(t *testing.T) {
	tests := []struct {
		v, step, top float64
	}{
		{3.08, 1, 4},
		{100, 20, 100},
		{110, 20, 120},
		{0.7, 0.2, 0.8},
		{0, 0.2, 1},
		{23, 5, 25},
	}
	for _, tt := range tests {
		step, top := valueScale(tt.v)
		if math.Abs(step-tt.step) > 1e-9 || math.Abs(top-tt.top) > 1e-9 {
			t.Errorf("valueScale(%v) = %v, %v; want %v, %v", tt.v, step, top, tt.step, tt.top)
		}
	}
}

func TestValueTicksUseDecimalComma(t *testing.T) {
	ticks := valueTicks{step: 0.25}.Ticks(0, 1)
	want := []string{"0,00", "0,25", "0,50", "0,75", "1,00"}
	if len(ticks) != len(want) {
		t.Fatalf("got %d ticks, want %d", len(ticks), len(want))
	}
	for i, tk := range ticks {
		if tk.Label != want[i] {
			t.Errorf("tick %d = %q, want %q", i, tk.Label, want[i])
		}
	}
}

func BenchmarkLevelDistribution(b *testing.B) {
	c := sampleLevels()
	for b.Loop() {
		if _, err := LevelDistribution(c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGroupedBars(b *testing.B) {
	c := sampleGrouped()
	for b.Loop() {
		out, err := GroupedBars(c)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(out)), "bytes")
	}
}
