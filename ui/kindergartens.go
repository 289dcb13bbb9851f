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

// kindergartensScreen shows the region's five kindergartens; for the chosen
// one: its profile, directions, environment checklist, groups and children.
type kindergartensScreen struct {
	u        *UI
	kgs      []data.Kindergarten
	list     *widget.List
	tabs     *container.AppTabs
	detail   *fyne.Container
	selected int // index into kgs, -1 none

	profile *kgProfile
	dirs    *kgDirections
	env     *kgEnvironment
	groups  *kgGroups
}

func newKindergartensScreen(u *UI) *kindergartensScreen {
	s := &kindergartensScreen{u: u, selected: -1, detail: container.NewStack()}
	kgs, err := u.store.Kindergartens(u.ctx, u.settings.RegionCode)
	if err != nil {
		u.showError(err)
	}
	s.kgs = kgs
	s.list = widget.NewList(
		func() int { return len(s.kgs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("№100 «Алтын шаңырақ» бөбекжай-бақшасы")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			k := s.kgs[id]
			o.(*widget.Label).SetText(fmt.Sprintf("%d. %s", k.ID, k.ShortName))
		})
	s.list.OnSelected = s.onKindergartenSelected
	return s
}

func (s *kindergartensScreen) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.kindergartens"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	split := container.NewHSplit(container.NewBorder(title, nil, nil, nil, s.list), s.detail)
	split.Offset = 0.25
	if len(s.kgs) > 0 {
		s.list.Select(0)
	}
	return split
}

func (s *kindergartensScreen) onKindergartenSelected(id widget.ListItemID) {
	s.selected = id
	k := s.kgs[id]
	s.profile = newKgProfile(s.u, k, func(saved data.Kindergarten) {
		s.kgs[id] = saved
		s.list.RefreshItem(id)
	})
	s.dirs = newKgDirections(s.u, k.ID)
	s.env = newKgEnvironment(s.u, k.ID)
	s.groups = newKgGroups(s.u, k)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("kg.tab.profile"), theme.InfoIcon(), s.profile.content()),
		container.NewTabItemWithIcon(i18n.T("kg.tab.directions"), theme.ListIcon(), s.dirs.content()),
		container.NewTabItemWithIcon(i18n.T("kg.tab.environment"), theme.CheckButtonCheckedIcon(), s.env.content()),
		container.NewTabItemWithIcon(i18n.T("kg.tab.groups"), theme.AccountIcon(), s.groups.content()),
	)
	s.tabs.OnSelected = func(t *container.TabItem) {
		if t.Text == i18n.T("kg.tab.environment") {
			s.env.reload() // directions may have changed on the other tab
		}
	}
	s.detail.Objects = []fyne.CanvasObject{s.tabs}
	s.detail.Refresh()
}

// kgProfile is the profile form of one kindergarten (DESIGN.md §3).
type kgProfile struct {
	u       *UI
	k       data.Kindergarten
	onSaved func(data.Kindergarten)

	name, shortName, settlement, district  *widget.Entry
	address, director, phone, email, notes *widget.Entry
	form, locality                         *choice
	save                                   *widget.Button
}

var kgForms = []string{"КМҚК", "МКҚК", "ЖШС", "ЖК", "жекеменшік", "филиал"}

func newKgProfile(u *UI, k data.Kindergarten, onSaved func(data.Kindergarten)) *kgProfile {
	p := &kgProfile{u: u, k: k, onSaved: onSaved}
	entry := func(text string) *widget.Entry { e := widget.NewEntry(); e.SetText(text); return e }
	p.name, p.shortName = widget.NewMultiLineEntry(), entry(k.ShortName)
	p.name.SetText(k.Name)
	p.name.Wrapping = fyne.TextWrapWord
	p.name.SetMinRowsVisible(2)
	p.settlement, p.district, p.address = entry(k.Settlement), entry(k.District), entry(k.Address)
	p.director, p.phone, p.email = entry(k.Director), entry(k.Phone), entry(k.Email)
	p.notes = widget.NewMultiLineEntry()
	p.notes.SetText(k.Notes)
	p.notes.Wrapping = fyne.TextWrapWord
	p.form = newChoice(kgForms, func(f string) string { return f }, nil)
	p.form.setKey(k.Form)
	p.locality = newChoice([]string{"urban", "rural"}, func(l string) string { return i18n.T("locality." + l) }, nil)
	p.locality.setKey(k.Locality)
	p.save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), p.onSave)
	p.save.Importance = widget.HighImportance
	return p
}

func (p *kgProfile) content() fyne.CanvasObject {
	seed := widget.NewLabel(i18n.T("kg.seed", "id", p.k.ID, "position", p.k.Position))
	form := widget.NewForm(
		widget.NewFormItem(i18n.T("field.name"), p.name),
		widget.NewFormItem(i18n.T("field.short_name"), p.shortName),
		widget.NewFormItem(i18n.T("field.form"), p.form),
		widget.NewFormItem(i18n.T("field.settlement"), p.settlement),
		widget.NewFormItem(i18n.T("field.district"), p.district),
		widget.NewFormItem(i18n.T("field.locality"), p.locality),
		widget.NewFormItem(i18n.T("field.address"), p.address),
		widget.NewFormItem(i18n.T("field.director"), p.director),
		widget.NewFormItem(i18n.T("field.phone"), p.phone),
		widget.NewFormItem(i18n.T("field.email"), p.email),
		widget.NewFormItem(i18n.T("field.notes"), p.notes),
	)
	return container.NewBorder(seed, container.NewHBox(p.save), nil, nil, container.NewVScroll(form))
}

func (p *kgProfile) onSave() {
	k := p.k
	k.Name, k.ShortName, k.Form = p.name.Text, p.shortName.Text, p.form.key()
	k.Settlement, k.District, k.Locality, k.Address = p.settlement.Text, p.district.Text, p.locality.key(), p.address.Text
	k.Director, k.Phone, k.Email, k.Notes = p.director.Text, p.phone.Text, p.email.Text, p.notes.Text
	if err := p.u.store.UpdateKindergarten(p.u.ctx, k); err != nil {
		p.u.showError(err)
		return
	}
	saved, err := p.u.store.Kindergarten(p.u.ctx, k.ID)
	if err != nil {
		p.u.showError(err)
		return
	}
	p.k = saved
	p.onSaved(saved)
	p.u.status(i18n.T("status.saved"))
}
