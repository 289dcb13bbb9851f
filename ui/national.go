package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/comparison"
	"baulu/ui/i18n"
)

// nationalScreen is the Institute's view of every region in the database:
// where each region's data came from (its own entry or an imported
// package), and the regions compared with one another and all together by
// the same statistics as the Comparison screen, baseline against final.
// It is shown in every installation; a centre's copy lists its own region.
type nationalScreen struct {
	u        *UI
	sources  *recordTable[comparison.RegionRow]
	compare  *recordTable[comparison.RegionRow]
	busy     *widget.ProgressBarInfinite
	root     *fyne.Container // relaid out when the progress bar goes
	names    map[string]string
	rows     []comparison.RegionRow
	all      comparison.RegionRow
	computed bool
	// The national report (national_report.go).
	reportLang *choice
	report     *widget.Button
	job        *job // the last report job (tests wait on it)
}

func newNationalScreen(u *UI) *nationalScreen {
	n := &nationalScreen{u: u, busy: widget.NewProgressBarInfinite(), names: map[string]string{}}
	if regions, err := u.store.Regions(u.ctx); err == nil {
		for _, r := range regions {
			n.names[r.Code] = capitalize(r.Name(u.lang()))
		}
	}
	n.sources = newRecordTable([]column[comparison.RegionRow]{
		{title: i18n.T("field.region"), width: 200, text: n.regionName},
		{title: i18n.T("nat.col.source"), width: 170, text: sourceText},
		{title: i18n.T("field.centre_name"), width: 310, text: func(r comparison.RegionRow) string { return r.CentreName }},
		{title: i18n.T("nat.col.created"), width: 150, text: func(r comparison.RegionRow) string { return stampOrDash(r.Created) },
			less: func(a, b comparison.RegionRow) bool { return a.Created.Before(b.Created) }},
		{title: i18n.T("nat.col.imported"), width: 150, text: func(r comparison.RegionRow) string { return stampOrDash(r.Imported) },
			less: func(a, b comparison.RegionRow) bool { return a.Imported.Before(b.Imported) }},
	}, nil)
	count := func(f func(comparison.RegionRow) int) (func(comparison.RegionRow) string, func(a, b comparison.RegionRow) bool) {
		return func(r comparison.RegionRow) string { return fmt.Sprint(f(r)) },
			func(a, b comparison.RegionRow) bool { return f(a) < f(b) }
	}
	figure := func(f func(comparison.RegionRow) comparison.Float, prec int) (func(comparison.RegionRow) string, func(a, b comparison.RegionRow) bool) {
		return func(r comparison.RegionRow) string { return fig(f(r), prec) },
			func(a, b comparison.RegionRow) bool {
				x, y := f(a), f(b)
				return !x.NaN() && (y.NaN() || x < y)
			}
	}
	col := func(title string, width float32, text func(comparison.RegionRow) string, less func(a, b comparison.RegionRow) bool) column[comparison.RegionRow] {
		return column[comparison.RegionRow]{title: title, width: width, text: text, less: less}
	}
	kgs, kgsLess := count(func(r comparison.RegionRow) int { return r.Kindergartens })
	groups, groupsLess := count(func(r comparison.RegionRow) int { return r.Groups })
	events, eventsLess := count(func(r comparison.RegionRow) int { return r.Events })
	gainE, gainELess := figure(func(r comparison.RegionRow) comparison.Float { return r.Result.Experimental.Gain.Mean }, 2)
	gainC, gainCLess := figure(func(r comparison.RegionRow) comparison.Float { return r.Result.Control.Gain.Mean }, 2)
	did, didLess := figure(func(r comparison.RegionRow) comparison.Float { return r.Result.DiD }, 2)
	_, phiLess := figure(func(r comparison.RegionRow) comparison.Float { return r.Result.AtTo.Phi.PhiStar }, 2)
	// The comparison first, the counts after it: what the Institute looks
	// for is in view without scrolling.
	n.compare = newRecordTable([]column[comparison.RegionRow]{
		col(i18n.T("field.region"), 200, n.regionName, nil),
		col(i18n.T("nat.col.children"), 140, func(r comparison.RegionRow) string { return fmt.Sprintf("%d / %d", r.ChildrenE, r.ChildrenC) },
			func(a, b comparison.RegionRow) bool { return a.ChildrenE+a.ChildrenC < b.ChildrenE+b.ChildrenC }),
		col(i18n.T("cmp.col.paired_ec"), 100, func(r comparison.RegionRow) string {
			return fmt.Sprintf("%d / %d", r.Result.Experimental.Paired, r.Result.Control.Paired)
		}, nil),
		col(i18n.T("cmp.col.gain_e"), 105, gainE, gainELess),
		col(i18n.T("cmp.col.gain_c"), 105, gainC, gainCLess),
		col(i18n.T("cmp.col.did"), 90, did, didLess),
		col(i18n.T("nat.col.phi"), 180, phiText, phiLess),
		col(i18n.T("cmp.col.p_welch"), 95, func(r comparison.RegionRow) string { return pval(r.Result.Gains.P) }, nil),
		col(i18n.T("nat.col.kgs"), 130, kgs, kgsLess),
		col(i18n.T("cmp.col.group"), 80, groups, groupsLess),
		col(i18n.T("nat.col.events"), 130, events, eventsLess),
		col(i18n.T("nat.col.hours"), 75, func(r comparison.RegionRow) string { return formatFloat(r.Hours, 1) },
			func(a, b comparison.RegionRow) bool { return a.Hours < b.Hours }),
	}, nil)
	// Twelve columns do not fit beside the navigation: the region stays in
	// view while the figures scroll.
	n.compare.table.StickyColumnCount = 1
	n.newReportWidgets()
	return n
}

