package regional

import (
	"context"

	"baulu/data/text"
	"baulu/reports/charts"
	"baulu/reports/format"
)

// figures are the drawn charts; nil when there was nothing to draw.
type figures struct {
	levels []byte // level distribution per round, E and C
	kgMean []byte // mean score by kindergarten, first and last round
	err    error
}

// drawCharts starts drawing the charts (charts.Batch); wait returns them.
func drawCharts(ctx context.Context, f *facts) (wait func() figures) {
	var out figures
	batch := charts.NewBatch(ctx)
	if f.mon.scored() {
		batch.Draw(&out.levels, func() ([]byte, error) { return charts.LevelDistribution(levelChart(f)) })
	}
	if f.mon.main != nil && len(f.mon.byKg) > 0 {
		batch.Draw(&out.kgMean, func() ([]byte, error) { return charts.GroupedBars(kgChart(f)) })
	}
	return func() figures {
		out.err = batch.Wait()
		return out
	}
}

// levelChart has two bars per round with scores: experimental, control.
func levelChart(f *facts) charts.LevelChart {
	lang := f.opts.Lang
	c := charts.LevelChart{Levels: [3]string{text.T(lang, "regional.level.1"), text.T(lang, "regional.level.2"), text.T(lang, "regional.level.3")}}
	for _, d := range f.mon.dist {
		name := format.Lower(d.round.Name(f.opts.Lang))
		c.Bars = append(c.Bars,
			charts.LevelBar{Label: text.T(lang, "regional.chart.e") + " / " + name, Counts: d.e.Levels},
			charts.LevelBar{Label: text.T(lang, "regional.chart.c") + " / " + name, Counts: d.c.Levels})
	}
	return c
}

// kgChart shows each kindergarten's mean score: E and C in the first, then
// in the last round of the main comparison (the order charts.SeriesColors
// gives the arms their hue and the rounds their lightness). A missing mean
// is drawn as 0 (the table beside it says "–").
func kgChart(f *facts) charts.GroupedChart {
	lang := f.opts.Lang
	from, to := format.Lower(f.mon.baseline.Name(f.opts.Lang)), format.Lower(f.mon.to.Name(f.opts.Lang))
	series := []charts.Series{
		{Name: text.T(lang, "regional.chart.e") + " / " + from}, {Name: text.T(lang, "regional.chart.c") + " / " + from},
		{Name: text.T(lang, "regional.chart.e") + " / " + to}, {Name: text.T(lang, "regional.chart.c") + " / " + to},
	}
	c := charts.GroupedChart{YLabel: text.T(lang, "regional.chart.score"), Decimals: 2}
	for _, k := range f.mon.byKg {
		c.Categories = append(c.Categories, f.kgLabel(k.id))
		e, cc := k.res.Experimental, k.res.Control
		for i, v := range []float64{float64(e.From.Mean), float64(cc.From.Mean), float64(e.To.Mean), float64(cc.To.Mean)} {
			if v != v { // NaN: nobody scored
				v = 0
			}
			series[i].Values = append(series[i].Values, v)
		}
	}
	c.Series = series
	return c
}
