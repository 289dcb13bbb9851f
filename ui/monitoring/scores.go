package monitoring

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// monScores is the grid entry tab: pick kindergarten, group and round, then
// score children with the keyboard. Every score is saved the moment it is
// typed.
type monScores struct {
	h        shell
	picker   *monPicker
	approval *approvalBar // the round's status and its actions
	grid     *scoreGrid
	blocks   map[int64]data.Block
	child    *widget.Label // the cursor's child
	column   *widget.Label // the cursor's indicator in full
	counter  *widget.Label
	hint     *widget.Label // a key that cannot score, a child not scored
	down     *widget.Check
	body     *fyne.Container
	empty    *widget.Label
}

func newMonScores(h shell) *monScores {
	s := &monScores{h: h, child: widget.NewLabel(""), column: widget.NewLabel(""), counter: widget.NewLabel(""), hint: widget.NewLabel(""), empty: kit.Wrapped("")}
	s.column.Truncation = fyne.TextTruncateEllipsis
	s.column.TextStyle.Bold = true
	s.child.TextStyle.Bold = true
	s.grid = newScoreGrid(s.save)
	s.grid.onMove = s.showColumn
	s.grid.onChange = s.showCounter
	s.hint.Importance = widget.DangerImportance
	s.hint.Truncation = fyne.TextTruncateEllipsis
	s.grid.onHint = func(t string) {
		if s.hint.Text != t {
			s.hint.SetText(t)
		}
	}
	s.down = widget.NewCheck(i18n.T("mon.grid.down"), func(b bool) { s.grid.down = b })
	s.body = container.NewStack()
	// A choice made, the keyboard goes straight to the scores.
	s.picker = newMonPicker(h, false, func() { s.reload(); s.focus() })
	s.approval = newApprovalBar(h, s.picker, s.grid.current, nil)
	s.reload()
	return s
}

func (s *monScores) content() fyne.CanvasObject {
	keys := widget.NewLabel(i18n.T("mon.grid.keys", "move", "← ↑ → ↓, Tab, Enter", "clear", "Delete"))
	keys.Truncation = fyne.TextTruncateEllipsis
	top := container.NewVBox(s.picker.content(), s.approval.content(), container.NewBorder(nil, nil, s.child, nil, s.column))
	bottom := container.NewVBox(s.hint, keys, container.NewBorder(nil, nil, s.counter, s.down))
	return container.NewBorder(top, bottom, nil, nil, s.body)
}

// reload reads the grid of the chosen group and round.
func (s *monScores) reload() {
	if s.approval != nil {
		s.approval.reload()
	}
	gid, rid := s.picker.groupID(), s.picker.roundID()
	var msg string
	switch {
	case len(s.picker.rounds) == 0:
		msg = i18n.T("mon.grid.no_rounds")
	case s.picker.kgID() != 0 && len(s.picker.groups) == 0:
		msg = i18n.T("mon.grid.no_groups")
	case gid == 0 || rid == 0:
		msg = i18n.T("mon.grid.pick")
	}
	if msg == "" {
		g, err := s.h.Store().Grid(s.h.Context(), gid, rid)
		if err != nil {
			s.h.ShowError(err)
			msg = kit.ErrorText(err)
		} else {
			s.show(g)
			switch {
			case len(g.Indicators) == 0:
				msg = i18n.T("mon.grid.no_indicators")
			case len(g.Children) == 0:
				msg = i18n.T("mon.grid.no_children")
			}
		}
	}
	if msg != "" {
		s.empty.SetText(msg)
		s.body.Objects = []fyne.CanvasObject{container.NewPadded(s.empty)}
		s.child.SetText("")
		s.column.SetText("")
		s.counter.SetText("")
	} else {
		s.body.Objects = []fyne.CanvasObject{s.grid}
	}
	s.body.Refresh()
}

// show puts a loaded grid on screen.
func (s *monScores) show(g *data.Grid) {
	if s.blocks == nil {
		s.blocks = map[int64]data.Block{}
		bs, err := s.h.Store().Blocks(s.h.Context())
		if err != nil {
			s.h.ShowError(err)
		}
		for _, b := range bs {
			s.blocks[b.ID] = b
		}
	}
	s.grid.setGrid(g)
	s.showCounter()
}

// showColumn names the cursor's child and indicator above the grid, since
// the column headers only have room for codes. Labels are set only when
// their text changes: measuring a truncated label is most of a key's cost.
func (s *monScores) showColumn() {
	child, ind, ok := s.grid.current()
	childText, indText := "", ""
	if ok {
		l := i18n.Current()
		childText = i18n.T("mon.grid.child", "code", child.Code)
		if why := s.grid.greyed(s.grid.cursor.Row); why != "" {
			childText = i18n.T("mon.grid.not_scored."+why, "code", child.Code)
		}
		indText = i18n.T("mon.grid.column", "code", ind.Code, "name", ind.Name(l), "block", s.blocks[ind.BlockID].Name(l))
	}
	if s.child.Text != childText {
		s.child.SetText(childText)
	}
	if s.column.Text != indText {
		s.column.SetText(indText)
	}
}

func (s *monScores) showCounter() {
	s.counter.SetText(i18n.N("mon.grid.filled", s.grid.g.Cells(), "filled", s.grid.g.Filled))
}

// save writes one score at once; a refused score is explained and the cell
// keeps its value.
func (s *monScores) save(sc data.Score) bool {
	if err := s.h.Store().WriteScores(s.h.Context(), []data.Score{sc}, data.WriteOptions{Source: data.SourceGrid, Clear: true, GroupID: s.grid.g.Group.ID}); err != nil {
		s.h.ShowError(err)
		return false
	}
	return true
}

// focus gives the keyboard to the grid, when it is shown.
func (s *monScores) focus() {
	if len(s.body.Objects) == 0 || s.body.Objects[0] != s.grid {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.grid); c != nil {
		c.Focus(s.grid)
	}
}
