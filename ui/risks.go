package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// risksScreen is the risk register (order item 4.4.6): the list on the left,
// the 3 × 3 matrix of open risks on the right; a cell of the matrix filters
// the list to the open risks in it.
type risksScreen struct {
	u       *UI
	refs    regionRefs
	all     []data.Risk
	status  *choice
	table   *recordTable[data.Risk]
	buttons crudButtons
	matrix  *riskMatrix
	cell    [2]int // likelihood, impact chosen in the matrix; 0 = none
	cellMsg *widget.Label
	clear   *widget.Button
	ready   bool
	form    *riskForm // the form last opened (tests)
}

func newRisksScreen(u *UI) *risksScreen {
	s := &risksScreen{u: u, refs: u.loadRefs()}
	s.table = newRecordTable([]column[data.Risk]{
		dateColumn(i18n.T("list.date"), func(r data.Risk) data.Date { return r.IdentifiedOn }),
		{title: i18n.T("field.description"), width: 190, text: func(r data.Risk) string { return r.Description }},
		{title: i18n.T("field.category"), width: 125, text: func(r data.Risk) string { return label("risk.category.", r.Category) }},
		{title: i18n.T("risks.col.score"), width: 90, text: scoreText,
			less:       func(a, b data.Risk) bool { return a.Score() < b.Score() },
			importance: func(r data.Risk) widget.Importance { return levelImportance(r.Level()) }},
		{title: i18n.T("field.status"), width: 120, text: func(r data.Risk) string { return label("risk.status.", r.Status) }},
		dateColumn(i18n.T("risks.col.review"), func(r data.Risk) data.Date { return r.ReviewOn }),
	}, nil).sortInitially(0, true)
	s.table.extra = func(r data.Risk) string {
		return r.Mitigation + "\n" + r.Owner + "\n" + s.refs.kgName(r.KindergartenID) + "\n" + label("risk.level.", r.Level())
	}
	s.status = keyChoice(data.RiskStatuses(), "risk.status.", i18n.T("risk.status.all"), func(string) { s.apply() })
	s.status.setKey("")
	s.matrix = newRiskMatrix(func(l, i int) {
		s.cell = [2]int{l, i}
		s.apply()
	})
	s.cellMsg = wrapped("")
	s.clear = widget.NewButtonWithIcon(i18n.T("risks.matrix.clear"), theme.ContentClearIcon(), func() { s.pickCell(0, 0) })
	s.buttons = newCrudButtons(u, s.table, func() {
		s.edit(data.Risk{RegionCode: u.settings.RegionCode, Status: data.RiskOpen, IdentifiedOn: u.store.Today()})
	}, s.edit, s.onDelete)
	s.ready = true
	s.reload()
	return s
}

// scoreText is "6 (3 × 2)": the score and its factors.
func scoreText(r data.Risk) string {
	return fmt.Sprintf("%d (%d × %d)", r.Score(), r.Likelihood, r.Impact)
}

func (s *risksScreen) content() fyne.CanvasObject {
	list := listPane(filterRow(s.status, widget.NewLabel("")), s.table, s.buttons.row())
	title := widget.NewLabelWithStyle(i18n.T("risks.matrix.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	legend := container.NewVBox()
	for _, lv := range []string{data.RiskLow, data.RiskMedium, data.RiskHigh} {
		b := newLevelBadge()
		b.set(i18n.T("risk.level."+lv), lv)
		legend.Add(container.NewHBox(b, widget.NewLabel(i18n.T("risk.range."+lv))))
	}
	side := container.NewVBox(title, s.matrix.content(), s.cellMsg, container.NewHBox(s.clear), widget.NewSeparator(), legend)
	split := container.NewHSplit(list, container.NewVScroll(container.NewPadded(side)))
	split.Offset = 0.75
	return split
}

// reload reads the register.
func (s *risksScreen) reload() {
	all, err := s.u.store.Risks(s.u.ctx, s.u.settings.RegionCode)
	if err != nil {
		s.u.showError(err)
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
	st, l, i := s.status.key(), s.cell[0], s.cell[1]
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
	s.table.setRows(shown)
	if l == 0 {
		s.cellMsg.SetText(i18n.T("risks.matrix.hint"))
		s.clear.Disable()
	} else {
		s.cellMsg.SetText(i18n.T("risks.matrix.filter", "likelihood", l, "impact", i))
		s.clear.Enable()
	}
}

// focus selects a risk, clearing the filters so it is listed.
func (s *risksScreen) focus(id int64) {
	s.status.setKey("")
	s.table.search.SetText("")
	s.pickCell(0, 0)
	s.table.selectWhere(func(r data.Risk) bool { return r.ID == id })
}

func (s *risksScreen) onDelete(r data.Risk) {
	s.u.confirmDelete(i18n.T("risks.what", "description", cut(r.Description, 80)), func() {
		if err := s.u.store.DeleteRisk(s.u.ctx, r.ID); err != nil {
			s.u.showError(err)
			return
		}
		s.reload()
		s.u.status(i18n.T("status.deleted"))
	})
}
