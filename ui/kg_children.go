package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// kgChildren lists the children of one group. Names are optional personal
// data shown only here; everything else uses the child's code.
type kgChildren struct {
	u       *UI
	g       data.Group
	table   *recordTable[data.Child]
	changed func()
	crudButtons
}

func newKgChildren(u *UI, g data.Group, changed func()) *kgChildren {
	c := &kgChildren{u: u, g: g, changed: changed}
	c.table = newRecordTable([]column[data.Child]{
		{title: i18n.T("field.code"), width: 150, text: func(c data.Child) string { return c.Code }},
		{title: i18n.T("field.full_name"), width: 220, text: func(c data.Child) string { return c.FullName }},
		{title: i18n.T("field.sex"), width: 100, text: func(c data.Child) string { return sexLabel(c.Sex) }},
		{title: i18n.T("field.birth_date"), width: 120, text: func(c data.Child) string { return c.BirthDate.DMY() },
			less: func(a, b data.Child) bool { return a.BirthDate.Before(b.BirthDate) }},
		{title: i18n.T("field.consent_short"), width: 110, text: consentLabel},
		{title: i18n.T("field.left_short"), width: 110, text: func(c data.Child) string { return c.LeftOn.DMY() }},
	}, nil)
	c.crudButtons = newCrudButtons(u, c.table, func() { c.editChild(data.Child{GroupID: g.ID}) }, c.editChild, c.onDelete)
	c.reload()
	return c
}

func sexLabel(s string) string {
	if s == "" {
		return ""
	}
	return i18n.T("sex." + s)
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
	kids, err := c.u.store.Children(c.u.ctx, c.g.ID)
	if err != nil {
		c.u.showError(err)
		return
	}
	c.table.setRows(kids)
}

func (c *kgChildren) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("kg.children.title", "group", c.g.Name, "role", i18n.T("role."+c.g.Role)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(title, c.row(), nil, nil, c.table.content())
}

var sexKeys = []string{"F", "M"}

func (c *kgChildren) editChild(ch data.Child) {
	code, name := widget.NewEntry(), widget.NewEntry()
	code.SetText(ch.Code)
	if ch.ID == 0 {
		next, err := c.u.store.NextChildCode(c.u.ctx, c.g.ID)
		if err != nil {
			c.u.showError(err)
			return
		}
		code.SetText(next)
	}
	name.SetText(ch.FullName)
	name.SetPlaceHolder(i18n.T("kg.children.name.placeholder"))
	sex := newChoice(sexKeys, func(k string) string { return i18n.T("sex." + k) }, nil)
	sex.setKey(ch.Sex)
	birth := newDateEntry("birth_date", false)
	birth.setDate(ch.BirthDate)
	consent := widget.NewCheck(i18n.T("field.consent"), nil)
	consent.SetChecked(ch.Consent)
	consentDate := newDateEntry("consent_date", false)
	consentDate.setDate(ch.ConsentDate)
	left := newDateEntry("left_on", false)
	left.setDate(ch.LeftOn)
	title := i18n.T("kg.children.add")
	if ch.ID != 0 {
		title = i18n.T("kg.children.edit", "code", ch.Code)
	}
	c.u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.code"), code),
		widget.NewFormItem(i18n.T("field.full_name"), name),
		widget.NewFormItem(i18n.T("field.sex"), sex),
		widget.NewFormItem(i18n.T("field.birth_date"), birth),
		widget.NewFormItem("", consent),
		widget.NewFormItem(i18n.T("field.consent_date"), consentDate),
		widget.NewFormItem(i18n.T("field.left_on"), left),
	}, func() error {
		var err error
		if ch.BirthDate, err = birth.date(); err != nil {
			return err
		}
		if ch.ConsentDate, err = consentDate.date(); err != nil {
			return err
		}
		if ch.LeftOn, err = left.date(); err != nil {
			return err
		}
		ch.Code, ch.FullName, ch.Sex, ch.Consent = code.Text, name.Text, sex.key(), consent.Checked
		if err := c.u.store.SaveChild(c.u.ctx, &ch); err != nil {
			return err
		}
		c.reload()
		c.changed()
		c.u.status(i18n.T("status.saved"))
		return nil
	}).show()
}

func (c *kgChildren) onDelete(ch data.Child) {
	c.u.confirmDelete(i18n.T("kg.children.what", "code", ch.Code), func() {
		if err := c.u.store.DeleteChild(c.u.ctx, ch.ID); err != nil {
			c.u.showError(err)
			return
		}
		c.reload()
		c.changed()
		c.u.status(i18n.T("status.deleted"))
	})
}
