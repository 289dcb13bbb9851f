package ui

import (
	"baulu/data"
	"baulu/ui/kit"
)

// The activity screens offer their form dialogs (and the feedback screen its
// second tab) to `baulu screenshots`, so reviewers see every form in kk and ru.

// hideForm closes the form dialog last opened.
func (u *UI) hideForm() {
	if u.dialogs.Form != nil {
		u.dialogs.Form.Dlg.Hide()
	}
}

// firstOr is the first shown row of a list, or zero when it is empty.
func firstOr[T any](rt *kit.RecordTable[T]) (T, bool) {
	var zero T
	if len(rt.Shown()) == 0 {
		return zero, false
	}
	return rt.Shown()[0], true
}

// formShot captures the edit dialog of the first row (the add dialog when
// the list is empty).
func formShot[T any](name string, u *UI, rt *kit.RecordTable[T], edit func(T), empty T) screenShot {
	return screenShot{name: name, show: func() {
		r, ok := firstOr(rt)
		if !ok {
			r = empty
		}
		edit(r)
	}, hide: u.hideForm}
}

func (d *dashboardScreen) shots() []screenShot {
	// The lower half: the rest of the warnings and the completeness table.
	return []screenShot{{name: "lower", show: func() { d.scroll.ScrollToBottom() }, hide: d.scroll.ScrollToTop}}
}

func (s *eventsScreen) shots() []screenShot {
	return []screenShot{formShot("form", s.u, s.table, s.edit, data.Event{RegionCode: s.u.settings.RegionCode})}
}

func (s *visitsScreen) shots() []screenShot {
	return []screenShot{formShot("form", s.u, s.table, s.edit, data.Visit{})}
}

func (s *practicesScreen) shots() []screenShot {
	// The practice with the most events shows the dissemination list at work.
	best, ok := firstOr(s.table)
	for _, p := range s.table.Shown() {
		if len(p.EventIDs) > len(best.EventIDs) {
			best = p
		}
	}
	return []screenShot{{name: "form", show: func() {
		if !ok {
			best = data.Practice{}
		}
		s.edit(best)
	}, hide: s.u.hideForm}}
}

func (s *risksScreen) shots() []screenShot {
	return []screenShot{formShot("form", s.u, s.table, s.edit, data.Risk{RegionCode: s.u.settings.RegionCode})}
}

func (s *feedbackScreen) shots() []screenShot {
	return []screenShot{
		formShot("form", s.u, s.fb.table, s.fb.edit, data.Feedback{RegionCode: s.u.settings.RegionCode}),
		{name: "corrections", show: func() { s.tabs.SelectIndex(1) }},
		formShot("corrections-form", s.u, s.corr.table, s.corr.edit, data.Correction{RegionCode: s.u.settings.RegionCode}),
	}
}
