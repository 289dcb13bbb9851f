package ui

import (
	"baulu/data"
	"baulu/ui/i18n"
)

// focuser is a screen that can select one of its records by ID.
type focuser interface{ focus(id int64) }

// roundFocuser is a monitoring screen that can show one round of one
// kindergarten; until the monitoring screen offers it, the warning just
// opens the section.
type roundFocuser interface {
	focusRound(roundID int64, kindergartenID int)
}

// openWarning takes the user to the place where a dashboard warning is fixed.
func (u *UI) openWarning(w data.Warning) {
	switch w.Kind {
	case data.WarnNoControlGroup, data.WarnEmptyGroup, data.WarnNoConsent:
		u.openGroups(w.KindergartenID, w.GroupID)
	case data.WarnMissingScores:
		u.shell.open("monitoring")
		if m, ok := u.shell.current.(roundFocuser); ok {
			m.focusRound(w.RoundID, w.KindergartenID)
		}
	case data.WarnOverdueFollowup:
		u.openRecord("visits", w.VisitID)
	case data.WarnHighRisk:
		u.openRecord("risks", w.RiskID)
	}
}

// openRecord opens a section and selects a record in it.
func (u *UI) openRecord(section string, id int64) {
	u.shell.open(section)
	if f, ok := u.shell.current.(focuser); ok {
		f.focus(id)
	}
}

// openGroups opens a kindergarten on its groups tab, with a group selected
// when groupID is not 0.
func (u *UI) openGroups(kgID int, groupID int64) {
	u.shell.open("kindergartens")
	ks, ok := u.shell.current.(*kindergartensScreen)
	if !ok {
		return
	}
	for i, k := range ks.kgs {
		if k.ID == kgID {
			ks.list.Select(i)
		}
	}
	if ks.tabs == nil {
		return
	}
	for i, t := range ks.tabs.Items {
		if t.Text == i18n.T("kg.tab.groups") {
			ks.tabs.SelectIndex(i)
		}
	}
	if groupID != 0 {
		ks.groups.table.SelectWhere(func(g data.Group) bool { return g.ID == groupID })
	}
}
