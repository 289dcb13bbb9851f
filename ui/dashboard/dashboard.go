package dashboard

import (
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// dashboardScreen tells the methodologist where she stands: the pilot year
// with today and the deadlines, how much each section holds, how complete
// the monitoring is, and what in the data needs fixing — each warning opens
// the place to fix it. Its figures are read off the UI goroutine.
type dashboardScreen struct {
	h        shell
	today    data.Date
	period   data.Period // the pilot period shown: the timeline and its deadlines
	refs     kit.Refs
	counts   data.DashboardCounts
	rounds   []data.Round
	cells    []data.CompletenessCell
	warnings []data.Warning
	life     lifecycle           // round statuses and open queries (queries.go)
	records  []data.ReportRecord // the reports made for the deadlines (done.go)

	deadlines    *kit.Table
	completeness *kit.Table
	warnRows     []*widget.Button // one per warning: pressing it opens the place to fix it
	warnObjs     []fyne.CanvasObject
	box          *fyne.Container // the parts, once the figures are read
	scroll       *container.Scroll
}

func newDashboardScreen(h shell) *dashboardScreen {
	return &dashboardScreen{h: h, today: h.Store().Today(), box: container.NewVBox()}
}

func (d *dashboardScreen) Content() fyne.CanvasObject {
	// One column that scrolls: the dashboard is read top to bottom, what
	// needs doing before the figures, and every part keeps its natural width.
	d.scroll = container.NewVScroll(d.box)
	d.load()
	return d.scroll
}

// load reads the figures off the UI goroutine, then shows them.
func (d *dashboardScreen) load() {
	h, region := d.h, d.h.Settings().RegionCode
	var errs [8]error
	d.h.Runner().Go(func() {
		d.records, errs[7] = h.Store().ReportRecords(h.Context())
		d.period, errs[5] = h.Store().Period(h.Context())
		d.life, errs[6] = readLifecycle(h, region)
		d.refs, errs[0] = kit.ReadRefs(h)
		d.counts, errs[1] = h.Store().DashboardCounts(h.Context(), region)
		d.rounds, errs[2] = h.Store().Rounds(h.Context())
		d.cells, errs[3] = h.Store().Completeness(h.Context(), region)
		d.warnings, errs[4] = h.Store().DashboardWarnings(h.Context(), region, d.today)
	}, func() {
		for _, err := range errs {
			h.ShowError(err)
		}
		d.show()
	})
}

// show lays the parts out.
func (d *dashboardScreen) show() {
	d.buildDeadlines()
	d.buildCompleteness()
	d.buildWarnings()
	d.box.Objects = append(d.firstSteps(),
		kit.Heading(i18n.T("dashboard.timeline", "year", d.period.Label())),
		container.NewPadded(newTimeline(d.today, d.period)),
		d.deadlines.Object(), d.countTiles(), // one under the other: fits a small screen
		d.reportActions(),
		widget.NewSeparator(),
		kit.Heading(i18n.T("dashboard.warnings")),
		d.warnArea(),
		widget.NewSeparator(),
		kit.Heading(i18n.T("dashboard.completeness")),
		d.completeness.Object(),
	)
	d.box.Objects = append(d.box.Objects, d.lifecycleParts()...)
	d.box.Refresh()
	d.scroll.Refresh()
}

// buildDeadlines lists the deadlines with the days left.
func (d *dashboardScreen) buildDeadlines() {
	var rows [][]string
	var status []func(*widget.Label)
	for _, dl := range periodDeadlines(d.period) {
		text, urgent := deadlineStatus(dl.on, d.today)
		rows = append(rows, []string{dl.name, dl.on.DMY()[:5], text, d.recordText(dl)}) // the year is in the heading
		status = append(status, func(l *widget.Label) {
			// A passed deadline is plain text («мерзімі өтті» says it): the
			// first screen draws only regular and bold (see PreloadFonts),
			// and the theme's low-importance grey is too faint to read.
			if urgent {
				l.Importance, l.TextStyle.Bold = widget.DangerImportance, true
			}
		})
	}
	d.deadlines = kit.NewTable(kit.Figures, []string{i18n.T("dashboard.deadline"), i18n.T("dashboard.date"), i18n.T("dashboard.left"), i18n.T("dashboard.report")}, rows)
	for i, f := range status {
		f(d.deadlines.Cell(i+1, 2))
	}
}

// countTiles shows how many records each section holds.
func (d *dashboardScreen) countTiles() fyne.CanvasObject {
	c := d.counts
	tiles := []struct {
		n   int
		key string
	}{
		{c.Kindergartens, "nav.kindergartens"}, {c.Groups, "dashboard.count.groups"}, {c.Children, "dashboard.count.children"},
		{c.Events, "nav.events"},
		// The longer captions share columns with the first row's longer ones.
		{c.Practices, "dashboard.count.practices"}, {c.Visits, "dashboard.count.visits"}, {c.OpenRisks, "dashboard.count.open_risks"},
	}
	var objs []fyne.CanvasObject
	for _, t := range tiles {
		n := canvas.NewText(strconv.Itoa(t.n), theme.Color(theme.ColorNamePrimary))
		n.TextSize = theme.TextSize() * 1.8
		n.TextStyle.Bold = true
		n.Alignment = fyne.TextAlignCenter
		caption := widget.NewLabelWithStyle(i18n.T(t.key), fyne.TextAlignCenter, fyne.TextStyle{})
		objs = append(objs, container.NewVBox(n, caption))
	}
	return container.New(&kit.Grid{Cols: 4}, objs...)
}

// buildCompleteness is a table: kindergartens down, rounds across, the share
// of children × indicators scored in each; rounds still ahead say so.
func (d *dashboardScreen) buildCompleteness() {
	header := d.roundHeader()
	type key struct {
		round int64
		kg    int
	}
	byKey := map[key]data.CompletenessCell{}
	total := map[int64]data.CompletenessCell{}
	for _, c := range d.cells {
		byKey[key{c.RoundID, c.KindergartenID}] = c
		t := total[c.RoundID]
		t.Children, t.Indicators, t.Scored = t.Children+c.Children, c.Indicators, t.Scored+c.Scored
		total[c.RoundID] = t
	}
	var rows [][]string
	var marks [][]widget.Importance
	add := func(name string, cell func(r data.Round) data.CompletenessCell) {
		row, imp := []string{name}, []widget.Importance{widget.MediumImportance}
		for _, r := range d.rounds {
			text, i := d.percentCell(r, cell(r))
			row, imp = append(row, text), append(imp, i)
		}
		rows, marks = append(rows, row), append(marks, imp)
	}
	for _, k := range d.refs.Kindergartens {
		add(k.ShortName, func(r data.Round) data.CompletenessCell { return byKey[key{r.ID, k.ID}] })
	}
	// The region's share weights every child alike (scored over expected).
	add(i18n.T("dashboard.region_total"), func(r data.Round) data.CompletenessCell {
		t := total[r.ID]
		return data.CompletenessCell{Children: t.Children, Indicators: max(t.Indicators, 1), Scored: t.Scored}
	})
	d.completeness = kit.NewTable(kit.Figures, header, rows)
	for i, row := range marks {
		for j, imp := range row {
			d.completeness.Cell(i+1, j).Importance = imp
		}
	}
	for j := range header {
		d.completeness.Cell(d.completeness.Rows()-1, j).TextStyle.Bold = true
	}
}

// roundHeader is the header of a table of kindergartens by round.
func (d *dashboardScreen) roundHeader() []string {
	header := []string{i18n.T("field.kindergarten")}
	for _, r := range d.rounds {
		header = append(header, r.Name(i18n.Current()))
	}
	return header
}

// percentCell writes a share: floored, so 99.6 % never shows as done.
func (d *dashboardScreen) percentCell(r data.Round, c data.CompletenessCell) (string, widget.Importance) {
	if r.Start.After(d.today) {
		return i18n.T("dashboard.not_begun"), widget.LowImportance
	}
	p, ok := c.Percent()
	switch {
	case !ok:
		return "—", widget.LowImportance
	case c.Missing() == 0:
		return "100 %", widget.SuccessImportance
	case p < 50:
		return strconv.Itoa(int(math.Floor(p))) + " %", widget.DangerImportance
	}
	return strconv.Itoa(int(math.Floor(p))) + " %", widget.WarningImportance
}

// buildWarnings makes one row per warning; pressing it opens the place to
// fix it. A row is a plain button (so Tab and Space reach it too) under an
// icon and a label that is cut with an ellipsis rather than widening the
// screen.
func (d *dashboardScreen) buildWarnings() {
	d.warnRows, d.warnObjs = nil, nil
	for _, w := range d.warnings {
		icon := theme.WarningIcon()
		if w.Kind == data.WarnHighRisk || w.Kind == data.WarnOverdueFollowup {
			icon = theme.ErrorIcon()
		}
		b := widget.NewButton("", func() { d.h.Open(warningPlace(w)) })
		b.Importance = widget.LowImportance
		l := widget.NewLabel(d.warningText(w))
		l.Truncation = fyne.TextTruncateEllipsis
		d.warnRows = append(d.warnRows, b)
		d.warnObjs = append(d.warnObjs, container.NewStack(b, container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)))
	}
}

