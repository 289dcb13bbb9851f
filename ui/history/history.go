package history

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// historyScreen is the change history with its filters, and the imports
// that can be undone (undo.go).
type historyScreen struct {
	h      shell
	refs   kit.Refs
	rounds []data.Round

	kg, round, source *kit.Choice
	child             *widget.Entry
	from, to          *kit.DateEntry
	table             *kit.RecordTable[data.HistoryEntry]
	detail            *widget.Label
	imports           *importList
	tabs              *container.AppTabs
	latest            kit.Latest
	loading           bool // the filters are being set up: no reads yet
}

// sources the filter offers, in the order of the list.
var sources = []data.ScoreSource{data.SourceGrid, data.SourceImport, data.SourceUndo, data.SourceEdit, data.SourceRoster,
	data.SourcePackage, data.SourceRestore, data.SourcePeriod, data.SourceDemo, data.SourceBaseline}

func newHistoryScreen(h shell) *historyScreen {
	s := &historyScreen{h: h, refs: kit.LoadRefs(h), detail: kit.Wrapped("")}
	var err error
	if s.rounds, err = h.Store().Rounds(h.Context()); err != nil {
		h.ShowError(err)
	}
	s.kg = s.refs.KindergartenChoice(i18n.T("filter.all_kindergartens"), func(int) { s.reload() })
	ids := make([]int64, len(s.rounds))
	for i, r := range s.rounds {
		ids[i] = r.ID
	}
	s.round = kit.IDChoice(ids, func(id int64) string { return s.roundName(id) }, i18n.T("history.all_rounds"), func(int64) { s.reload() })
	keys := make([]string, len(sources))
	for i, src := range sources {
		keys[i] = string(src)
	}
	s.source = kit.KeyChoice(keys, "history.source.", i18n.T("history.all_sources"), func(string) { s.reload() })
	s.child = widget.NewEntry()
	s.child.SetPlaceHolder(i18n.T("history.child_code"))
	s.child.OnSubmitted = func(string) { s.reload() }
	s.from, s.to = kit.NewDateEntry("start", false), kit.NewDateEntry("end", false)
	s.from.OnSubmitted, s.to.OnSubmitted = func(string) { s.reload() }, func(string) { s.reload() }
	s.table = kit.NewRecordTable([]kit.Column[data.HistoryEntry]{
		{Title: i18n.T("history.col.when"), Width: 150, Text: func(e data.HistoryEntry) string { return kit.Stamp(e.Set.At) },
			Less: func(a, b data.HistoryEntry) bool { return a.ID < b.ID }},
		{Title: i18n.T("history.col.who"), Width: 150, Text: func(e data.HistoryEntry) string { return e.Set.Who.String() }},
		{Title: i18n.T("history.col.source"), Width: 150, Text: func(e data.HistoryEntry) string { return sourceText(e.Set) }},
		{Title: i18n.T("field.kindergarten"), Width: 100, Text: func(e data.HistoryEntry) string { return s.refs.KgName(e.KindergartenID) }},
		{Title: i18n.T("field.round"), Width: 100, Text: func(e data.HistoryEntry) string { return s.roundName(e.RoundID) }},
		{Title: i18n.T("history.col.what"), Width: 200, Text: whatText},
		{Title: i18n.T("history.col.change"), Width: 170, Text: changeText},
	}, s.onSelect).SortInitially(0, true)
	s.table.Extra = func(e data.HistoryEntry) string { return e.Set.Note + " " + e.Set.SHA256 }
	s.imports = newImportList(h, s.reload)
	s.loading = true
	s.kg.SetID(0)
	s.round.SetID(0)
	s.source.SetKey("")
	s.loading = false
	s.reload()
	return s
}

