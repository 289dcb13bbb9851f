package charts

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// LevelBar is one bar of a level distribution: a group of children in one
// round, e.g. «Эксп. / бастапқы», with how many are at levels I, II and III.
type LevelBar struct {
	Label  string
	Counts [3]int
}

// LevelChart is a horizontal stacked bar chart of level shares: every bar
// is 100 %, split into levels I, II and III in LevelColors, with the
// percentage printed inside each segment wide enough to hold it.
type LevelChart struct {
	Title string
	// Levels names the levels in the legend, e.g. "I – төмен".
	Levels [3]string
	Bars   []LevelBar
	// WidthMM defaults to DefaultWidthMM; HeightMM to a height that
	// suits the number of bars.
	WidthMM, HeightMM float64
	// DPI defaults to DefaultDPI.
	DPI int
}

// barThickness is the bar's share of its slot.
const barThickness = 0.62

// LevelDistribution draws c as PNG bytes.
func LevelDistribution(c LevelChart) ([]byte, error) {
	if len(c.Bars) == 0 {
		return nil, errors.New("charts: level chart without bars")
	}
	for _, b := range c.Bars {
		for _, n := range b.Counts {
			if n < 0 {
				return nil, fmt.Errorf("charts: bar %q has a negative count", b.Label)
			}
		}
	}
	if c.HeightMM == 0 {
		c.HeightMM = 34 + 13*float64(len(c.Bars))
	}
	w, h, dpi, err := size(c.WidthMM, c.HeightMM, c.DPI)
	if err != nil {
		return nil, err
	}
	p, hdlr, err := newPlot(c.Title)
	if err != nil {
		return nil, err
	}
	n := len(c.Bars)
	// The first bar goes on top, as it is read first.
	names := make([]string, n)
	for i, b := range c.Bars {
		names[n-1-i] = b.Label
	}
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.X.Min, p.X.Max = 0, 100
	p.X.Padding = 0
	p.X.Tick.Marker = percentTicks{}
	p.Add(&gridX{})
	p.Add(&stackedBars{bars: c.Bars, values: textStyle(hdlr, valueSize, false)})

	legend := make([]legendEntry, 3)
	for i := range legend {
		legend[i] = legendEntry{name: c.Levels[i], fill: LevelColors[i]}
	}
	return render(p, hdlr, w, h, dpi, legend)
}

// percentTicks marks 0–100 % every 20 %, with minor ticks every 10 %.
type percentTicks struct{}

func (percentTicks) Ticks(min, max float64) []plot.Tick {
	var ticks []plot.Tick
	for v := 0; v <= 100; v += 10 {
		t := plot.Tick{Value: float64(v)}
		if v%20 == 0 {
			t.Label = strconv.Itoa(v) + "%"
		}
		ticks = append(ticks, t)
	}
	return ticks
}

// gridX draws light vertical lines at every 20 %.
type gridX struct{}

func (gridX) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	sty := draw.LineStyle{Color: color.Gray{Y: 0xD0}, Width: vg.Points(0.5)}
	for v := 20.0; v <= 100; v += 20 {
		x := trX(v)
		c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
	}
}

// stackedBars draws the bars and their percentages.
type stackedBars struct {
	bars   []LevelBar
	values text.Style
}

// shares returns the percentages of the three levels, rounded so that they
// add up to 100 exactly (largest remainder), or all zero for an empty bar.
func shares(counts [3]int) [3]float64 {
	total := counts[0] + counts[1] + counts[2]
	var out [3]float64
	if total == 0 {
		return out
	}
	for i, n := range counts {
		out[i] = 100 * float64(n) / float64(total)
	}
	return out
}

// roundedShares rounds shares to whole percents that sum to 100.
func roundedShares(s [3]float64) [3]int {
	var out [3]int
	sum := 0
	for i, v := range s {
		out[i] = int(math.Floor(v))
		sum += out[i]
	}
	if sum == 0 {
		return out
	}
	for sum < 100 {
		best := 0
		for i := range s {
			if s[i]-float64(out[i]) > s[best]-float64(out[best]) {
				best = i
			}
		}
		out[best]++
		s[best] = float64(out[best]) // its remainder is used up
		sum++
	}
	return out
}

func (b *stackedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(b.bars)
	sty := b.values
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	pad := 1.5 * vg.Millimeter
	for i, bar := range b.bars {
		slot := float64(n - 1 - i)
		y0, y1 := trY(slot-barThickness/2), trY(slot+barThickness/2)
		s := shares(bar.Counts)
		labels := roundedShares(s)
		from := 0.0
		for lvl := range 3 {
			if s[lvl] == 0 {
				continue
			}
			x0, x1 := trX(from), trX(from+s[lvl])
			c.FillPolygon(LevelColors[lvl], rect(x0, y0, x1, y1))
			c.StrokeLines(draw.LineStyle{Color: color.White, Width: vg.Points(0.75)},
				[]vg.Point{{X: x1, Y: y0}, {X: x1, Y: y1}})
			txt := strconv.Itoa(labels[lvl]) + "%"
			sty.Color = labelColor(LevelColors[lvl])
			if sty.Width(txt)+2*pad <= x1-x0 {
				c.FillText(sty, vg.Point{X: (x0 + x1) / 2, Y: (y0 + y1) / 2}, txt)
			}
			from += s[lvl]
		}
	}
}

// DataRange keeps the axes on 0–100 % and on the bar slots.
func (b *stackedBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	return 0, 100, -0.5, float64(len(b.bars)) - 0.5
}
