package settings

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"baulu/ui/i18n"
)

// Settings tabs, in order.
const (
	settingsGeneral = iota
	settingsBackups
	settingsPackage
	settingsPeriod
)

// content shows the settings as tabs: «General» (the form of settings.go),
// «Backups», «Region package» and «Pilot period» (period.go).
func (s *settingsScreen) Content() fyne.CanvasObject {
	s.backups = newBackupsTab(s.h)
	s.pkg = newPackageTab(s.h)
	s.period = newPeriodTab(s.h)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("set.tab.general"), theme.SettingsIcon(), s.general()),
		container.NewTabItemWithIcon(i18n.T("set.tab.backups"), theme.HistoryIcon(), s.backups.content()),
		container.NewTabItemWithIcon(i18n.T("set.tab.package"), theme.StorageIcon(), s.pkg.content()),
		container.NewTabItemWithIcon(i18n.T("set.tab.period"), theme.CalendarIcon(), s.period.content()),
	)
	// The backups folder may have changed while another tab was shown.
	s.tabs.OnSelected = func(t *container.TabItem) {
		if s.tabs.SelectedIndex() == settingsBackups {
			s.backups.reload()
		}
	}
	return s.tabs
}

// TabCount and ShowTab show the tabs to `baulu screenshots`.
func (s *settingsScreen) TabCount() int {
	if s.tabs == nil {
		return 0
	}
	return len(s.tabs.Items)
}

func (s *settingsScreen) ShowTab(i int) { s.tabs.SelectIndex(i) }