func (s *historyScreen) Content() fyne.CanvasObject {
	show := widget.NewButtonWithIcon(i18n.T("history.show"), theme.SearchIcon(), s.reload)
	filters := container.NewVBox(
		container.New(kit.Weights{2, 2, 2}, s.kg, s.round, s.source),
		container.New(kit.Weights{3, 2, 2, 1}, s.child,
			container.NewBorder(nil, nil, widget.NewLabel(i18n.T("history.from")), nil, s.from),
			container.NewBorder(nil, nil, widget.NewLabel(i18n.T("history.to")), nil, s.to), show),
	)
	changes := container.NewBorder(filters, container.NewVBox(widget.NewSeparator(), s.detail), nil, nil, s.table.Content())
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("history.tab.changes"), theme.HistoryIcon(), changes),
		container.NewTabItemWithIcon(i18n.T("history.tab.imports"), theme.ContentUndoIcon(), s.imports.content()),
	)
	return s.tabs
}

// filter is what the filters say; a child is found by its code.
func (s *historyScreen) filter() (data.HistoryFilter, error) {
	f := data.HistoryFilter{KindergartenID: int(s.kg.ID()), RoundID: s.round.ID(), Source: data.ScoreSource(s.source.Key())}
	var err error
	if f.From, err = s.from.Date(); err != nil {
		return f, err
	}
	if f.To, err = s.to.Date(); err != nil {
		return f, err
	}
	if code := strings.TrimSpace(s.child.Text); code != "" {
		c, err := s.h.Store().ChildByCode(s.h.Context(), code)
		if err != nil {
			return f, err
		}
		f.ChildID = c.ID
	}
	return f, nil
}

// reload reads the history off the UI goroutine.
func (s *historyScreen) reload() {
	if s.table == nil || s.loading {
		return
	}
	f, err := s.filter()
	if err != nil {
		s.h.ShowError(err)
		return
	}
	var rows []data.HistoryEntry
	s.latest.Go(s.h.Runner(), func() {
		rows, err = s.h.Store().History(s.h.Context(), f)
	}, func() {
		if err != nil {
			s.h.ShowError(err)
			return
		}
		s.table.SetRows(rows)
		s.detail.SetText("")
		s.h.Status(i18n.N("history.count", len(rows)))
	})
	s.imports.reload()
}

// onSelect shows the whole change: its set's note, file hash, every field.
func (s *historyScreen) onSelect(e data.HistoryEntry) {
	lines := []string{kit.Stamp(e.Set.At) + " · " + e.Set.Who.String() + " · " + sourceText(e.Set), whatText(e) + ": " + changeText(e)}
	if e.Set.SHA256 != "" {
		lines = append(lines, "SHA-256: "+e.Set.SHA256)
	}
	if e.Set.Note != "" && e.Entity != data.EntityScore {
		lines = append(lines, i18n.T("history.note", "note", e.Set.Note))
	}
	s.detail.SetText(strings.Join(lines, "\n"))
}

func (s *historyScreen) roundName(id int64) string {
	for _, r := range s.rounds {
		if r.ID == id {
			return r.Name(i18n.Current())
		}
	}
	return ""
}

// Shots offers the undo plan of the newest import to `baulu screenshots`.
func (s *historyScreen) Shots() []kit.Shot {
	return []kit.Shot{{Name: "undo", Show: func() {
		s.tabs.SelectIndex(1)
		s.imports.table.SelectRow(0)
		s.imports.onUndo()
	}, Hide: func() {
		if c := s.h.Dialogs().Confirm; c != nil {
			c.Dlg.Hide()
		}
	}}}
}

// TabCount and ShowTab show the tabs to `baulu screenshots`.
func (s *historyScreen) TabCount() int {
	if s.tabs == nil {
		return 0
	}
	return len(s.tabs.Items)
}

// ShowTab opens tab i (the first row is selected, so its detail shows).
func (s *historyScreen) ShowTab(i int) {
	s.tabs.SelectIndex(i)
	if i == 0 {
		s.table.SelectRow(0)
	} else {
		s.imports.table.SelectRow(0)
	}
}
