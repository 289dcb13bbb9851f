package kindergartens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// kgChildren lists the children of one group. Names are optional personal
// data shown only here; everything else uses the child's code.
type kgChildren struct {
	h       shell
	g       data.Group
	table   *kit.RecordTable[data.Child]
	changed func()
	kit.CrudButtons
}

func newKgChildren(h shell, g data.Group, changed func()) *kgChildren {
	c := &kgChildren{h: h, g: g, changed: changed}
	c.table = kit.NewRecordTable([]kit.Column[data.Child]{
		{Title: i18n.T("field.code"), Width: 150, Text: func(c data.Child) string { return c.Code }},
		{Title: i18n.T("field.full_name"), Width: 220, Text: func(c data.Child) string { return c.FullName }},
		{Title: i18n.T("field.sex"), Width: 100, Text: func(c data.Child) string { return sexLabel(c.Sex) }},
		{Title: i18n.T("field.birth_date"), Width: 120, Text: func(c data.Child) string { return c.BirthDate.DMY() },
			Less: func(a, b data.Child) bool { return a.BirthDate.Before(b.BirthDate) }},
		{Title: i18n.T("field.consent_short"), Width: 110, Text: consentLabel},
		{Title: i18n.T("field.left_short"), Width: 110, Text: func(c data.Child) string { return c.LeftOn.DMY() }},
	}, nil)
	c.CrudButtons = kit.NewCrudButtons(h.Status, c.table, func() { c.editChild(data.Child{GroupID: g.ID}) }, c.editChild, c.onDelete)
	c.reload()
	return c
}

func sexLabel(s string) string {
	if s == "" {
		return ""
	}
	return kit.Label("sex.", s)
}

func consentLabel(c data.Child) string {
	if !c.Consent {
		return i18n.T("word.no")
	}
	if c.ConsentDate.IsZero() {
		return i18n.T("word.yes")
	}
	return c.ConsentDate.DMY()
}

func (c *kgChildren) reload() {
	kids, err := c.h.Store().Children(c.h.Context(), c.g.ID)
	if err != nil {
		c.h.ShowError(err)
		return
	}
	c.table.SetRows(kids)
}

func (c *kgChildren) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("kg.children.title", "group", c.g.Name, "role", i18n.T("role."+c.g.Role)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(title, c.Row(), nil, nil, c.table.Content())
}

var sexKeys = []string{"F", "M"}

func (c *kgChildren) editChild(ch data.Child) {
	code := ch.Code
	if ch.ID == 0 {
		next, err := c.h.Store().NextChildCode(c.h.Context(), c.g.ID)
		if err != nil {
			c.h.ShowError(err)
			return
		}
		code = next
		// Consent is collected before a child joins the pilot: a new child
		// has it, and the box says what unticking it means.
		ch.Consent = true
	}
	sex := kit.NewChoice(sexKeys, func(k string) string { return kit.Label("sex.", k) }, nil)
	sex.SetKey(ch.Sex)
	form := kit.NewForm(
		kit.Text("code", code),
		kit.Text("full_name", ch.FullName).Placeholder(i18n.T("kg.children.name.placeholder")),
		kit.Pick("sex", sex),
		kit.Date("birth_date", ch.BirthDate, false),
		kit.Check("consent", ch.Consent).WithHint(i18n.T("kg.children.consent.hint")),
		kit.Date("consent_date", ch.ConsentDate, false),
		kit.Date("left_on", ch.LeftOn, false),
	)
	title := i18n.T("kg.children.add")
	if ch.ID != 0 {
		title = i18n.T("kg.children.edit", "code", ch.Code)
	}
	c.h.Dialogs().NewFormDialog(title, form, func() error {
		var err error
		if ch.BirthDate, err = form.DateOf("birth_date"); err != nil {
			return err
		}
		if ch.ConsentDate, err = form.DateOf("consent_date"); err != nil {
			return err
		}
		if ch.LeftOn, err = form.DateOf("left_on"); err != nil {
			return err
		}
		ch.Code, ch.FullName, ch.Sex, ch.Consent = form.Text("code"), form.Text("full_name"), sex.Key(), form.Check("consent").Checked
		if err := c.h.Store().SaveChild(c.h.Context(), &ch); err != nil {
			return err
		}
		c.reload()
		c.changed()
		c.h.Status(i18n.T("status.saved"))
		return nil
	}).Show()
}

func (c *kgChildren) onDelete(ch data.Child) {
	n, err := c.h.Store().ScoreCount(c.h.Context(), ch.ID, 0)
	if err != nil {
		c.h.ShowError(err)
		return
	}
	del := func() {
		if err := c.h.Store().DeleteChild(c.h.Context(), ch.ID); err != nil {
			c.h.ShowError(err)
			return
		}
		c.reload()
		c.changed()
		c.h.Status(i18n.T("status.deleted"))
	}
	what := i18n.T("kg.children.what", "code", ch.Code)
	if n == 0 {
		c.h.Dialogs().ConfirmDelete(what, del)
		return
	}
	// A child with scores usually left the pilot: marked so, the scores
	// stay in the rounds the child took part in.
	c.h.Dialogs().ConfirmDeleteOr(what, i18n.N("kg.children.delete.scores", n), i18n.T("kg.children.left"), func() { c.markLeft(ch) }, del)
}

// markLeft asks the date a child left the pilot (today by default) and
// saves it.
func (c *kgChildren) markLeft(ch data.Child) {
	form := kit.NewForm(kit.Date("left_on", c.h.Store().Today(), true))
	c.h.Dialogs().NewFormDialog(i18n.T("kg.children.left.title", "code", ch.Code), form, func() error {
		d, err := form.DateOf("left_on")
		if err != nil {
			return err
		}
		ch.LeftOn = d
		if err := c.h.Store().SaveChild(c.h.Context(), &ch); err != nil {
			return err
		}
		c.reload()
		c.changed()
		c.h.Status(i18n.T("status.saved"))
		return nil
	}).Resize(480, 260).SubmitOnEnter().Show()
}
