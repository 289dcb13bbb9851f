package monitoring

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// monitoringScreen collects the monitoring results (docs/ARCHITECTURE.md): grid
// entry of scores, the indicator framework, the rounds, Excel templates and
// import, and how complete the entry is.
type monitoringScreen struct {
	h    shell
	tabs *container.AppTabs

	scores       *monScores
	framework    *monFramework
	rounds       *monRounds
	excel        *monExcel
	completeness *monCompleteness
}

func newMonitoringScreen(h shell) *monitoringScreen {
	m := &monitoringScreen{h: h}
	m.scores = newMonScores(h)
	m.framework = newMonFramework(h)
	m.rounds = newMonRounds(h)
	m.excel = newMonExcel(h, m.scores.reload)
	m.completeness = newMonCompleteness(h)
	return m
}

func (m *monitoringScreen) Content() fyne.CanvasObject {
	m.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("mon.tab.scores"), theme.DocumentCreateIcon(), m.scores.content()),
		container.NewTabItemWithIcon(i18n.T("mon.tab.framework"), theme.ListIcon(), m.framework.content()),
		container.NewTabItemWithIcon(i18n.T("mon.tab.rounds"), theme.CalendarIcon(), m.rounds.content()),
		container.NewTabItemWithIcon(i18n.T("mon.tab.excel"), theme.FileIcon(), m.excel.content()),
		container.NewTabItemWithIcon(i18n.T("mon.tab.completeness"), theme.GridIcon(), m.completeness.content()),
	)
	m.tabs.OnSelected = func(*container.TabItem) { m.onTab(m.tabs.SelectedIndex()) }
	return m.tabs
}

// onTab re-reads what another tab may have changed: indicators and rounds
// shape the grid, the grid and imports change the completeness.
func (m *monitoringScreen) onTab(i int) {
	switch i {
	case 0:
		m.scores.picker.reload()
		m.scores.reload()
		m.scores.focus()
	case 3:
		m.excel.picker.reload()
	case 4:
		m.completeness.reload()
	}
}

// selectTab opens tab i as a user's click would (tests, screenshots).
func (m *monitoringScreen) selectTab(i int) { m.tabs.SelectIndex(i) }

// Focus shows the scores of kindergarten t.KindergartenID in round
// t.RoundID; the dashboard's "missing scores" warning opens it.
func (m *monitoringScreen) Focus(t kit.Target) {
	roundID, kindergartenID := t.RoundID, t.KindergartenID
	if m.tabs != nil {
		m.tabs.SelectIndex(0)
	}
	p := m.scores.picker
	for i, k := range p.kgs {
		if k.ID == kindergartenID {
			p.kg.SetSelectedIndex(i)
		}
	}
	for i, r := range p.rounds {
		if r.ID == roundID {
			p.round.SetSelectedIndex(i)
		}
	}
}

// TabCount and ShowTab show the tabs to `baulu screenshots`.
func (m *monitoringScreen) TabCount() int {
	if m.tabs == nil {
		return 0
	}
	return len(m.tabs.Items)
}

func (m *monitoringScreen) ShowTab(i int) { m.selectTab(i) }
