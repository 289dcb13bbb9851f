// Package charts draws the report charts with gonum/plot as PNG bytes at
// print resolution, the same images for the PDF and the screen. It knows no
// language: every label is passed in.
//
// Text is set in DejaVu Sans (baulu/reports/fonts), which has every Kazakh
// letter. The font is given to each plot through its own text handler
// instead of by changing plot.DefaultFont: that global would also change
// plots made elsewhere and would race when charts are drawn concurrently.
package charts

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"strings"
	"sync"

	stdfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"baulu/reports/fonts"
)

// Defaults for the printed size and resolution.
const (
	DefaultDPI     = 200
	DefaultWidthMM = 160.0
	// MinDPI is the lowest resolution accepted: below it text looks soft
	// on paper.
	MinDPI = 150
)

// Reports are printed on black-and-white office printers, so every colour
// of a chart is chosen by its grey first (Grey, the luma of Rec. 601 that
// printers and pdftoppm -gray use) and by its hue second: any two colours
// of one chart differ by at least MinGreyStep, and a value printed inside
// a bar is white on a dark fill (Dark).

// MinGreyStep is the least difference of grey (0–255) between two colours
// of one chart that a photocopy keeps apart.
const MinGreyStep = 45

// Level colours, one per level I, II, III: a soft vermilion (grey 154), a
// light amber (214) and a deep bluish green (90).
var LevelColors = [3]color.RGBA{
	{R: 0xE8, G: 0x7D, B: 0x5F, A: 0xFF},
	{R: 0xF8, G: 0xD5, B: 0x7E, A: 0xFF},
	{R: 0x1B, G: 0x7A, B: 0x5A, A: 0xFF},
}

// SeriesColors colour the series of a grouped bar chart in order: light
// blue (grey 158) and light orange (218) for two series — experimental and
// control — then dark blue (43) and dark orange (106), so that four series
// given as "E, C before; E, C after" keep the arm in the hue and the round
// in the lightness.
var SeriesColors = []color.RGBA{
	{R: 0x6B, G: 0xAE, B: 0xD6, A: 0xFF},
	{R: 0xFD, G: 0xD4, B: 0x9E, A: 0xFF},
	{R: 0x08, G: 0x30, B: 0x6B, A: 0xFF},
	{R: 0xB3, G: 0x58, B: 0x06, A: 0xFF},
}

// Grey is the grey a black-and-white printer makes of c, 0 (black) to 255.
func Grey(c color.RGBA) float64 {
	return 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)
}

// Dark reports whether black text would not read on c: white is used.
func Dark(c color.RGBA) bool { return Grey(c) < 110 }

// labelColor is the colour of a value printed on the fill c.
func labelColor(c color.RGBA) color.Color {
	if Dark(c) {
		return color.White
	}
	return color.Black
}

// Type sizes in points, as printed when the image is placed at its size.
const (
	titleSize = 11
	labelSize = 9
	valueSize = 8.5
	// minValueSize is the smallest a value label is set to fit its bar.
	minValueSize = 6
)

const typeface = "DejaVu"

var (
	fontsOnce sync.Once
	fontCache *font.Cache
	fontErr   error
)

// handler returns a text handler whose only faces are DejaVu Sans regular
// and bold.
func handler() (text.Handler, error) {
	fontsOnce.Do(func() {
		var coll font.Collection
		for _, f := range []struct {
			ttf    []byte
			weight stdfont.Weight
		}{{fonts.SansRegular(), stdfont.WeightNormal}, {fonts.SansBold(), stdfont.WeightBold}} {
			face, err := opentype.Parse(f.ttf)
			if err != nil {
				fontErr = fmt.Errorf("charts: parse DejaVu Sans: %w", err)
				return
			}
			coll = append(coll, font.Face{Font: font.Font{Typeface: typeface, Weight: f.weight}, Face: face})
		}
		fontCache = font.NewCache(coll)
	})
	if fontErr != nil {
		return nil, fontErr
	}
	return text.Plain{Fonts: fontCache}, nil
}

// textStyle is a DejaVu Sans style of the given size.
func textStyle(h text.Handler, size vg.Length, bold bool) text.Style {
	f := font.Font{Typeface: typeface, Size: size}
	if bold {
		f.Weight = stdfont.WeightBold
	}
	return text.Style{Color: color.Black, Font: f, Handler: h}
}

