package ui

// The screens with tabs, for `baulu screenshots` (tabbedScreen).

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

func (m *monitoringScreen) TabCount() int {
	if m.tabs == nil {
		return 0
	}
	return len(m.tabs.Items)
}

func (m *monitoringScreen) ShowTab(i int) { m.selectTab(i) }
