package charts

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series is one set of values, one per category, e.g. the experimental
// groups' mean score per direction.
type Series struct {
	Name   string
	Values []float64
}

// GroupedChart is a vertical bar chart with the bars of every series side
// by side in each category, coloured with SeriesColors.
type GroupedChart struct {
	Title      string
	Categories []string
	Series     []Series
	// YLabel names the value axis, e.g. "%" or "балл".
	YLabel string
	// Decimals is the number of decimals of the values printed above the
	// bars, with a decimal comma; negative hides them.
	Decimals int
	// WidthMM defaults to DefaultWidthMM, HeightMM to 90 mm.
	WidthMM, HeightMM float64
	// DPI defaults to DefaultDPI.
	DPI int
}

// groupWidth is the share of a category slot taken by its bars.
const groupWidth = 0.8

// GroupedBars draws c as PNG bytes.
func GroupedBars(c GroupedChart) ([]byte, error) {
	if len(c.Categories) == 0 || len(c.Series) == 0 {
		return nil, errors.New("charts: grouped chart needs categories and series")
	}
	if len(c.Series) > len(SeriesColors) {
		return nil, fmt.Errorf("charts: %d series, at most %d", len(c.Series), len(SeriesColors))
	}
	top := 0.0
	for _, s := range c.Series {
		if len(s.Values) != len(c.Categories) {
			return nil, fmt.Errorf("charts: series %q has %d values for %d categories", s.Name, len(s.Values), len(c.Categories))
		}
		for _, v := range s.Values {
			if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("charts: series %q has value %v; only finite values ≥ 0 are drawn", s.Name, v)
			}
			top = max(top, v)
		}
	}
	if c.HeightMM == 0 {
		c.HeightMM = 90
	}
	w, h, dpi, err := size(c.WidthMM, c.HeightMM, c.DPI)
	if err != nil {
		return nil, err
	}
	p, hdlr, err := newPlot(c.Title)
	if err != nil {
		return nil, err
	}
	// Long category names are wrapped to their slot, in a smaller size
	// if a single word is wider than the slot.
	slot := (w - 4*vg.Millimeter - axisAllowance) / vg.Length(len(c.Categories)) * 0.95
	p.X.Tick.Label.Font.Size = categorySize(p.X.Tick.Label, c.Categories, slot)
	p.NominalX(categoryLabels(p.X.Tick.Label, c.Categories, slot)...)
	p.X.Min, p.X.Max = -0.5, float64(len(c.Categories))-0.5
	// Head room for the value labels above the highest bar.
	step, top := valueScale(top * 1.1)
	p.Y.Min, p.Y.Max = 0, top
	p.Y.Tick.Marker = valueTicks{step: step}
	p.Y.Label.Text = c.YLabel
	p.Add(&gridY{})
	p.Add(&groupedBars{series: c.Series, decimals: c.Decimals, values: textStyle(hdlr, valueSize, false)})

	legend := make([]legendEntry, len(c.Series))
	for i, s := range c.Series {
		legend[i] = legendEntry{name: s.Name, fill: SeriesColors[i]}
	}
	return render(p, hdlr, w, h, dpi, legend)
}

// axisAllowance approximates the width of the value axis with its labels.
const axisAllowance = 18 * vg.Millimeter

// categorySize returns the largest of 9, 8 and 7 pt at which every word of
// every category fits in the slot.
func categorySize(sty text.Style, categories []string, slot vg.Length) vg.Length {
	for _, size := range []vg.Length{labelSize, 8, 7} {
		sty.Font.Size = size
		fits := true
		for _, c := range categories {
			for _, w := range strings.Fields(c) {
				fits = fits && sty.Width(w) <= slot
			}
		}
		if fits {
			return size
		}
	}
	return 7
}

// categoryLabels wraps the categories and pads them to the same number of
// lines: gonum places a tick label by its whole height, so labels of
// different heights would not line up.
func categoryLabels(sty text.Style, categories []string, slot vg.Length) []string {
	out := make([]string, len(categories))
	lines := 1
	for i, c := range categories {
		out[i] = wrapLabel(sty, c, slot)
		lines = max(lines, strings.Count(out[i], "\n")+1)
	}
	for i := range out {
		out[i] += strings.Repeat("\n ", lines-1-strings.Count(out[i], "\n"))
	}
	return out
}

// valueScale returns a tick step of 1, 2, 2.5 or 5 times a power of ten
// giving four to six steps, and the axis top: the first step at or above v.
func valueScale(v float64) (step, top float64) {
	if v <= 0 {
		return 0.2, 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(v/5)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		step = m * mag
		if v/step <= 6 {
			break
		}
	}
	return step, math.Ceil(v/step-1e-9) * step
}

// valueTicks labels the value axis every step with a decimal comma.
type valueTicks struct{ step float64 }

func (t valueTicks) Ticks(min, max float64) []plot.Tick {
	decimals := 0
	for s := t.step; s < 1 && decimals < 3; s *= 10 {
		decimals++
	}
	if t.step*math.Pow(10, float64(decimals)) != math.Round(t.step*math.Pow(10, float64(decimals))) {
		decimals++
	}
	var ticks []plot.Tick
	for i := 0; ; i++ {
		v := min + float64(i)*t.step
		if v > max+t.step*1e-6 {
			break
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: decimalComma(v, decimals)})
	}
	return ticks
}

// decimalComma formats v with a comma, as Kazakh and Russian write it.
func decimalComma(v float64, decimals int) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', decimals, 64), ".", ",", 1)
}

// gridY draws light horizontal lines at the value ticks.
type gridY struct{}

func (gridY) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	sty := draw.LineStyle{Color: color.Gray{Y: 0xD0}, Width: vg.Points(0.5)}
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if t.Label == "" || t.Value <= p.Y.Min {
			continue
		}
		y := trY(t.Value)
		c.StrokeLine2(sty, c.Min.X, y, c.Max.X, y)
	}
}

type groupedBars struct {
	series   []Series
	decimals int
	values   text.Style
}

func (b *groupedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	k := float64(len(b.series))
	bw := groupWidth / k
	sty := b.values
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
	for j, s := range b.series {
		for i, v := range s.Values {
			x0 := float64(i) - groupWidth/2 + float64(j)*bw
			l, r := trX(x0+0.04*bw), trX(x0+0.96*bw)
			y0, y1 := trY(0), trY(v)
			c.FillPolygon(SeriesColors[j], rect(l, y0, r, y1))
			if b.decimals >= 0 {
				label := decimalComma(v, b.decimals)
				// A label wider than its bar is set smaller, so that
				// neighbouring labels never run into each other.
				s := sty
				for s.Font.Size > minValueSize && s.Width(label) > r-l+vg.Points(1) {
					s.Font.Size -= 0.5
				}
				c.FillText(s, vg.Point{X: (l + r) / 2, Y: y1 + vg.Points(1.5)}, label)
			}
		}
	}
}

// DataRange keeps the category slots and a zero baseline.
func (b *groupedBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	top := 0.0
	for _, s := range b.series {
		for _, v := range s.Values {
			top = max(top, v)
		}
	}
	return -0.5, float64(len(b.series[0].Values)) - 0.5, 0, top
}
