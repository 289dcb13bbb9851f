package comparison

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/resultview"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// cmpView shows one answer: the verdict and its warnings, the level
// distribution as a table and a chart, means and gains, the tests, and the
// summary. The table texts are kept so tests can read what is shown.
type cmpView struct {
	s        *comparisonScreen
	out      cmpOutcome
	from, to string // round names

	warnings []string
	levels   [][]string
	gains    [][]string
	did      string
	tests    [][]string
	notes    []string
	// design and primary are the clustered design and the primary result,
	// the same rows the reports print (reports/resultview).
	design, primary resultview.Table
	chart           fyne.CanvasObject
	summary         *cmpSummary
}

func newCmpView(s *comparisonScreen, out cmpOutcome) *cmpView {
	v := &cmpView{s: s, out: out, from: s.roundName(out.res.Scope.From.ID), to: s.roundName(out.res.Scope.To.ID)}
	if out.res.NoData {
		return v // the verdict says so; there are no figures to show
	}
	v.warnings = v.warningLines()
	v.levels = v.levelRows()
	v.gains = v.gainRows()
	if !out.res.DiD.NaN() {
		v.did = i18n.T("cmp.did", "did", format.Num(i18n.Current(), out.res.DiD, 2))
	}
	v.tests, v.notes = v.testRows()
	if out.res.Experimental.Paired > 0 && out.res.Control.Paired > 0 {
		v.design = resultview.Design(out.res, i18n.Current())
		v.primary = resultview.Primary(out.res, i18n.Current())
	}
	if out.chart != nil {
		img, err := chartImage(out.chart)
		if err != nil {
			fyne.LogError("comparison", err)
		} else {
			v.chart = img
		}
	}
	if rows := s.summary; hasData(rows) {
		v.summary = newCmpSummary(s, rows)
	}
	return v
}

// pages are the contents of the four tabs: the verdict with its warnings;
// the level distribution as a table and a chart; means, gains and tests;
// the summary.
func (v *cmpView) pages() []fyne.CanvasObject {
	return []fyne.CanvasObject{v.verdictPage(), v.levelsPage(), v.testsPage(), v.summaryPage()}
}

func (v *cmpView) verdictPage() fyne.CanvasObject {
	box := container.NewVBox()
	for _, s := range v.out.verdict {
		box.Add(kit.Wrapped(s))
	}
	if len(v.warnings) > 0 {
		box.Add(kit.Heading(i18n.T("cmp.warnings")))
	}
	for _, w := range v.warnings {
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, kit.Wrapped(w)))
	}
	return container.NewVScroll(box)
}

// Pages with tables scroll both ways: a table wider than the window
// scrolls sideways instead of being cut.
func (v *cmpView) levelsPage() fyne.CanvasObject {
	box := container.NewVBox(kit.NewTable(kit.Shaded, []string{i18n.T("cmp.col.group_round"), "n", i18n.T("level.1"), i18n.T("level.2"),
		i18n.T("level.3"), i18n.T("cmp.col.mean_sd")}, v.levels).Object())
	if v.chart != nil {
		box.Add(container.NewHBox(v.chart))
	}
	return container.NewScroll(box)
}

func (v *cmpView) testsPage() fyne.CanvasObject {
	box := container.NewVBox()
	if len(v.primary.Rows) > 0 {
		box.Add(kit.Heading(i18n.T("cmp.design")))
		box.Add(kit.NewTable(kit.Shaded, v.design.Titles, v.design.Rows).Object())
		box.Add(kit.Heading(i18n.T("cmp.primary")))
		box.Add(kit.NewTable(kit.Shaded, v.primary.Titles, v.primary.Rows).Object())
		box.Add(kit.Wrapped(resultview.PrimaryNote(i18n.Current())))
	}
	if len(v.gains) > 0 {
		box.Add(kit.Heading(i18n.T("cmp.gains")))
		box.Add(kit.NewTable(kit.Shaded, []string{i18n.T("cmp.col.group"), i18n.T("cmp.col.paired"), i18n.T("cmp.col.one_round"),
			i18n.T("cmp.col.means"), i18n.T("cmp.col.gain")}, v.gains).Object())
		if v.did != "" {
			box.Add(widget.NewLabel(v.did))
		}
	}
	if len(v.tests) > 0 {
		box.Add(kit.Heading(i18n.T("cmp.tests")))
		box.Add(kit.NewTable(kit.Shaded, []string{i18n.T("cmp.col.test"), i18n.T("cmp.col.compared"), i18n.T("cmp.col.statistic"),
			"df", "p", i18n.T("cmp.col.effect"), i18n.T("cmp.col.conclusion")}, v.tests).Object())
		for _, n := range v.notes {
			box.Add(widget.NewLabel(n))
		}
		box.Add(widget.NewLabel(i18n.T("cmp.abbr")))
	}
	return container.NewScroll(box)
}