func (d *dashboardScreen) warnArea() fyne.CanvasObject {
	if len(d.warnings) == 0 {
		return widget.NewLabel(i18n.T("dashboard.warnings.none"))
	}
	box := container.NewVBox(widget.NewLabel(i18n.T("dashboard.warnings.hint")))
	for _, o := range d.warnObjs {
		box.Add(o)
	}
	return box
}

// warningPlace is the section and record where a warning is fixed.
func warningPlace(w data.Warning) (string, kit.Target) {
	switch w.Kind {
	case data.WarnNoControlGroup, data.WarnEmptyGroup, data.WarnNoConsent:
		return kit.Kindergartens, kit.Target{KindergartenID: w.KindergartenID, GroupID: w.GroupID}
	case data.WarnMissingScores:
		return kit.Monitoring, kit.Target{KindergartenID: w.KindergartenID, RoundID: w.RoundID}
	case data.WarnOverdueFollowup:
		return kit.Visits, kit.Target{ID: w.VisitID}
	case data.WarnHighRisk:
		return kit.Risks, kit.Target{ID: w.RiskID}
	case data.WarnNoRussianName, data.WarnNoRussianSettlement:
		return kit.Kindergartens, kit.Target{KindergartenID: w.KindergartenID}
	case data.WarnNoRussianSetting:
		return kit.Settings, kit.Target{}
	}
	return kit.Dashboard, kit.Target{}
}

