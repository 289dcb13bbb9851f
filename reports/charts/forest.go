package charts

import (
	"errors"
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// ForestRow is one estimate with its confidence interval.
type ForestRow struct {
	Label     string
	Estimate  float64
	Low, High float64
	// Pooled draws the row as a diamond under a rule (the pooled effect).
	Pooled bool
}

// ForestChart is a forest plot: one row per estimate, top to bottom, a
// square at the estimate and a line across its interval, a dashed line at
// zero (no difference).
type ForestChart struct {
	Title  string
	Rows   []ForestRow
	XLabel string
	// WidthMM defaults to DefaultWidthMM; HeightMM to 12 mm a row + 25.
	WidthMM, HeightMM float64
	DPI               int
}

// Forest draws c as PNG bytes. Every estimate and bound must be finite.
func Forest(c ForestChart) ([]byte, error) {
	if len(c.Rows) == 0 {
		return nil, errors.New("charts: forest plot needs rows")
	}
	lo, hi := 0.0, 0.0
	for _, r := range c.Rows {
		for _, v := range []float64{r.Estimate, r.Low, r.High} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("charts: row %q has value %v; only finite values are drawn", r.Label, v)
			}
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if c.HeightMM == 0 {
		c.HeightMM = 25 + 8*float64(len(c.Rows))
	}
	w, h, dpi, err := size(c.WidthMM, c.HeightMM, c.DPI)
	if err != nil {
		return nil, err
	}
	p, hdlr, err := newPlot(c.Title)
	if err != nil {
		return nil, err
	}
	n := len(c.Rows)
	labels := make([]string, n)
	for i, r := range c.Rows {
		labels[n-1-i] = r.Label
	}
	p.NominalY(labels...)
	p.Y.Min, p.Y.Max = -0.7, float64(n)-0.3
	step, top := valueScale(math.Max(math.Abs(lo), math.Abs(hi)) * 1.1)
	p.X.Min, p.X.Max = -top, top
	if lo >= 0 {
		p.X.Min = math.Min(0, -step)
	}
	p.X.Tick.Marker = forestTicks{step: step}
	p.X.Label.Text = c.XLabel
	p.Add(&forestRows{rows: c.Rows})
	return render(p, hdlr, w, h, dpi, nil)
}

// forestTicks are valueTicks on both sides of zero.
type forestTicks struct{ step float64 }

func (t forestTicks) Ticks(lo, hi float64) []plot.Tick {
	var ticks []plot.Tick
	for _, tk := range valueTicks(t).Ticks(0, math.Max(-lo, hi)) {
		if tk.Value > 0 && -tk.Value >= lo-t.step*1e-6 {
			ticks = append(ticks, plot.Tick{Value: -tk.Value, Label: "−" + tk.Label})
		}
		if tk.Value <= hi+t.step*1e-6 {
			ticks = append(ticks, tk)
		}
	}
	return ticks
}

type forestRows struct{ rows []ForestRow }

func (f *forestRows) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	zero := draw.LineStyle{Color: color.Gray{Y: 0x80}, Width: vg.Points(0.7), Dashes: []vg.Length{vg.Points(3), vg.Points(2)}}
	c.StrokeLine2(zero, trX(0), c.Min.Y, trX(0), c.Max.Y)
	line := draw.LineStyle{Color: SeriesColors[2], Width: vg.Points(1.2)}
	n := len(f.rows)
	for i, r := range f.rows {
		y := trY(float64(n - 1 - i))
		x, l, h := trX(r.Estimate), trX(r.Low), trX(r.High)
		c.StrokeLine2(line, l, y, h, y)
		tick := vg.Points(3)
		c.StrokeLine2(line, l, y-tick, l, y+tick)
		c.StrokeLine2(line, h, y-tick, h, y+tick)
		s := vg.Points(3.5)
		if r.Pooled {
			rule := draw.LineStyle{Color: color.Gray{Y: 0xB0}, Width: vg.Points(0.5)}
			c.StrokeLine2(rule, c.Min.X, y+vg.Points(9), c.Max.X, y+vg.Points(9))
			c.FillPolygon(color.Black, []vg.Point{{X: x - 2*s, Y: y}, {X: x, Y: y + s}, {X: x + 2*s, Y: y}, {X: x, Y: y - s}})
			continue
		}
		c.FillPolygon(SeriesColors[2], rect(x-s, y-s, x+s, y+s))
	}
}

// DataRange is the plot's own (set in Forest).
func (f *forestRows) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = 0, 0
	for _, r := range f.rows {
		xmin, xmax = min(xmin, r.Low), max(xmax, r.High)
	}
	return xmin, xmax, -0.5, float64(len(f.rows)) - 0.5
}
