package ui

// The screens with tabs, for `baulu screenshots` (tabbedScreen).

func (m *monitoringScreen) TabCount() int {
	if m.tabs == nil {
		return 0
	}
	return len(m.tabs.Items)
}

func (m *monitoringScreen) ShowTab(i int) { m.selectTab(i) }
