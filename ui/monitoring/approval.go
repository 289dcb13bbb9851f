package monitoring

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// approvalBar is the status of the chosen kindergarten's round above the
// grid, with what can be done next (issue 18): submit (after the
// completeness check), approve (which locks the round: the grid, the Excel
// import and roster changes touching its scores are refused, saying who
// approved it and when), unlock with a reason, and raise a query ("check
// this") on the cursor's child or score.
type approvalBar struct {
	h      shell
	picker *monPicker
	// current is the grid's cursor: its child and indicator.
	current func() (data.Child, data.Indicator, bool)
	// changed runs after a status changed (the grid re-reads).
	changed func()

	status                  data.RoundStatus
	label                   *widget.Label
	submit, approve, unlock *widget.Button
	query                   *widget.Button
}

func newApprovalBar(h shell, p *monPicker, current func() (data.Child, data.Indicator, bool), changed func()) *approvalBar {
	a := &approvalBar{h: h, picker: p, current: current, changed: changed, label: widget.NewLabel("")}
	a.label.Truncation = fyne.TextTruncateEllipsis
	a.submit = widget.NewButtonWithIcon(i18n.T("mon.approval.submit"), theme.UploadIcon(), a.onSubmit)
	a.approve = widget.NewButtonWithIcon(i18n.T("mon.approval.approve"), theme.ConfirmIcon(), a.onApprove)
	a.approve.Importance = widget.HighImportance
	a.unlock = widget.NewButtonWithIcon(i18n.T("mon.approval.unlock"), theme.ViewRefreshIcon(), a.onUnlock)
	a.query = widget.NewButtonWithIcon(i18n.T("mon.query.raise"), theme.QuestionIcon(), a.onQuery)
	return a
}

func (a *approvalBar) content() fyne.CanvasObject {
	return container.NewVBox(a.label, kit.ButtonRow(a.submit, a.approve, a.unlock, a.query))
}

// reload reads the chosen kindergarten's round's status.
func (a *approvalBar) reload() {
	kg, round := a.picker.kgID(), a.picker.roundID()
	for _, b := range []*widget.Button{a.submit, a.approve, a.unlock, a.query} {
		b.Disable()
	}
	if kg == 0 || round == 0 {
		a.label.SetText("")
		return
	}
	st, err := a.h.Store().RoundStatusOf(a.h.Context(), kg, round)
	if err != nil {
		a.h.ShowError(err)
		return
	}
	a.status = st
	a.label.SetText(StatusText(st))
	switch st.Status {
	case data.StatusOpen:
		a.submit.Enable()
	case data.StatusSubmitted:
		a.approve.Enable()
		a.unlock.Enable()
	case data.StatusApproved:
		a.unlock.Enable()
	}
	a.query.Enable()
}

// StatusText says a round's status in one line: open; submitted by whom
// and when; approved (locked) by whom and when.
func StatusText(st data.RoundStatus) string {
	switch st.Status {
	case data.StatusSubmitted:
		return i18n.T("mon.approval.submitted", "by", st.SubmittedBy, "at", kit.Stamp(st.SubmittedAt))
	case data.StatusApproved:
		return i18n.T("mon.approval.approved", "by", st.ApprovedBy, "at", kit.Stamp(st.ApprovedAt))
	}
	return i18n.T("mon.approval.open")
}

// onSubmit shows the completeness check of the kindergarten's round and
// submits on confirmation (missing scores do not prevent it: the
// methodologist sees them and decides).
func (a *approvalBar) onSubmit() {
	kg, round := a.picker.kgID(), a.picker.roundID()
	cells, err := a.h.Store().Completeness(a.h.Context(), a.h.Settings().RegionCode)
	if err != nil {
		a.h.ShowError(err)
		return
	}
	body := i18n.T("mon.approval.nothing_expected")
	for _, c := range cells {
		if c.KindergartenID != kg || c.RoundID != round {
			continue
		}
		if p, ok := c.Percent(); ok {
			body = i18n.T("mon.approval.check", "scored", c.Scored, "expected", c.Expected(), "pct", kit.FormatFloat(p, 0), "missing", c.Missing())
		}
	}
	a.h.Dialogs().ConfirmAction(i18n.T("mon.approval.submit_title"), body, i18n.T("mon.approval.submit"), theme.UploadIcon(), func() {
		a.done(a.h.Store().SubmitRound(a.h.Context(), kg, round))
	})
}

// onApprove approves (locks) the round after saying what that means.
func (a *approvalBar) onApprove() {
	kg, round := a.picker.kgID(), a.picker.roundID()
	a.h.Dialogs().ConfirmAction(i18n.T("mon.approval.approve_title"), i18n.T("mon.approval.approve_body"), i18n.T("mon.approval.approve"),
		theme.ConfirmIcon(), func() { a.done(a.h.Store().ApproveRound(a.h.Context(), kg, round)) })
}

// onUnlock asks for the reason, which the history keeps.
func (a *approvalBar) onUnlock() {
	kg, round := a.picker.kgID(), a.picker.roundID()
	form := kit.NewForm(kit.Note(i18n.T("mon.approval.unlock_hint")), kit.TextArea("reason", "", 3))
	a.h.Dialogs().NewFormDialog(i18n.T("mon.approval.unlock_title"), form, func() error {
		if err := a.h.Store().UnlockRound(a.h.Context(), kg, round, form.Text("reason")); err != nil {
			return err
		}
		a.done(nil)
		return nil
	}).Resize(560, 320).Show()
}

// onQuery raises a query on the cursor's score, or the child's whole
// round.
func (a *approvalBar) onQuery() {
	child, ind, ok := a.current()
	if !ok {
		a.h.Dialogs().ShowMessage(i18n.T("mon.query.title"), i18n.T("mon.query.pick"))
		return
	}
	form := kit.NewForm(kit.Note(i18n.T("mon.query.about", "child", child.Code, "indicator", ind.Code)),
		kit.TextArea("text", "", 3).Placeholder(i18n.T("mon.query.example")), kit.Check("whole_round", false))
	round := a.picker.roundID()
	a.h.Dialogs().NewFormDialog(i18n.T("mon.query.title"), form, func() error {
		q := data.Query{ChildID: child.ID, RoundID: round, IndicatorID: ind.ID, Text: form.Text("text")}
		if form.Check("whole_round").Checked {
			q.IndicatorID = 0
		}
		if err := a.h.Store().RaiseQuery(a.h.Context(), &q); err != nil {
			return err
		}
		a.h.Status(i18n.T("mon.query.saved", "child", child.Code))
		return nil
	}).Resize(560, 360).Show()
}

// done shows what a status change did.
func (a *approvalBar) done(err error) {
	if err != nil {
		a.h.ShowError(err)
	}
	a.reload()
	a.h.Status(a.label.Text)
	if a.changed != nil {
		a.changed()
	}
}
