package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/activity"
	"baulu/ui/comparison"
	"baulu/ui/dashboard"
	"baulu/ui/history"
	"baulu/ui/i18n"
	"baulu/ui/kindergartens"
	"baulu/ui/kit"
	"baulu/ui/monitoring"
	"baulu/ui/national"
	"baulu/ui/reports"
	"baulu/ui/settings"
)

// section is an entry of the navigation.
type section struct {
	key  string // text nav.<key> and identity
	icon fyne.Resource
	make func(u *UI) kit.Screen
}

// sections lists every part of Baulu in the order of the navigation
// (docs/ARCHITECTURE.md).
func sections() []section {
	return []section{
		{kit.Dashboard, theme.HomeIcon(), func(u *UI) kit.Screen { return dashboard.New(u) }},
		{kit.Kindergartens, theme.ListIcon(), func(u *UI) kit.Screen { return kindergartens.New(u) }},
		{kit.Monitoring, theme.DocumentCreateIcon(), func(u *UI) kit.Screen { return monitoring.New(u) }},
		{kit.Comparison, theme.GridIcon(), func(u *UI) kit.Screen { return comparison.New(u) }},
		{kit.Events, theme.CalendarIcon(), func(u *UI) kit.Screen { return activity.NewEvents(u) }},
		{kit.Visits, theme.NavigateNextIcon(), func(u *UI) kit.Screen { return activity.NewVisits(u) }},
		{kit.Practices, theme.ConfirmIcon(), func(u *UI) kit.Screen { return activity.NewPractices(u) }},
		{kit.Risks, theme.WarningIcon(), func(u *UI) kit.Screen { return activity.NewRisks(u) }},
		{kit.Feedback, theme.MailComposeIcon(), func(u *UI) kit.Screen { return activity.NewFeedback(u) }},
		{kit.Reports, theme.DocumentPrintIcon(), func(u *UI) kit.Screen { return reports.New(u) }},
		{history.Section, theme.HistoryIcon(), func(u *UI) kit.Screen { return history.New(u) }},
		{kit.National, theme.StorageIcon(), func(u *UI) kit.Screen { return national.New(u) }},
		{kit.Settings, theme.SettingsIcon(), func(u *UI) kit.Screen { return settings.New(u) }},
	}
}

// shell is the main layout: navigation on the left, the open section on the
// right, a status line at the bottom.
type shell struct {
	u          *UI
	sections   []section
	nav        *widget.List
	body       *fyne.Container
	current    kit.Screen
	currentKey string
	// narrow: the navigation shows icons only (a small screen's room goes
	// to the section); head is what it hides with the names.
	narrow bool
	head   *fyne.Container
	icons  *container.Scroll // the sections as icon buttons, shown when narrow
	split  *container.Split
	toggle *widget.Button
}

func newShell(u *UI) *shell {
	s := &shell{u: u, sections: sections(), body: container.NewStack()}
	s.nav = widget.NewList(
		func() int { return len(s.sections) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Әдістемелік орталық"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Icon).SetResource(s.sections[id].icon)
			box.Objects[1].(*widget.Label).SetText(i18n.T("nav." + s.sections[id].key))
		})
	s.nav.OnSelected = func(id widget.ListItemID) { s.show(id) }
	return s
}

func (s *shell) content() fyne.CanvasObject {
	region, _ := s.u.store.Region(s.u.ctx, s.u.settings.RegionCode)
	head := widget.NewLabelWithStyle(kit.Capitalize(region.Name(s.u.lang())), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	if s.u.settings.Institute {
		head.SetText(i18n.T("firstrun.institute"))
	}
	// The centre in the window's language where its Russian name is known.
	centre := widget.NewLabel(kit.InWindowLanguage(s.u.settings.CentreName, s.u.settings.CentreNameRU))
	centre.Wrapping = fyne.TextWrapWord
	s.head = container.NewVBox(head, centre)
	s.toggle = widget.NewButtonWithIcon("", theme.MenuIcon(), s.toggleNarrow)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, s.toggle, s.head), widget.NewSeparator())
	icons := container.NewVBox()
	for _, sec := range s.sections {
		key := sec.key
		icons.Add(newNavButton(i18n.T("nav."+key), sec.icon, s.u.statusL, func() { s.open(key) }))
	}
	s.icons = container.NewVScroll(icons)
	s.icons.Hide()
	left := container.NewBorder(top, nil, nil, nil, container.NewStack(s.nav, s.icons))
	s.split = container.NewHSplit(left, s.body)
	s.split.Offset = 0.18
	if s.currentKey == "" {
		s.nav.Select(0)
	}
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), s.u.statusL), nil, nil, s.split)
}

// toggleNarrow folds the navigation to its icons, or opens it again.
func (s *shell) toggleNarrow() {
	s.narrow = !s.narrow
	if s.narrow {
		s.head.Hide()
		s.nav.Hide()
		s.icons.Show()
		s.split.SetOffset(0)
	} else {
		s.head.Show()
		s.nav.Show()
		s.icons.Hide()
		s.split.SetOffset(0.18)
	}
}

// open shows the section with key (used after a language switch and by tests).
func (s *shell) open(key string) {
	for i, sec := range s.sections {
		if sec.key == key {
			s.nav.Select(i)
			return
		}
	}
}

func (s *shell) show(id int) {
	if c, ok := s.current.(kit.Closer); ok {
		c.Close()
	}
	sec := s.sections[id]
	s.currentKey = sec.key
	s.current = s.u.screen(sec)
	s.u.Status("")
	// A screen wider or taller than the window scrolls inside it, so the
	// window itself fits a small screen (1024 × 768 with a taskbar).
	s.body.Objects = []fyne.CanvasObject{container.NewScroll(s.current.Content())}
	s.body.Refresh()
}
