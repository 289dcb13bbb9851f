package national

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/comparison"
	"baulu/reports/format"
	natdoc "baulu/reports/national"
	"baulu/reports/resultview"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// nationalScreen is the Institute's view of every region in the database:
// where each region's data came from (its own entry or an imported
// package), and the regions compared with one another and all together by
// the same statistics as the Comparison screen, baseline against final.
// It is shown in every installation; a centre's copy lists its own region.
type nationalScreen struct {
	h        shell
	sources  *kit.RecordTable[comparison.RegionRow]
	compare  *kit.RecordTable[comparison.RegionRow]
	busy     *widget.ProgressBarInfinite
	root     *fyne.Container // relaid out when the progress bar goes
	names    map[string]string
	rows     []comparison.RegionRow
	all      comparison.RegionRow
	computed bool
	latest   kit.Latest // dropped when the user leaves the screen
	// Each region's approvals and import log (lifecycle.go).
	life map[string]regionLife
	log  *widget.Label
	// The national report (national_report.go).
	reportLang *kit.Choice
	report     *widget.Button
	job        *kit.Job // the last report job (tests wait on it)
	// The quarterly note (quarter.go).
	quarter *kit.Choice
	note    *widget.Button
	excel   *widget.Button // the figures as Excel (export.go)
	// The Submissions tab (submissions.go).
	subs *submissions
	tabs *container.AppTabs
}

func newNationalScreen(h shell) *nationalScreen {
	n := &nationalScreen{h: h, busy: widget.NewProgressBarInfinite(), names: map[string]string{}, log: kit.Wrapped("")}
	if regions, err := h.Store().Regions(h.Context()); err == nil {
		for _, r := range regions {
			n.names[r.Code] = kit.Capitalize(r.Name(i18n.Current()))
		}
	}
	n.sources = kit.NewRecordTable([]kit.Column[comparison.RegionRow]{
		{Title: i18n.T("field.region"), Width: 200, Text: n.regionName},
		// What the Institute asks first: are the region's data checked?
		{Title: i18n.T("nat.col.approved"), Width: 125, Text: n.approvedText},
		{Title: i18n.T("nat.col.after"), Width: 145, Text: n.afterText},
		{Title: i18n.T("nat.col.source"), Width: 170, Text: sourceText},
		{Title: i18n.T("field.centre_name"), Width: 310, Text: centreText},
		{Title: i18n.T("nat.col.created"), Width: 150, Text: func(r comparison.RegionRow) string { return stampOrDash(r.Created) },
			Less: func(a, b comparison.RegionRow) bool { return a.Created.Before(b.Created) }},
		{Title: i18n.T("nat.col.imported"), Width: 150, Text: func(r comparison.RegionRow) string { return stampOrDash(r.Imported) },
			Less: func(a, b comparison.RegionRow) bool { return a.Imported.Before(b.Imported) }},
	}, n.onRegion)
	count := func(f func(comparison.RegionRow) int) (func(comparison.RegionRow) string, func(a, b comparison.RegionRow) bool) {
		return func(r comparison.RegionRow) string { return fmt.Sprint(f(r)) },
			func(a, b comparison.RegionRow) bool { return f(a) < f(b) }
	}
	figure := func(f func(comparison.RegionRow) comparison.Float, prec int) (func(comparison.RegionRow) string, func(a, b comparison.RegionRow) bool) {
		return func(r comparison.RegionRow) string { return format.Num(i18n.Current(), f(r), prec) },
			func(a, b comparison.RegionRow) bool {
				x, y := f(a), f(b)
				return !x.NaN() && (y.NaN() || x < y)
			}
	}
	col := func(title string, width float32, text func(comparison.RegionRow) string, less func(a, b comparison.RegionRow) bool) kit.Column[comparison.RegionRow] {
		return kit.Column[comparison.RegionRow]{Title: title, Width: width, Text: text, Less: less}
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
	n.compare = kit.NewRecordTable([]kit.Column[comparison.RegionRow]{
		col(i18n.T("field.region"), 200, n.regionName, nil),
		col(i18n.T("nat.col.children"), 140, func(r comparison.RegionRow) string { return fmt.Sprintf("%d / %d", r.ChildrenE, r.ChildrenC) },
			func(a, b comparison.RegionRow) bool { return a.ChildrenE+a.ChildrenC < b.ChildrenE+b.ChildrenC }),
		col(i18n.T("cmp.col.paired_ec"), 100, func(r comparison.RegionRow) string {
			return fmt.Sprintf("%d / %d", r.Result.Experimental.Paired, r.Result.Control.Paired)
		}, nil),
		col(i18n.T("cmp.col.gain_e"), 105, gainE, gainELess),
		col(i18n.T("cmp.col.gain_c"), 105, gainC, gainCLess),
		col(i18n.T("cmp.col.did"), 90, did, didLess),
		col(i18n.T("nat.col.cr2_diff"), 190, func(r comparison.RegionRow) string {
			d, _ := resultview.PrimaryGain(r.Result, i18n.Current())
			return d
		}, nil),
		col(i18n.T("nat.col.cr2_p"), 90, func(r comparison.RegionRow) string {
			_, p := resultview.PrimaryGain(r.Result, i18n.Current())
			return p
		}, nil),
		col(i18n.T("nat.col.phi"), 180, phiText, phiLess),
		col(i18n.T("nat.col.p_welch"), 150, func(r comparison.RegionRow) string { return format.PValue(i18n.Current(), r.Result.Gains.P) }, nil),
		col(i18n.T("nat.col.kgs"), 130, kgs, kgsLess),
		col(i18n.T("cmp.col.group"), 80, groups, groupsLess),
		col(i18n.T("nat.col.events"), 130, events, eventsLess),
		col(i18n.T("nat.col.hours"), 75, func(r comparison.RegionRow) string { return kit.FormatFloat(r.Hours, 1) },
			func(a, b comparison.RegionRow) bool { return a.Hours < b.Hours }),
	}, nil)
	// Fourteen columns do not fit beside the navigation: the region stays in
	// view while the figures scroll.
	n.compare.Table.StickyColumnCount = 1
	n.newReportWidgets()
	n.newQuarterWidgets()
	n.newExportWidget()
	n.subs = newSubmissions(h)
	return n
}

func (n *nationalScreen) Content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.national"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(title, n.reportBar(), n.busy)
	tables := container.NewVSplit(
		container.NewBorder(kit.Heading(i18n.T("nat.sources")), n.log, nil, nil, n.sources.Content()),
		container.NewBorder(kit.Heading(i18n.T("nat.compare")), nil, nil, nil, n.compare.Content()),
	)
	tables.Offset = 0.4
	n.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("nat.tab.regions"), theme.GridIcon(),
			container.NewBorder(kit.Wrapped(i18n.T("nat.hint")), nil, nil, nil, tables)),
		container.NewTabItemWithIcon(i18n.T("nat.tab.submissions"), theme.MailComposeIcon(), n.subs.content()),
	)
	n.root = container.NewBorder(top, nil, nil, nil, n.tabs)
	n.recompute()
	return n.root
}

