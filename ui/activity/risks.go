package activity

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// risksScreen is the risk register (order item 4.4.6): the list on the left,
// the 3 × 3 matrix of open risks on the right; a cell of the matrix filters
// the list to the open risks in it.
type risksScreen struct {
	h       shell
	refs    kit.Refs
	all     []data.Risk
	status  *kit.Choice
	table   *kit.RecordTable[data.Risk]
	buttons kit.CrudButtons
	matrix  *riskMatrix
	cell    [2]int // likelihood, impact chosen in the matrix; 0 = none
	cellMsg *widget.Label
	clear   *widget.Button
	ready   bool
	form    *kit.FormDialog // the form last opened (tests)
	score   *kit.LevelBadge // its score badge
}

func newRisksScreen(h shell) *risksScreen {
	s := &risksScreen{h: h, refs: kit.LoadRefs(h)}
	s.table = kit.NewRecordTable([]kit.Column[data.Risk]{
		kit.DateColumn(i18n.T("list.date"), func(r data.Risk) data.Date { return r.IdentifiedOn }),
		{Title: i18n.T("field.description"), Width: 190, Text: func(r data.Risk) string { return r.Description }},
		{Title: i18n.T("field.category"), Width: 125, Text: func(r data.Risk) string { return kit.Label("risk.category.", r.Category) }},
		{Title: i18n.T("risks.col.score"), Width: 90, Text: scoreText,
			Less:       func(a, b data.Risk) bool { return a.Score() < b.Score() },
			Importance: func(r data.Risk) widget.Importance { return kit.LevelImportance(r.Level()) }},
		{Title: i18n.T("field.status"), Width: 120, Text: func(r data.Risk) string { return kit.Label("risk.status.", r.Status) }},
		kit.DateColumn(i18n.T("risks.col.review"), func(r data.Risk) data.Date { return r.ReviewOn }),
	}, nil).SortInitially(0, true)
	s.table.Extra = func(r data.Risk) string {
		return r.Mitigation + "\n" + r.Owner + "\n" + s.refs.KgName(r.KindergartenID) + "\n" + kit.Label("risk.level.", r.Level())
	}
	s.status = kit.KeyChoice(data.RiskStatuses(), "risk.status.", i18n.T("risk.status.all"), func(string) { s.apply() })
	s.status.SetKey("")
	s.matrix = newRiskMatrix(func(l, i int) {
		s.cell = [2]int{l, i}
		s.apply()
	})
	s.cellMsg = kit.Wrapped("")
	s.clear = widget.NewButtonWithIcon(i18n.T("risks.matrix.clear"), theme.ContentClearIcon(), func() { s.pickCell(0, 0) })
	s.buttons = kit.NewCrudButtons(h.Status, s.table, func() {
		s.edit(data.Risk{RegionCode: h.Settings().RegionCode, Status: data.RiskOpen, IdentifiedOn: h.Store().Today()})
	}, s.edit, s.onDelete)
	s.ready = true
	s.reload()
	return s
}

// scoreText is "6 (3 × 2)": the score and its factors.
func scoreText(r data.Risk) string {
	return fmt.Sprintf("%d (%d × %d)", r.Score(), r.Likelihood, r.Impact)
}

func (s *risksScreen) Content() fyne.CanvasObject {
	list := kit.ListPane(kit.FilterRow(s.status, widget.NewLabel("")), s.table, s.buttons.Row())
	title := widget.NewLabelWithStyle(i18n.T("risks.matrix.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	legend := container.NewVBox()
	for _, lv := range []string{data.RiskLow, data.RiskMedium, data.RiskHigh} {
		b := kit.NewLevelBadge()
		b.Set(kit.Label("risk.level.", lv), lv)
		legend.Add(container.NewHBox(b, widget.NewLabel(i18n.T("risk.range."+lv))))
	}
	side := container.NewVBox(title, s.matrix.content(), s.cellMsg, container.NewHBox(s.clear), widget.NewSeparator(), legend)
	split := container.NewHSplit(list, container.NewVScroll(container.NewPadded(side)))
	split.Offset = 0.75
	return split
}

// reload reads the register.
func (s *risksScreen) reload() {
	all, err := s.h.Store().Risks(s.h.Context(), s.h.Settings().RegionCode)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	s.all = all
	s.matrix.setCounts(all)
	s.apply()
}

// pickCell chooses a matrix cell as the filter (0, 0 clears it).
func (s *risksScreen) pickCell(l, i int) {
	s.matrix.pick(l, i)
	s.cell = [2]int{l, i}
	s.apply()
}

// apply shows the risks the status filter and the matrix cell let through.
func (s *risksScreen) apply() {
	if !s.ready {
		return
	}
	st, l, i := s.status.Key(), s.cell[0], s.cell[1]
	var shown []data.Risk
	for _, r := range s.all {
		if st != "" && r.Status != st {
			continue
		}
		if l != 0 && (!r.Open() || r.Likelihood != l || r.Impact != i) {
			continue
		}
		shown = append(shown, r)
	}
	s.table.SetRows(shown)
	if l == 0 {
		s.cellMsg.SetText(i18n.T("risks.matrix.hint"))
		s.clear.Disable()
	} else {
		s.cellMsg.SetText(i18n.T("risks.matrix.filter", "likelihood", l, "impact", i))
		s.clear.Enable()
	}
}

// focus selects a risk, clearing the filters so it is listed.
// Focus selects the record t.ID (the dashboard's warnings open it so).
func (s *risksScreen) Focus(t kit.Target) { s.focus(t.ID) }

func (s *risksScreen) focus(id int64) {
	s.status.SetKey("")
	s.table.Search.SetText("")
	s.pickCell(0, 0)
	s.table.SelectWhere(func(r data.Risk) bool { return r.ID == id })
}

func (s *risksScreen) onDelete(r data.Risk) {
	s.h.Dialogs().ConfirmDelete(i18n.T("risks.what", "description", kit.Cut(r.Description, 80)), func() {
		if err := s.h.Store().DeleteRisk(s.h.Context(), r.ID); err != nil {
			s.h.ShowError(err)
			return
		}
		s.reload()
		s.h.Status(i18n.T("status.deleted"))
	})
}
