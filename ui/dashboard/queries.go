package dashboard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// The dashboard's part of the lifecycle (issue 18): a status line per
// kindergarten (each round open, submitted or approved) and the open
// queries on the data, each with what to do about it, until resolved.

// lifecycle is what the dashboard reads for that part.
type lifecycle struct {
	statuses []data.RoundStatus
	queries  []data.Query
	// opens and resolve are the open queries' buttons, for tests.
	opens, resolve []*widget.Button
}

// readLifecycle reads the statuses and open queries (off the UI goroutine).
func readLifecycle(h shell, region string) (lifecycle, error) {
	var l lifecycle
	var err error
	if l.statuses, err = h.Store().RoundStatuses(h.Context(), region); err != nil {
		return l, err
	}
	l.queries, err = h.Store().OpenQueries(h.Context(), region)
	return l, err
}

// lifecycleParts are the headings and parts the dashboard shows.
func (d *dashboardScreen) lifecycleParts() []fyne.CanvasObject {
	return []fyne.CanvasObject{
		widget.NewSeparator(),
		kit.Heading(i18n.T("dashboard.approval")),
		d.statusTable(),
		widget.NewSeparator(),
		kit.Heading(i18n.T("dashboard.queries")),
		d.queryList(),
	}
}

// statusTable: kindergartens down, rounds across, each round's status.
func (d *dashboardScreen) statusTable() fyne.CanvasObject {
	header := d.roundHeader()
	type key struct {
		kg    int
		round int64
	}
	by := map[key]data.RoundStatus{}
	for _, st := range d.life.statuses {
		by[key{st.KindergartenID, st.RoundID}] = st
	}
	var rows [][]string
	for _, k := range d.refs.Kindergartens {
		row := []string{k.ShortName}
		for _, r := range d.rounds {
			row = append(row, kit.Label("rstatus.", statusOf(by[key{k.ID, r.ID}])))
		}
		rows = append(rows, row)
	}
	t := kit.NewTable(kit.Figures, header, rows)
	for i, k := range d.refs.Kindergartens {
		for j, r := range d.rounds {
			switch statusOf(by[key{k.ID, r.ID}]) {
			case data.StatusApproved:
				t.Cell(i+1, j+1).Importance = widget.SuccessImportance
			case data.StatusSubmitted:
				t.Cell(i+1, j+1).Importance = widget.WarningImportance
			}
		}
	}
	return t.Object()
}

func statusOf(st data.RoundStatus) string {
	if st.Status == "" {
		return data.StatusOpen
	}
	return st.Status
}

// queryList is one row per open query: where, what, who raised it, and
// buttons to open the scores and to resolve it.
func (d *dashboardScreen) queryList() fyne.CanvasObject {
	d.life.opens, d.life.resolve = nil, nil
	if len(d.life.queries) == 0 {
		return widget.NewLabel(i18n.T("dashboard.queries.none"))
	}
	box := container.NewVBox()
	for _, q := range d.life.queries {
		l := widget.NewLabel(d.queryText(q))
		l.Truncation = fyne.TextTruncateEllipsis
		open := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
			d.h.Open(kit.Monitoring, kit.Target{KindergartenID: q.KindergartenID, GroupID: q.GroupID, RoundID: q.RoundID})
		})
		resolve := widget.NewButtonWithIcon(i18n.T("dashboard.queries.resolve"), theme.ConfirmIcon(), func() { d.onResolve(q) })
		d.life.opens, d.life.resolve = append(d.life.opens, open), append(d.life.resolve, resolve)
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.QuestionIcon()), container.NewHBox(open, resolve), l))
	}
	return box
}

// queryText says where the query is and what it asks.
func (d *dashboardScreen) queryText(q data.Query) string {
	round := ""
	for _, r := range d.rounds {
		if r.ID == q.RoundID {
			round = r.Name(i18n.Current())
		}
	}
	what := q.IndicatorCode
	if q.IndicatorID == 0 {
		what = i18n.T("dashboard.queries.whole_round")
	}
	return i18n.T("dashboard.queries.row", "kindergarten", d.refs.KgName(q.KindergartenID), "child", q.ChildCode,
		"round", round, "what", what, "text", kit.Cut(q.Text, 90), "by", q.RaisedBy, "at", kit.Stamp(q.RaisedAt))
}

// onResolve asks what was found, then closes the query.
func (d *dashboardScreen) onResolve(q data.Query) {
	form := kit.NewForm(kit.Note(d.queryText(q)), kit.TextArea("resolution", "", 3))
	d.h.Dialogs().NewFormDialog(i18n.T("dashboard.queries.resolve_title"), form, func() error {
		if err := d.h.Store().ResolveQuery(d.h.Context(), q.ID, form.Text("resolution")); err != nil {
			return err
		}
		d.load()
		return nil
	}).Resize(560, 320).Show()
}
