package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// screen is one section's content. Screens are built afresh each time they
// are opened, so they always show the current data.
type screen interface {
	content() fyne.CanvasObject
}

// section is an entry of the navigation.
type section struct {
	key  string // translation key nav.<key> and identity
	icon fyne.Resource
	make func(u *UI) screen
}

// sections lists every part of Baulu in the order of DESIGN.md.
func sections() []section {
	return []section{
		{"dashboard", theme.HomeIcon(), func(u *UI) screen { return newDashboardScreen(u) }},
		{"kindergartens", theme.ListIcon(), func(u *UI) screen { return newKindergartensScreen(u) }},
		{"monitoring", theme.DocumentCreateIcon(), func(u *UI) screen { return newMonitoringScreen(u) }},
		{"comparison", theme.GridIcon(), func(u *UI) screen { return newComparisonScreen(u) }},
		{"events", theme.CalendarIcon(), func(u *UI) screen { return newEventsScreen(u) }},
		{"visits", theme.NavigateNextIcon(), func(u *UI) screen { return newVisitsScreen(u) }},
		{"practices", theme.ConfirmIcon(), func(u *UI) screen { return newPracticesScreen(u) }},
		{"risks", theme.WarningIcon(), func(u *UI) screen { return newRisksScreen(u) }},
		{"feedback", theme.MailComposeIcon(), func(u *UI) screen { return newFeedbackScreen(u) }},
		{"reports", theme.DocumentPrintIcon(), func(u *UI) screen { return newReportsScreen(u) }},
		{"national", theme.StorageIcon(), func(u *UI) screen { return newNationalScreen(u) }},
		{"settings", theme.SettingsIcon(), func(u *UI) screen { return newSettingsScreen(u) }},
	}
}

// shell is the main layout: navigation on the left, the open section on the
// right, a status line at the bottom.
type shell struct {
	u          *UI
	sections   []section
	nav        *widget.List
	body       *fyne.Container
	current    screen
	currentKey string
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
	centre := widget.NewLabel(s.u.settings.CentreName)
	centre.Wrapping = fyne.TextWrapWord
	left := container.NewBorder(container.NewVBox(head, centre, widget.NewSeparator()), nil, nil, nil, s.nav)
	split := container.NewHSplit(left, s.body)
	split.Offset = 0.18
	if s.currentKey == "" {
		s.nav.Select(0)
	}
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), s.u.statusL), nil, nil, split)
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

// newSectionHook lets tests see a screen before its content is built.
var newSectionHook = func(screen) {}

func (s *shell) show(id int) {
	if c, ok := s.current.(kit.Closer); ok {
		c.Close()
	}
	sec := s.sections[id]
	s.currentKey = sec.key
	s.current = sec.make(s.u)
	newSectionHook(s.current)
	s.u.Status("")
	s.body.Objects = []fyne.CanvasObject{s.current.content()}
	s.body.Refresh()
}

// placeholder stands for a section a later version fills; it shows no data.
type placeholder struct {
	u   *UI
	key string
}

func newPlaceholder(u *UI, key string) *placeholder { return &placeholder{u: u, key: key} }

func (p *placeholder) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav."+p.key), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	msg := widget.NewLabelWithStyle(i18n.T("placeholder.coming"), fyne.TextAlignCenter, fyne.TextStyle{})
	msg.Wrapping = fyne.TextWrapWord
	return container.NewCenter(container.NewVBox(widget.NewIcon(theme.InfoIcon()), title, msg))
}