func (v *cmpView) summaryPage() fyne.CanvasObject {
	if v.summary == nil {
		// The region has no child scored in both rounds: say it in the
		// verdict's own words.
		return container.NewPadded(kit.Wrapped(comparison.Verdict(comparison.Result{NoData: true}, i18n.Current())[0]))
	}
	return v.summary.content()
}

// armName names an arm, singular when the scope has one group of it.
func armName(g comparison.GroupResult) string {
	key := "cmp.arm.E"
	if g.Role == data.RoleControl {
		key = "cmp.arm.C"
	}
	if g.Groups == 1 {
		key += ".sg"
	}
	return i18n.T(key)
}

// levelRows: each arm in each round, n, levels I–III and mean ± SD.
func (v *cmpView) levelRows() [][]string {
	var rows [][]string
	r := v.out.res
	for _, g := range []comparison.GroupResult{r.Experimental, r.Control} {
		for _, rd := range []struct {
			name string
			st   comparison.RoundStats
		}{{v.from, g.From}, {v.to, g.To}} {
			st := rd.st
			rows = append(rows, []string{armName(g) + " — " + kit.LowerFirst(rd.name), strconv.Itoa(st.N),
				count(st.Levels[0], st.Percent[0]), count(st.Levels[1], st.Percent[1]),
				count(st.Levels[2], st.Percent[2]), meanSD(st.Mean, st.SD)})
		}
	}
	return rows
}

// gainRows: the children scored in both rounds, their means and gain.
// None when no arm has such children (e.g. before the final round).
func (v *cmpView) gainRows() [][]string {
	r := v.out.res
	if r.Experimental.Paired+r.Control.Paired == 0 {
		return nil
	}
	var rows [][]string
	for _, g := range []comparison.GroupResult{r.Experimental, r.Control} {
		means := format.Dash
		if g.Paired > 0 {
			means = format.Num(i18n.Current(), g.PairedFromMean, 2) + " → " + format.Num(i18n.Current(), g.PairedToMean, 2)
		}
		rows = append(rows, []string{armName(g), strconv.Itoa(g.Paired), strconv.Itoa(g.OnlyFrom + g.OnlyTo),
			means, meanSD(g.Gain.Mean, g.Gain.SD)})
	}
	return rows
}

// warningLines words the result's warnings in one short line each (the
// verdict explains them in full). No data at all is the verdict itself.
func (v *cmpView) warningLines() []string {
	r := v.out.res
	arm := func(role string) string {
		if role == data.RoleControl {
			return armName(r.Control)
		}
		return armName(r.Experimental)
	}
	round := func(rd string) string {
		if rd == comparison.RoundTo {
			return v.to
		}
		return v.from
	}
	var out []string
	for _, w := range r.Warnings {
		switch w.Code {
		case comparison.WarnNoExperimental, comparison.WarnNoControl:
			out = append(out, i18n.T("cmp.warn."+w.Code))
		case comparison.WarnRoundEmpty:
			out = append(out, i18n.T("cmp.warn.round_empty", "round", round(w.Round)))
		case comparison.WarnSmallSample:
			out = append(out, i18n.T("cmp.warn.small_sample", "arm", arm(w.Group), "round", round(w.Round), "n", w.N))
		case comparison.WarnMissingRound:
			out = append(out, i18n.N("cmp.warn.missing_round", w.Of, "arm", arm(w.Group), "count", w.N))
		case comparison.WarnSmallExpected:
			out = append(out, i18n.T("cmp.warn.small_expected", "round", round(w.Round), "n", w.N, "of", w.Of))
		case comparison.WarnBaselineDifference:
			out = append(out, i18n.T("cmp.warn.baseline_difference", "test", i18n.T("cmp.test."+w.Test), "p", format.P(i18n.Current(), w.P)))
		case comparison.WarnFewGroups:
			out = append(out, i18n.T("cmp.warn.few_groups", "e", w.N, "c", w.Of, "min", comparison.MinGroupsForVerdict))
		case comparison.WarnCeiling, comparison.WarnFloor:
			out = append(out, i18n.T("cmp.warn."+w.Code, "arm", arm(w.Group), "share", format.Share(i18n.Current(), w.N, w.Of)))
		case comparison.WarnDifferentialAttrition:
			a := r.Attrition
			out = append(out, i18n.T("cmp.warn.differential_attrition", "le", a.LostE, "se", a.StartE, "lc", a.LostC, "sc", a.StartC))
		case comparison.WarnUnusualEffect:
			out = append(out, i18n.T("cmp.warn.unusual_effect", "d", format.Num(i18n.Current(), r.Gains.CohenD, 2)))
		}
	}
	return out
}

// hasData reports whether any summary row has a child scored in both rounds.
func hasData(rows []comparison.Row) bool {
	for _, r := range rows {
		if r.PairedE+r.PairedC > 0 {
			return true
		}
	}
	return false
}

// significance words a test's conclusion at the 5 % level.
func significance(p comparison.Float) string {
	if p < comparison.Alpha {
		return i18n.T("cmp.sig.yes")
	}
	return i18n.T("cmp.sig.no")
}
