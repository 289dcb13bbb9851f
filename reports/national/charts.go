package national

import (
	"context"
	"math"

	"baulu/data/text"
	"baulu/reports/charts"
	"baulu/reports/comparison"
	"baulu/reports/format"
)

// maxBarsRegions is the most regions one gains chart holds: with more,
// names such as «Қызылорда» and «Маңғыстау» side by side touch under the
// bars, so the regions are shared out between charts (20 give 7, 7, 6).
const maxBarsRegions = 7

// gainsHeightMM keeps three gains charts within about a page and a half.
const gainsHeightMM = 75

// figures are the drawn charts; nil when there was nothing to draw.
type figures struct {
	levels []byte   // pooled level distribution, E and C, baseline and final
	gains  [][]byte // gains per region, one chart per part
	parts  [][]*regionFacts
	// negative is set when a gain below zero was drawn as zero.
	negative bool
	// forest is each region's CR2 gain difference with its interval and
	// the pooled one; nil when no region has one.
	forest []byte
	err    error
}

// drawCharts starts drawing every chart (charts.Batch); wait returns them.
func drawCharts(ctx context.Context, f *facts) (wait func() figures) {
	var out figures
	batch := charts.NewBatch(ctx)
	if scored(f) {
		batch.Draw(&out.levels, func() ([]byte, error) { return charts.LevelDistribution(levelChart(f)) })
	}
	out.parts = split(comparedRegions(f), maxBarsRegions)
	out.gains = make([][]byte, len(out.parts))
	for i, part := range out.parts {
		c, negative := gainsChart(f, part)
		out.negative = out.negative || negative
		batch.Draw(&out.gains[i], func() ([]byte, error) { return charts.GroupedBars(c) })
	}
	if fc, ok := forestChart(f); ok {
		batch.Draw(&out.forest, func() ([]byte, error) { return charts.Forest(fc) })
	}
	return func() figures {
		out.err = batch.Wait()
		return out
	}
}

// scored reports whether any child of the pooled comparison was scored.
func scored(f *facts) bool {
	e, c := f.all.Experimental, f.all.Control
	return e.From.N+e.To.N+c.From.N+c.To.N > 0
}

// comparedRegions are the present regions whose gains exist in both arms.
func comparedRegions(f *facts) []*regionFacts {
	var out []*regionFacts
	for _, r := range f.present {
		if compared(r.region.Result) {
			out = append(out, r)
		}
	}
	return out
}

// split shares rs out between as few parts of at most n as possible,
// evenly: 20 regions give 10 and 10, 13 give 7 and 6.
func split(rs []*regionFacts, n int) [][]*regionFacts {
	if len(rs) == 0 {
		return nil
	}
	parts := (len(rs) + n - 1) / n
	var out [][]*regionFacts
	for i := range parts {
		lo, hi := i*len(rs)/parts, (i+1)*len(rs)/parts
		out = append(out, rs[lo:hi])
	}
	return out
}

// levelChart has two bars per round, experimental and control.
func levelChart(f *facts) charts.LevelChart {
	lang := f.opts.Lang
	from, to := format.Lower(f.from.Name(lang)), format.Lower(f.to.Name(lang))
	e, c := f.all.Experimental, f.all.Control
	return charts.LevelChart{
		Levels: [3]string{text.T(lang, "national.level.1"), text.T(lang, "national.level.2"), text.T(lang, "national.level.3")},
		Bars: []charts.LevelBar{
			{Label: text.T(lang, "national.chart.e") + " / " + from, Counts: e.From.Levels},
			{Label: text.T(lang, "national.chart.c") + " / " + from, Counts: c.From.Levels},
			{Label: text.T(lang, "national.chart.e") + " / " + to, Counts: e.To.Levels},
			{Label: text.T(lang, "national.chart.c") + " / " + to, Counts: c.To.Levels},
		},
	}
}

// gainsChart shows the mean gain of each arm in each region of part. The
// bars start at zero, so a negative gain is drawn as zero and reported.
func gainsChart(f *facts, part []*regionFacts) (c charts.GroupedChart, negative bool) {
	lang := f.opts.Lang
	e, cc := charts.Series{Name: text.T(lang, "national.series.e")}, charts.Series{Name: text.T(lang, "national.series.c")}
	bar := func(x float64) float64 {
		if math.IsNaN(x) || x < 0 {
			negative = negative || x < 0
			return 0
		}
		return x
	}
	for _, r := range part {
		c.Categories = append(c.Categories, shortName(r.info.Code, r.info.Name(f.opts.Lang), f.opts.Lang))
		res := r.region.Result
		e.Values = append(e.Values, bar(float64(res.Experimental.Gain.Mean)))
		cc.Values = append(cc.Values, bar(float64(res.Control.Gain.Mean)))
	}
	c.Series = []charts.Series{e, cc}
	c.YLabel = text.T(lang, "national.chart.gain")
	c.Decimals = 2
	c.HeightMM = gainsHeightMM
	return c, negative
}

// forestChart has a row for every present region whose clustered gain
// difference has an interval (at least two groups per arm), then the
// pooled one (all regions' groups, cluster = group); ok is false when
// there is no row.
func forestChart(f *facts) (c charts.ForestChart, ok bool) {
	lang := f.opts.Lang
	add := func(label string, g comparison.ClusteredTest, pooled bool) {
		if g.Computable {
			c.Rows = append(c.Rows, charts.ForestRow{Label: label, Estimate: float64(g.Estimate),
				Low: float64(g.CILow), High: float64(g.CIHigh), Pooled: pooled})
		}
	}
	for _, r := range f.present {
		add(shortName(r.info.Code, r.info.Name(lang), lang), r.region.Result.Primary.Gain, false)
	}
	if len(c.Rows) == 0 {
		return c, false
	}
	add(text.T(lang, "national.all"), f.all.Primary.Gain, true)
	c.XLabel = text.T(lang, "national.forest.x")
	return c, true
}

// shortName is the chart label of a region, as short as a bar's slot
// (the catalogue's "national.short." texts: the name without «облысы» or
// «область», in Russian the Kazakh-derived form in common use
// («Караганда»), the usual abbreviations БҚО / ЗКО …); an unknown code
// keeps the full name.
func shortName(code, name, lang string) string {
	key := "national.short." + code
	if !text.Has(key) {
		return name
	}
	return text.T(lang, key)
}
