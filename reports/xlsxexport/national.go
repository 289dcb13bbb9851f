package xlsxexport

import (
	"context"
	"fmt"
	"io"
	"time"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/national"
	"baulu/reports/official"
)

// ExportNational writes the national figures (national.LoadFigures, the
// national report's figures) as a workbook in lang: a sheet of the
// regions with their counts and comparison, one of every kindergarten's
// comparison, and the pooled comparison with its tests.
func ExportNational(ctx context.Context, s *data.Store, w io.Writer, lang string) error {
	if lang != "kk" && lang != "ru" {
		return fmt.Errorf("xlsx export: language %q (kk or ru): %w", lang, data.ErrInvalid)
	}
	figs, err := national.LoadFigures(ctx, s, national.Options{Lang: lang, Now: s.Today().Time()})
	if err != nil {
		return fmt.Errorf("xlsx export: %w", err)
	}
	c := &collector{s: s, lang: lang}
	return c.writeBook(ctx, w, c.nationalSheets(figs), "xlsxexport.nat.title")
}

// nationalSheets are the national workbook's sheets in order.
func (c *collector) nationalSheets(figs *national.Figures) []sheet {
	cmpCols := []column{
		{key: "xlsxexport.col.paired_e", kind: integer}, {key: "xlsxexport.col.paired_c", kind: integer},
		{key: "xlsxexport.col.gain_e", kind: decimal, decimals: 3}, {key: "xlsxexport.col.gain_c", kind: decimal, decimals: 3},
		{key: "xlsxexport.col.did", kind: decimal, decimals: 3}, {key: "xlsxexport.col.phi", kind: decimal, decimals: 3},
		{key: "xlsxexport.col.phi_sig"}, {key: "xlsxexport.col.p_mw"}, {key: "xlsxexport.col.p_welch"},
		{key: "xlsxexport.col.warnings", kind: long},
	}
	countCols := []column{
		{key: "xlsxexport.nat.col.kgs", kind: integer}, {key: "xlsxexport.nat.col.state", kind: integer},
		{key: "xlsxexport.nat.col.private", kind: integer}, {key: "xlsxexport.nat.col.groups_e", kind: integer},
		{key: "xlsxexport.nat.col.groups_c", kind: integer}, {key: "xlsxexport.nat.col.children_e", kind: integer},
		{key: "xlsxexport.nat.col.children_c", kind: integer}, {key: "xlsxexport.nat.col.events", kind: integer},
		{key: "xlsxexport.col.hours", kind: decimal, decimals: 1}, {key: "xlsxexport.nat.col.participations", kind: integer},
		{key: "xlsxexport.nat.col.visits", kind: integer}, {key: "xlsxexport.nat.col.overdue", kind: integer},
		{key: "xlsxexport.nat.col.practices", kind: integer}, {key: "xlsxexport.nat.col.disseminated", kind: integer},
		{key: "xlsxexport.nat.col.risks", kind: integer}, {key: "xlsxexport.nat.col.unclosed", kind: integer},
		{key: "xlsxexport.nat.col.high", kind: integer},
	}
	regions := sheet{name: "xlsxexport.nat.sheet.regions", cols: append(append([]column{
		{key: "xlsxexport.col.code"}, {key: "xlsxexport.nat.col.region"}, {key: "xlsxexport.col.source"},
		{key: "xlsxexport.nat.col.centre"}, {key: "xlsxexport.nat.col.created"}, {key: "xlsxexport.nat.col.imported"},
	}, countCols...), append(cmpCols, primaryCols...)...)}
	kgs := sheet{name: "xlsxexport.nat.sheet.kindergartens", cols: append([]column{
		{key: "xlsxexport.col.code"}, {key: "xlsxexport.nat.col.region"}, {key: "xlsxexport.col.seed", kind: integer},
		{key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.form"}, {key: "xlsxexport.col.state"},
	}, cmpCols...)}
	// Official names in the workbook's language, as the national report
	// prints them: never a Kazakh text in a Russian workbook.
	off := official.New(c.lang, data.Settings{}, data.Region{})
	for _, r := range figs.Regions {
		name, centre := r.NameKK, r.CentreName
		if c.lang == "ru" {
			name, centre = r.NameRU, format.OrDash(r.CentreNameRU)
		}
		row := []any{r.Code, name, c.t("xlsxexport.nat.source." + r.Source), centre, rfcTime(r.Created), rfcTime(r.Imported)}
		row = append(append(row, countValues(r.Counts)...), c.cmpValues(comparison.SummaryRow(comparison.RowRegion, r.Comparison))...)
		row = append(row, primaryValues(r.Comparison)...)
		regions.rows = append(regions.rows, row)
		for _, k := range r.Kindergartens {
			kgs.rows = append(kgs.rows, append([]any{r.Code, name, k.Seed, off.KindergartenName(k.Kindergarten), off.Form(k.Form),
				c.yesNo(!k.Private)}, c.cmpValues(k.Row)...))
		}
	}
	total := append([]any{"", c.t("xlsxexport.nat.all"), "", "", nil, nil}, countValues(figs.Totals)...)
	total = append(total, c.cmpValues(comparison.SummaryRow(comparison.RowRegion, figs.Pooled))...)
	regions.rows = append(regions.rows, append(total, primaryValues(figs.Pooled)...))
	arms := sheet{name: "xlsxexport.nat.sheet.pooled", cols: []column{
		{key: "xlsxexport.col.figure"}, {key: "xlsxexport.col.experimental", kind: decimal, decimals: 2}, {key: "xlsxexport.col.control", kind: decimal, decimals: 2},
	}, rows: c.armRows(figs.Pooled)}
	tests := sheet{name: "xlsxexport.nat.sheet.tests", cols: []column{
		{key: "xlsxexport.col.test"}, {key: "xlsxexport.col.compared"}, {key: "xlsxexport.col.statistic_name"}, {key: "xlsxexport.col.value", kind: decimal, decimals: 3},
		{key: "xlsxexport.col.df", kind: decimal, decimals: 1}, {key: "xlsxexport.col.p"},
		{key: "xlsxexport.col.effect_name"}, {key: "xlsxexport.col.effect_value", kind: decimal, decimals: 3}, {key: "xlsxexport.col.significant"},
		{key: "xlsxexport.col.reason"},
	}, rows: c.testRows(figs.Pooled)}
	return []sheet{regions, kgs, arms, tests}
}

// countValues are a region's counts in the order of the count columns.
func countValues(n national.Counts) []any {
	return []any{n.Kindergartens, n.State, n.Private, n.GroupsE, n.GroupsC, n.ChildrenE, n.ChildrenC, n.Events, n.Hours,
		n.Participants, n.Visits, n.Overdue, n.Practices, n.Disseminated, n.Risks, n.RisksUnclosed, n.RisksHigh}
}

// cmpValues are a comparison's key figures in the order of the
// comparison columns (as the region workbook's summary sheet has them).
func (c *collector) cmpValues(r comparison.Row) []any {
	return []any{r.PairedE, r.PairedC, float64(r.GainE), float64(r.GainC), float64(r.DiD), float64(r.PhiStar),
		c.label("phi.", r.PhiSignificance.String()), float64(r.MannWhitneyP), float64(r.WelchP), c.warnings(r.Warnings)}
}

// rfcTime reads an RFC 3339 time of the figures as a date cell (zero: none).
func rfcTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}
