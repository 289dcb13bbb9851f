package ui

import "baulu/ui/i18n"

// The screens with tabs, for `baulu screenshots` (tabbedScreen).

func (s *kindergartensScreen) tabCount() int {
	if s.tabs == nil {
		return 0
	}
	return len(s.tabs.Items)
}

func (s *kindergartensScreen) showTab(i int) {
	s.tabs.SelectIndex(i)
	if s.tabs.Selected().Text == i18n.T("kg.tab.groups") && len(s.groups.table.Shown()) > 0 {
		s.groups.table.SelectRow(0) // show a group's children too
	}
}

func (c *comparisonScreen) tabCount() int {
	if c.view == nil || c.tabs == nil {
		return 0
	}
	return len(c.tabs.Items)
}

func (c *comparisonScreen) showTab(i int) { c.tabs.SelectIndex(i) }

func (s *settingsScreen) tabCount() int {
	if s.tabs == nil {
		return 0
	}
	return len(s.tabs.Items)
}

func (s *settingsScreen) showTab(i int) { s.tabs.SelectIndex(i) }

func (m *monitoringScreen) tabCount() int {
	if m.tabs == nil {
		return 0
	}
	return len(m.tabs.Items)
}

func (m *monitoringScreen) showTab(i int) { m.selectTab(i) }

func (r *reportsScreen) tabCount() int {
	if r.tabs == nil {
		return 0
	}
	return len(r.tabs.Items)
}

func (r *reportsScreen) showTab(i int) { r.tabs.SelectIndex(i) }