// warningText is one line that says what is wrong and where.
func (d *dashboardScreen) warningText(w data.Warning) string {
	kg := d.refs.KgName(w.KindergartenID)
	switch w.Kind {
	case data.WarnNoControlGroup:
		return i18n.T("warn.no_control_group", "kindergarten", kg)
	case data.WarnEmptyGroup:
		return i18n.T("warn.empty_group", "kindergarten", kg, "group", w.GroupName)
	case data.WarnNoConsent:
		return i18n.N("warn.no_consent", w.Count, "kindergarten", kg, "group", w.GroupName)
	case data.WarnMissingScores:
		round := ""
		for _, r := range d.rounds {
			if r.ID == w.RoundID {
				round = r.Name(i18n.Current())
			}
		}
		return i18n.N("warn.missing_scores", w.Count, "kindergarten", kg, "round", round)
	case data.WarnOverdueFollowup:
		return i18n.T("warn.overdue_followup", "kindergarten", kg, "date", w.Date.DMY(), "overdue", kit.DaysText(w.Count))
	case data.WarnHighRisk:
		return i18n.T("warn.high_risk", "score", w.Count, "risk", kit.Cut(w.Text, 90))
	case data.WarnNoRussianName:
		return i18n.T("warn.no_russian_name", "kindergarten", kg)
	case data.WarnNoRussianSettlement:
		return i18n.T("warn.no_russian_settlement", "kindergarten", kg)
	case data.WarnNoRussianSetting:
		return i18n.T("warn.no_russian_setting", "field", i18n.T("field."+w.Text))
	}
	return w.Kind
}

// Shots offers the lower half to `baulu screenshots`.
func (d *dashboardScreen) Shots() []kit.Shot {
	// The lower half: the rest of the warnings and the completeness table.
	return []kit.Shot{{Name: "lower", Show: func() { d.scroll.ScrollToBottom() }, Hide: d.scroll.ScrollToTop}}
}