func (n *nationalScreen) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.national"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(title, wrapped(i18n.T("nat.hint")), n.reportBar(), n.busy)
	tables := container.NewVSplit(
		container.NewBorder(heading(i18n.T("nat.sources")), nil, nil, nil, n.sources.content()),
		container.NewBorder(heading(i18n.T("nat.compare")), nil, nil, nil, n.compare.content()),
	)
	tables.Offset = 0.4
	n.root = container.NewBorder(top, nil, nil, nil, tables)
	n.recompute()
	return n.root
}

// recompute loads and compares every region off the UI goroutine.
func (n *nationalScreen) recompute() {
	n.busy.Show()
	n.busy.Start()
	u := n.u
	var (
		rows []comparison.RegionRow
		all  comparison.RegionRow
		err  error
	)
	later(func() { rows, all, err = comparison.National(u.ctx, u.store, 0, 0) }, func() {
		if u.shell == nil || u.shell.current != n {
			return // the user has moved on; nothing to show
		}
		n.busy.Stop()
		n.busy.Hide()
		n.root.Refresh() // give the bar's place back to the tables
		if err != nil {
			u.showError(err)
			return
		}
		n.rows, n.all, n.computed = rows, all, true
		n.sources.setRows(rows)
		n.compare.setRows(append([]comparison.RegionRow{all}, rows...))
	})
}

// regionName names a row's region; the national row is «All regions».
func (n *nationalScreen) regionName(r comparison.RegionRow) string {
	if r.Region == "" {
		return i18n.T("nat.all")
	}
	if name, ok := n.names[r.Region]; ok {
		return name
	}
	return r.Region
}

func sourceText(r comparison.RegionRow) string {
	switch {
	case !r.Created.IsZero():
		return i18n.T("nat.source.package")
	case r.Own:
		return i18n.T("nat.source.own")
	}
	return i18n.T("nat.source.entered")
}

// stampOrDash is stamp, or a dash for no time (data not from a package).
func stampOrDash(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return stamp(t)
}

// phiText is φ* in the last round with its significance: «2,41 (p ≤ 0,01)».
func phiText(r comparison.RegionRow) string {
	p := r.Result.AtTo.Phi
	if !p.Computable {
		return "—"
	}
	return fig(p.PhiStar, 2) + " (p " + phiP(p.Significance) + ")"
}
