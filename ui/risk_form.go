package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// riskForm is the dialog that adds or edits a risk; the score badge follows
// likelihood and impact as they are chosen.
type riskForm struct {
	fd                           *formDialog
	description, mitigation      *widget.Entry
	owner                        *widget.Entry
	category, status             *choice
	likelihood, impact           *choice
	kg                           *choice
	identified, review, closedOn *dateEntry
	score                        *levelBadge
}

var scaleKeys = []string{"1", "2", "3"}

func (s *risksScreen) edit(r data.Risk) {
	scale := func(prefix string, v int, onChange func(string)) *choice {
		c := newChoice(scaleKeys, func(k string) string { return i18n.T(prefix + k) }, onChange)
		c.setKey(strconv.Itoa(v))
		return c
	}
	f := &riskForm{
		description: multiline(r.Description, 3),
		mitigation:  multiline(r.Mitigation, 3),
		owner:       entryWith(r.Owner),
		category:    keyChoice(data.RiskCategories(), "risk.category.", "", nil),
		kg:          s.refs.kindergartenChoice(i18n.T("risks.region_wide"), nil),
		identified:  newDateEntry("identified_on", true),
		review:      newDateEntry("review_on", false),
		closedOn:    newDateEntry("closed_on", false),
		score:       newLevelBadge(),
	}
	f.likelihood = scale("risk.likelihood.", r.Likelihood, func(string) { f.showScore() })
	f.impact = scale("risk.impact.", r.Impact, func(string) { f.showScore() })
	// Closing a risk needs its date: offer today, which is usually right.
	f.status = keyChoice(data.RiskStatuses(), "risk.status.", "", func(k string) {
		if k == data.RiskClosed && f.closedOn.Text == "" {
			f.closedOn.setDate(s.u.store.Today())
		}
	})
	f.category.setKey(r.Category)
	f.kg.setID(int64(r.KindergartenID))
	f.status.setKey(r.Status)
	f.identified.setDate(r.IdentifiedOn)
	f.review.setDate(r.ReviewOn)
	f.closedOn.setDate(r.ClosedOn)
	f.showScore()
	s.form = f
	title := i18n.T("risks.add")
	if r.ID != 0 {
		title = i18n.T("risks.edit")
	}
	closed := widget.NewFormItem(i18n.T("field.closed_on"), f.closedOn)
	closed.HintText = i18n.T("risks.closed.hint")
	f.fd = s.u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.description"), f.description),
		widget.NewFormItem(i18n.T("field.category"), f.category),
		widget.NewFormItem(i18n.T("field.kindergarten"), f.kg),
		widget.NewFormItem(i18n.T("field.likelihood"), f.likelihood),
		widget.NewFormItem(i18n.T("field.impact"), f.impact),
		widget.NewFormItem(i18n.T("risks.col.score"), container.NewHBox(f.score)),
		widget.NewFormItem(i18n.T("field.mitigation"), f.mitigation),
		widget.NewFormItem(i18n.T("field.owner"), f.owner),
		widget.NewFormItem(i18n.T("field.status"), f.status),
		widget.NewFormItem(i18n.T("field.identified_on"), f.identified),
		widget.NewFormItem(i18n.T("field.review_on"), f.review),
		closed,
	}, func() error {
		var err error
		if r.IdentifiedOn, err = f.identified.date(); err != nil {
			return err
		}
		if r.ReviewOn, err = f.review.date(); err != nil {
			return err
		}
		if r.ClosedOn, err = f.closedOn.date(); err != nil {
			return err
		}
		r.Likelihood, r.Impact = f.values()
		switch { // a choice left empty is missing, not out of range
		case r.Likelihood == 0:
			return &data.ValidationError{Field: "likelihood", Reason: data.ReasonRequired}
		case r.Impact == 0:
			return &data.ValidationError{Field: "impact", Reason: data.ReasonRequired}
		}
		r.Description, r.Mitigation, r.Owner = f.description.Text, f.mitigation.Text, f.owner.Text
		r.Category, r.Status, r.KindergartenID = f.category.key(), f.status.key(), int(f.kg.id())
		if err := s.u.store.SaveRisk(s.u.ctx, &r); err != nil {
			return err
		}
		s.reload()
		s.focus(r.ID)
		s.u.status(i18n.T("status.saved"))
		return nil
	})
	f.fd.submitOnEnter()
	f.fd.dlg.Resize(fyne.NewSize(720, 660))
	f.fd.show()
}

// values are the chosen likelihood and impact (0 when not chosen).
func (f *riskForm) values() (l, i int) {
	l, _ = strconv.Atoi(f.likelihood.key())
	i, _ = strconv.Atoi(f.impact.key())
	return l, i
}

// showScore colours the badge by the score, or asks for both factors.
func (f *riskForm) showScore() {
	if f.likelihood == nil || f.impact == nil || f.score == nil {
		return
	}
	l, i := f.values()
	if l == 0 || i == 0 {
		f.score.set("—", "")
		return
	}
	r := data.Risk{Likelihood: l, Impact: i}
	f.score.set(scoreText(r)+" · "+i18n.T("risk.level."+r.Level()), r.Level())
}
