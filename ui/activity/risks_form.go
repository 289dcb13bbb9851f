package activity

import (
	"strconv"

	"fyne.io/fyne/v2/container"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

var scaleKeys = []string{"1", "2", "3"}

// edit is the dialog that adds or edits a risk; the score badge follows
// likelihood and impact as they are chosen.
func (s *risksScreen) edit(r data.Risk) {
	scale := func(prefix string, v int) *kit.Choice {
		c := kit.NewChoice(scaleKeys, func(k string) string { return i18n.T(prefix + k) }, nil)
		c.SetKey(strconv.Itoa(v))
		return c
	}
	score := kit.NewLevelBadge()
	likelihood, impact := scale("risk.likelihood.", r.Likelihood), scale("risk.impact.", r.Impact)
	showScore := func() { showScore(score, likelihood, impact) }
	likelihood.OnChanged = func(string) { showScore() }
	impact.OnChanged = func(string) { showScore() }
	category := kit.KeyChoice(data.RiskCategories(), "risk.category.", "", nil)
	category.SetKey(r.Category)
	kg := s.refs.KindergartenChoice(i18n.T("risks.region_wide"), nil)
	kg.SetID(int64(r.KindergartenID))
	closedOn := kit.NewDateEntry("closed_on", false)
	closedOn.SetDate(r.ClosedOn)
	// Closing a risk needs its date: offer today, which is usually right.
	status := kit.KeyChoice(data.RiskStatuses(), "risk.status.", "", func(k string) {
		if k == data.RiskClosed && closedOn.Text == "" {
			closedOn.SetDate(s.h.Store().Today())
		}
	})
	status.SetKey(r.Status)
	showScore()
	s.score = score
	form := kit.NewForm(
		kit.TextArea("description", r.Description, 3),
		kit.Pick("category", category),
		kit.Pick("kindergarten", kg),
		kit.Pick("likelihood", likelihood),
		kit.Pick("impact", impact),
		kit.Custom("score", container.NewHBox(score)).Labelled(i18n.T("risks.col.score")),
		kit.TextArea("mitigation", r.Mitigation, 3),
		kit.Text("owner", r.Owner),
		kit.Pick("status", status),
		kit.Date("identified_on", r.IdentifiedOn, true),
		kit.Date("review_on", r.ReviewOn, false),
		kit.Custom("closed_on", closedOn).WithHint(i18n.T("risks.closed.hint")),
	)
	title := i18n.T("risks.add")
	if r.ID != 0 {
		title = i18n.T("risks.edit")
	}
	s.form = s.h.Dialogs().NewFormDialog(title, form, func() error {
		var err error
		if r.IdentifiedOn, err = form.DateOf("identified_on"); err != nil {
			return err
		}
		if r.ReviewOn, err = form.DateOf("review_on"); err != nil {
			return err
		}
		if r.ClosedOn, err = closedOn.Date(); err != nil {
			return err
		}
		r.Likelihood, r.Impact = scaleValues(likelihood, impact)
		switch { // a choice left empty is missing, not out of range
		case r.Likelihood == 0:
			return &data.ValidationError{Field: "likelihood", Reason: data.ReasonRequired}
		case r.Impact == 0:
			return &data.ValidationError{Field: "impact", Reason: data.ReasonRequired}
		}
		r.Description, r.Mitigation, r.Owner = form.Text("description"), form.Text("mitigation"), form.Text("owner")
		r.Category, r.Status, r.KindergartenID = category.Key(), status.Key(), int(kg.ID())
		if err := s.h.Store().SaveRisk(s.h.Context(), &r); err != nil {
			return err
		}
		s.reload()
		s.focus(r.ID)
		s.h.Status(savedText(s.h, r.IdentifiedOn, r.ReviewOn, r.ClosedOn))
		return nil
	}).SubmitOnEnter().Resize(720, 660)
	s.form.Show()
}

// scaleValues are the chosen likelihood and impact (0 when not chosen).
func scaleValues(likelihood, impact *kit.Choice) (l, i int) {
	l, _ = strconv.Atoi(likelihood.Key())
	i, _ = strconv.Atoi(impact.Key())
	return l, i
}

// showScore colours the badge by the score, or asks for both factors.
func showScore(b *kit.LevelBadge, likelihood, impact *kit.Choice) {
	l, i := scaleValues(likelihood, impact)
	if l == 0 || i == 0 {
		b.Set("—", "")
		return
	}
	r := data.Risk{Likelihood: l, Impact: i}
	b.Set(scoreText(r)+" · "+kit.Label("risk.level.", r.Level()), r.Level())
}
