package xlsxexport

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"baulu/data"
	"baulu/reports/comparison"
)

// analysis builds the level distributions per round, the comparison of
// the baseline with the final round (as `baulu stats` computes it), its
// tests and the summary by indicator and kindergarten. Without a baseline
// or final round the sheets keep their headers and stay empty.
func (c *collector) analysis(ctx context.Context) ([]sheet, error) {
	levels := sheet{name: "xlsxexport.sheet.levels", cols: []column{
		{key: "xlsxexport.col.round"}, {key: "xlsxexport.col.arm"}, {key: "xlsxexport.col.assessed", kind: integer},
		{key: "xlsxexport.col.level1", kind: integer}, {key: "xlsxexport.col.level2", kind: integer}, {key: "xlsxexport.col.level3", kind: integer},
		{key: "xlsxexport.col.level1_pct", kind: decimal, decimals: 1}, {key: "xlsxexport.col.level2_pct", kind: decimal, decimals: 1},
		{key: "xlsxexport.col.level3_pct", kind: decimal, decimals: 1}, {key: "xlsxexport.col.mean", kind: decimal, decimals: 2},
		{key: "xlsxexport.col.sd", kind: decimal, decimals: 2},
	}}
	arms := sheet{name: "xlsxexport.sheet.comparison", cols: []column{
		{key: "xlsxexport.col.figure"}, {key: "xlsxexport.col.experimental", kind: decimal, decimals: 2}, {key: "xlsxexport.col.control", kind: decimal, decimals: 2},
	}}
	tests := sheet{name: "xlsxexport.sheet.tests", cols: []column{
		{key: "xlsxexport.col.test"}, {key: "xlsxexport.col.compared"}, {key: "xlsxexport.col.statistic_name"}, {key: "xlsxexport.col.value", kind: decimal, decimals: 3},
		{key: "xlsxexport.col.df", kind: decimal, decimals: 1}, {key: "xlsxexport.col.p"},
		{key: "xlsxexport.col.effect_name"}, {key: "xlsxexport.col.effect_value", kind: decimal, decimals: 3}, {key: "xlsxexport.col.significant"},
		{key: "xlsxexport.col.reason"},
	}}
	summary := sheet{name: "xlsxexport.sheet.summary", cols: []column{
		{key: "xlsxexport.col.summary_kind"}, {key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.indicator_code"},
		{key: "xlsxexport.col.paired_e", kind: integer}, {key: "xlsxexport.col.paired_c", kind: integer},
		{key: "xlsxexport.col.gain_e", kind: decimal, decimals: 3}, {key: "xlsxexport.col.gain_c", kind: decimal, decimals: 3},
		{key: "xlsxexport.col.did", kind: decimal, decimals: 3}, {key: "xlsxexport.col.phi", kind: decimal, decimals: 3},
		{key: "xlsxexport.col.phi_sig"}, {key: "xlsxexport.col.p_mw"}, {key: "xlsxexport.col.p_welch"},
		{key: "xlsxexport.col.warnings", kind: long},
	}}
	summary.cols = append(summary.cols, primaryCols...)
	out := []sheet{levels, arms, tests, summary}
	rounds, err := c.s.Rounds(ctx)
	if err != nil {
		return nil, fmt.Errorf("rounds: %w", err)
	}
	var base, final data.Round
	for _, r := range rounds {
		if r.Kind == data.RoundBaseline && base.ID == 0 {
			base = r
		}
		if r.Kind == data.RoundFinal && final.ID == 0 {
			final = r
		}
	}
	if base.ID == 0 {
		return out, nil
	}
	for _, r := range rounds {
		if r.ID == base.ID {
			continue
		}
		res, err := comparison.Compare(ctx, c.s, comparison.Scope{RegionCode: c.region, From: base.ID, To: r.ID})
		if err != nil {
			return nil, fmt.Errorf("compare %s with %s: %w", base.Code, r.Code, err)
		}
		if len(levels.rows) == 0 {
			levels.rows = append(levels.rows, c.levelRows(base, res.Experimental.From, res.Control.From)...)
		}
		levels.rows = append(levels.rows, c.levelRows(r, res.Experimental.To, res.Control.To)...)
	}
	out[0] = levels
	if final.ID == 0 {
		return out, nil
	}
	res, err := comparison.Compare(ctx, c.s, comparison.Scope{RegionCode: c.region, From: base.ID, To: final.ID})
	if errors.Is(err, comparison.ErrScope) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	out[1].rows = c.armRows(res)
	out[2].rows = c.testRows(res)
	rows, err := comparison.Summary(ctx, c.s, c.region, base.ID, final.ID)
	if err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
	// The summary's region row is res (the same scope) and carries its
	// primary result; the rows of one kindergarten or indicator leave
	// those columns empty (the primary result is the region's).
	blank := make([]any, len(primaryCols))
	for _, r := range rows {
		primary := blank
		if r.Kind == comparison.RowRegion {
			primary = primaryValues(res)
		}
		var kg any
		if r.KindergartenID != 0 {
			kg = r.KindergartenID
		}
		row := []any{c.t("xlsxexport.kind." + r.Kind), kg, c.kgName[r.KindergartenID], r.IndicatorCode,
			r.PairedE, r.PairedC, float64(r.GainE), float64(r.GainC), float64(r.DiD), float64(r.PhiStar),
			c.label("phi.", r.PhiSignificance.String()), float64(r.MannWhitneyP), float64(r.WelchP), c.warnings(r.Warnings)}
		out[3].rows = append(out[3].rows, append(row, primary...))
	}
	return out, nil
}

// warnings names the warning codes in the export's language.
func (c *collector) warnings(codes []string) string {
	names := make([]string, len(codes))
	for i, w := range codes {
		names[i] = c.label("warn.", w)
	}
	return strings.Join(names, "; ")
}

// levelRows are a round's two rows: experimental, control.
func (c *collector) levelRows(r data.Round, e, ctl comparison.RoundStats) [][]any {
	row := func(arm string, s comparison.RoundStats) []any {
		return []any{r.Name(c.lang), c.label("role.", arm), s.N, s.Levels[0], s.Levels[1], s.Levels[2],
			float64(s.Percent[0]), float64(s.Percent[1]), float64(s.Percent[2]), float64(s.Mean), float64(s.SD)}
	}
	return [][]any{row(data.RoleExperimental, e), row(data.RoleControl, ctl)}
}

// armRows are the key figures of each arm, E and C side by side.
func (c *collector) armRows(r comparison.Result) [][]any {
	e, ctl := r.Experimental, r.Control
	f := func(key string, ve, vc any) []any { return []any{c.t(key), ve, vc} }
	i := func(x int) any { return x }
	return [][]any{
		f("xlsxexport.fig.groups", i(e.Groups), i(ctl.Groups)),
		f("xlsxexport.fig.kindergartens", i(e.Kindergartens), i(ctl.Kindergartens)),
		f("xlsxexport.fig.children", i(e.Children), i(ctl.Children)),
		f("xlsxexport.fig.n_from", i(e.From.N), i(ctl.From.N)),
		f("xlsxexport.fig.n_to", i(e.To.N), i(ctl.To.N)),
		f("xlsxexport.fig.paired", i(e.Paired), i(ctl.Paired)),
		f("xlsxexport.fig.only_from", i(e.OnlyFrom), i(ctl.OnlyFrom)),
		f("xlsxexport.fig.only_to", i(e.OnlyTo), i(ctl.OnlyTo)),
		f("xlsxexport.fig.mean_from", float64(e.From.Mean), float64(ctl.From.Mean)),
		f("xlsxexport.fig.sd_from", float64(e.From.SD), float64(ctl.From.SD)),
		f("xlsxexport.fig.mean_to", float64(e.To.Mean), float64(ctl.To.Mean)),
		f("xlsxexport.fig.sd_to", float64(e.To.SD), float64(ctl.To.SD)),
		f("xlsxexport.fig.gain", float64(e.Gain.Mean), float64(ctl.Gain.Mean)),
		f("xlsxexport.fig.gain_sd", float64(e.Gain.SD), float64(ctl.Gain.SD)),
		f("xlsxexport.fig.share_from", float64(e.From.CutShare), float64(ctl.From.CutShare)),
		f("xlsxexport.fig.share_to", float64(e.To.CutShare), float64(ctl.To.CutShare)),
		f("xlsxexport.fig.share_change", float64(e.CutShareChange), float64(ctl.CutShareChange)),
		{c.t("xlsxexport.fig.did"), float64(r.DiD), nil},
	}
}

// testRows have one row per test, with its statistic, df, p and effect.
func (c *collector) testRows(r comparison.Result) [][]any {
	sig := func(ok bool, p comparison.Float) string {
		if !ok {
			return ""
		}
		return c.yesNo(float64(p) < comparison.Alpha)
	}
	reason := func(ok bool, why fmt.Stringer) string {
		if ok {
			return ""
		}
		return c.label("reason.", why.String())
	}
	var rows [][]any
	for _, at := range []struct {
		key string
		b   comparison.Between
	}{{"xlsxexport.at.from", r.AtFrom}, {"xlsxexport.at.to", r.AtTo}} {
		chi, mw, phi := at.b.ChiSquare, at.b.MannWhitney, at.b.Phi
		rows = append(rows,
			[]any{c.t("labels.term.test.chi"), c.t(at.key), "χ²", float64(chi.Statistic), float64(chi.DF), float64(chi.P), "", nil,
				sig(chi.Computable, chi.P), reason(chi.Computable, chi.Reason)},
			[]any{c.t("labels.term.test.mw"), c.t(at.key), "U", float64(mw.U), nil, float64(mw.P), "r", float64(mw.R),
				sig(mw.Computable, mw.P), reason(mw.Computable, mw.Reason)},
			[]any{c.t("labels.term.test.mw"), c.t(at.key), "Z", float64(mw.Z), nil, nil, "", nil, "", ""},
			[]any{c.t("labels.term.test.phi"), c.t(at.key), "φ*", float64(phi.PhiStar), nil, float64(phi.P), "", nil,
				c.label("phi.", phi.Significance.String()), reason(phi.Computable, phi.Reason)},
		)
	}
	for _, arm := range []comparison.GroupResult{r.Experimental, r.Control} {
		w := arm.Wilcoxon
		rows = append(rows,
			[]any{c.t("labels.term.test.wilcoxon"), c.label("role.", arm.Role), "V", float64(w.V), nil, float64(w.P), "r", float64(w.R),
				sig(w.Computable, w.P), reason(w.Computable, w.Reason)},
			[]any{c.t("labels.term.test.wilcoxon"), c.label("role.", arm.Role), "Z", float64(w.Z), nil, nil, "", nil, "", ""})
	}
	g := r.Gains
	rows = append(rows,
		[]any{c.t("labels.term.test.welch"), c.t("xlsxexport.at.gains"), "t", float64(g.T), float64(g.DF), float64(g.P), "d", float64(g.CohenD),
			sig(g.Computable, g.P), reason(g.Computable, g.Reason)},
		[]any{c.t("labels.term.test.did"), c.t("xlsxexport.at.gains"), c.t("labels.term.did.symbol"), float64(r.DiD), nil, nil, "", nil, "", ""},
		[]any{c.t("labels.term.test.did"), c.t("xlsxexport.at.gains"), c.t("xlsxexport.ci.low"), float64(g.CILow), nil, nil, "", nil, "", ""},
		[]any{c.t("labels.term.test.did"), c.t("xlsxexport.at.gains"), c.t("xlsxexport.ci.high"), float64(g.CIHigh), nil, nil, "", nil, "", ""},
	)
	return rows
}