// TabCount and ShowTab show the tabs to `baulu screenshots`; the
// Submissions tab with its first region chosen, so its packages show.
func (n *nationalScreen) TabCount() int { return len(n.tabs.Items) }

func (n *nationalScreen) ShowTab(i int) {
	n.tabs.SelectIndex(i)
	if i == 1 {
		n.subs.table.SelectWhere(func(x natdoc.Submission) bool { return x.Resent() })
	}
}

// recompute loads and compares every region off the UI goroutine.
func (n *nationalScreen) recompute() {
	n.busy.Show()
	n.busy.Start()
	h := n.h
	var (
		rows []comparison.RegionRow
		all  comparison.RegionRow
		life map[string]regionLife
		err  error
	)
	n.latest.Go(h.Runner(), func() {
		if rows, all, err = comparison.National(h.Context(), h.Store(), 0, 0); err == nil {
			life, err = readLife(h, rows)
		}
	}, func() {
		n.busy.Stop()
		n.busy.Hide()
		n.root.Refresh() // give the bar's place back to the tables
		if err != nil {
			h.ShowError(err)
			return
		}
		n.rows, n.all, n.computed, n.life = rows, all, true, life
		n.sources.SetRows(rows)
		n.compare.SetRows(append([]comparison.RegionRow{all}, rows...))
	})
}

// Close drops the answer still being computed: the user has moved on.
func (n *nationalScreen) Close() { n.latest.Drop() }

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
	return kit.Stamp(t)
}

// phiText is φ* in the last round with its significance: «2,41 (p ≤ 0,01)».
func phiText(r comparison.RegionRow) string {
	p := r.Result.AtTo.Phi
	if !p.Computable {
		return "—"
	}
	return format.Num(i18n.Current(), p.PhiStar, 2) + " (p " + format.PhiPValue(i18n.Current(), p.Significance) + ")"
}

// centreText is a region's centre in the UI's language when the package
// (or the settings) had it in Russian, else as the centre typed it.
func centreText(r comparison.RegionRow) string {
	return kit.InWindowLanguage(r.CentreName, r.CentreNameRU)
}
