package kindergartens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// kindergartensScreen shows the region's five kindergartens; for the chosen
// one: its profile, directions, environment checklist, groups and children.
type kindergartensScreen struct {
	h        shell
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

func newKindergartensScreen(h shell) *kindergartensScreen {
	s := &kindergartensScreen{h: h, selected: -1, detail: container.NewStack()}
	kgs, err := h.Store().Kindergartens(h.Context(), h.Settings().RegionCode)
	if err != nil {
		h.ShowError(err)
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
			o.(*widget.Label).SetText(kit.KgLabel(k))
		})
	s.list.OnSelected = s.onKindergartenSelected
	return s
}

func (s *kindergartensScreen) Content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.kindergartens"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	split := container.NewHSplit(container.NewBorder(title, nil, nil, nil, s.list), s.detail)
	split.Offset = 0.25
	if len(s.kgs) > 0 {
		s.list.Select(0)
	}
	return split
}

// Tabs of a kindergarten, in order.
const (
	tabProfile = iota
	tabDirections
	tabEnvironment
	tabGroups
)

// Focus shows kindergarten t.KindergartenID on its groups tab, with group
// t.GroupID selected when it is not 0.
func (s *kindergartensScreen) Focus(t kit.Target) {
	for i, k := range s.kgs {
		if k.ID == t.KindergartenID {
			s.list.Select(i)
		}
	}
	if s.tabs == nil {
		return
	}
	s.tabs.SelectIndex(tabGroups)
	if t.GroupID != 0 {
		s.groups.table.SelectWhere(func(g data.Group) bool { return g.ID == t.GroupID })
	}
}

func (s *kindergartensScreen) onKindergartenSelected(id widget.ListItemID) {
	s.selected = id
	k := s.kgs[id]
	s.profile = newKgProfile(s.h, k, func(saved data.Kindergarten) {
		s.kgs[id] = saved
		s.list.RefreshItem(id)
	})
	s.dirs = newKgDirections(s.h, k.ID)
	s.env = newKgEnvironment(s.h, k.ID)
	s.groups = newKgGroups(s.h, k)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("kg.tab.profile"), theme.InfoIcon(), s.profile.content()),
		container.NewTabItemWithIcon(i18n.T("kg.tab.directions"), theme.ListIcon(), s.dirs.content()),
		container.NewTabItemWithIcon(i18n.T("kg.tab.environment"), theme.CheckButtonCheckedIcon(), s.env.content()),
		container.NewTabItemWithIcon(i18n.T("kg.tab.groups"), theme.AccountIcon(), s.groups.content()),
	)
	s.tabs.OnSelected = func(*container.TabItem) {
		if s.tabs.SelectedIndex() == tabEnvironment {
			s.env.reload() // directions may have changed on the other tab
		}
	}
	s.detail.Objects = []fyne.CanvasObject{s.tabs}
	s.detail.Refresh()
}

// kgProfile is the profile form of one kindergarten (docs/ARCHITECTURE.md).
type kgProfile struct {
	h       shell
	k       data.Kindergarten
	onSaved func(data.Kindergarten)
	form    *kit.Form
	save    *widget.Button
}

var kgForms = []string{"КМҚК", "МКҚК", "ЖШС", "ЖК", "жекеменшік", "филиал"}

func newKgProfile(h shell, k data.Kindergarten, onSaved func(data.Kindergarten)) *kgProfile {
	p := &kgProfile{h: h, k: k, onSaved: onSaved}
	form := kit.NewChoice(kgForms, func(f string) string { return f }, nil)
	form.SetKey(k.Form)
	locality := kit.NewChoice([]string{"urban", "rural"}, func(l string) string { return kit.Label("locality.", l) }, nil)
	locality.SetKey(k.Locality)
	p.form = kit.NewForm(
		kit.TextArea("name", k.Name, 2),
		// Entered once for the Russian reports; until then the name the
		// rule derives from the order's, when it can (data).
		kit.TextArea("name_ru", k.NameRU, 2),
		kit.Text("short_name", k.ShortName),
		kit.Pick("form", form),
		kit.Text("settlement", k.Settlement),
		kit.Text("settlement_ru", k.SettlementRU),
		kit.Text("district", k.District),
		kit.Pick("locality", locality),
		kit.Text("address", k.Address),
		kit.Text("director", k.Director),
		kit.Text("phone", k.Phone),
		kit.Text("email", k.Email),
		kit.TextArea("notes", k.Notes, 0),
	)
	p.save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), p.onSave)
	p.save.Importance = widget.HighImportance
	return p
}

func (p *kgProfile) content() fyne.CanvasObject {
	seed := widget.NewLabel(i18n.T("kg.seed", "id", p.k.ID, "position", p.k.Position))
	return container.NewBorder(seed, container.NewHBox(p.save), nil, nil, p.form.Scrolled())
}

func (p *kgProfile) onSave() {
	f, k := p.form, p.k
	k.Name, k.ShortName, k.Form = f.Text("name"), f.Text("short_name"), f.Choice("form").Key()
	k.NameRU, k.SettlementRU = f.Text("name_ru"), f.Text("settlement_ru")
	k.Settlement, k.District, k.Locality, k.Address = f.Text("settlement"), f.Text("district"), f.Choice("locality").Key(), f.Text("address")
	k.Director, k.Phone, k.Email, k.Notes = f.Text("director"), f.Text("phone"), f.Text("email"), f.Text("notes")
	if err := p.h.Store().UpdateKindergarten(p.h.Context(), k); err != nil {
		f.Refuse(p.h, err)
		return
	}
	saved, err := p.h.Store().Kindergarten(p.h.Context(), k.ID)
	if err != nil {
		p.h.ShowError(err)
		return
	}
	p.k = saved
	p.onSaved(saved)
	p.h.Status(i18n.T("status.saved"))
}

// TabCount and ShowTab show the tabs to `baulu screenshots` (the groups tab
// with a group selected, so its children show too).
func (s *kindergartensScreen) TabCount() int {
	if s.tabs == nil {
		return 0
	}
	return len(s.tabs.Items)
}

func (s *kindergartensScreen) ShowTab(i int) {
	s.tabs.SelectIndex(i)
	if i == tabGroups && len(s.groups.table.Shown()) > 0 {
		s.groups.table.SelectRow(0) // show a group's children too
	}
}