// newPlot returns a plot whose every text uses DejaVu Sans.
func newPlot(title string) (*plot.Plot, text.Handler, error) {
	h, err := handler()
	if err != nil {
		return nil, nil, err
	}
	p := plot.New()
	p.TextHandler = h
	restyle := func(s *text.Style, size vg.Length, bold bool) {
		n := textStyle(h, size, bold)
		s.Font, s.Handler = n.Font, n.Handler
	}
	restyle(&p.Title.TextStyle, titleSize, true)
	restyle(&p.X.Label.TextStyle, labelSize, false)
	restyle(&p.Y.Label.TextStyle, labelSize, false)
	restyle(&p.X.Tick.Label, labelSize, false)
	restyle(&p.Y.Tick.Label, labelSize, false)
	restyle(&p.Legend.TextStyle, labelSize, false)
	p.Title.Text = title
	p.Title.Padding = vg.Millimeter * 3
	return p, h, nil
}

// size validates and completes the requested size and resolution.
func size(widthMM, heightMM float64, dpi int) (w, h vg.Length, d int, err error) {
	if dpi == 0 {
		dpi = DefaultDPI
	}
	if dpi < MinDPI {
		return 0, 0, 0, fmt.Errorf("charts: %d dpi is below the %d dpi needed for print", dpi, MinDPI)
	}
	if widthMM == 0 {
		widthMM = DefaultWidthMM
	}
	if widthMM < 40 || heightMM < 30 {
		return 0, 0, 0, fmt.Errorf("charts: %.0f×%.0f mm is too small", widthMM, heightMM)
	}
	return vg.Length(widthMM) * vg.Millimeter, vg.Length(heightMM) * vg.Millimeter, dpi, nil
}

// legendEntry is one coloured square and its name.
type legendEntry struct {
	name string
	fill color.Color
}

// legendHeight is the strip reserved under the plot for the legend.
const legendHeight = 8 * vg.Millimeter

// drawLegend draws the entries in one centred row across the strip c: the
// stock legend would be drawn over the bars.
func drawLegend(c draw.Canvas, h text.Handler, entries []legendEntry) {
	sty := textStyle(h, labelSize, false)
	sty.YAlign = draw.YCenter
	box := 3.5 * vg.Millimeter
	gap := 1.5 * vg.Millimeter
	between := 6 * vg.Millimeter
	total := vg.Length(0)
	for i, e := range entries {
		if i > 0 {
			total += between
		}
		total += box + gap + sty.Width(e.name)
	}
	x := c.Min.X + (c.Max.X-c.Min.X-total)/2
	y := c.Min.Y + (c.Max.Y-c.Min.Y)/2
	for _, e := range entries {
		c.FillPolygon(e.fill, rect(x, y-box/2, x+box, y+box/2))
		c.FillText(sty, vg.Point{X: x + box + gap, Y: y}, e.name)
		x += box + gap + sty.Width(e.name) + between
	}
}

// rect returns the corners of a rectangle.
func rect(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x0, Y: y1}, {X: x1, Y: y1}, {X: x1, Y: y0}}
}

// render draws the plot above a legend strip and encodes the PNG. The
// background is opaque white, so the PNG has no alpha channel and gofpdf
// embeds it as it is, without splitting out a soft mask.
func render(p *plot.Plot, h text.Handler, w, ht vg.Length, dpi int, legend []legendEntry) ([]byte, error) {
	c := vgimg.NewWith(vgimg.UseWH(w, ht), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(c)
	pad := 2 * vg.Millimeter
	dc = draw.Crop(dc, pad, -pad, pad, -pad)
	if len(legend) > 0 {
		drawLegend(draw.Crop(dc, 0, 0, 0, -(dc.Max.Y-dc.Min.Y-legendHeight)), h, legend)
		dc = draw.Crop(dc, 0, 0, legendHeight, 0)
	}
	p.Draw(dc)
	var buf bytes.Buffer
	// Flat colours compress well even at the fastest level, which halves
	// the time of a chart; the default level saves only a few per cent.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, c.Image()); err != nil {
		return nil, fmt.Errorf("charts: encode PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// wrapLabel breaks a label into lines no wider than max, at spaces.
func wrapLabel(sty text.Style, label string, max vg.Length) string {
	words := strings.Fields(label)
	var lines []string
	cur := ""
	for _, w := range words {
		if cur != "" && sty.Width(cur+" "+w) > max {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur == "" {
			cur = w
		} else {
			cur += " " + w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return strings.Join(lines, "\n")
}
