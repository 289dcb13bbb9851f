package activity

import (
	"baulu/data"
	"baulu/ui/kit"
)

// The activity screens offer their form dialogs (and the feedback screen its
// second tab) to `baulu screenshots`, so reviewers see every form in kk and ru.

func (s *eventsScreen) Shots() []kit.Shot {
	return []kit.Shot{kit.FormShot("form", s.h.Dialogs(), s.table, s.edit, data.Event{RegionCode: s.h.Settings().RegionCode})}
}

func (s *visitsScreen) Shots() []kit.Shot {
	return []kit.Shot{kit.FormShot("form", s.h.Dialogs(), s.table, s.edit, data.Visit{})}
}

func (s *practicesScreen) Shots() []kit.Shot {
	// The practice with the most events shows the dissemination list at work.
	best, ok := s.table.First()
	for _, p := range s.table.Shown() {
		if len(p.EventIDs) > len(best.EventIDs) {
			best = p
		}
	}
	return []kit.Shot{{Name: "form", Show: func() {
		if !ok {
			best = data.Practice{}
		}
		s.edit(best)
	}, Hide: s.h.Dialogs().HideForm}}
}

func (s *risksScreen) Shots() []kit.Shot {
	return []kit.Shot{kit.FormShot("form", s.h.Dialogs(), s.table, s.edit, data.Risk{RegionCode: s.h.Settings().RegionCode})}
}

func (s *feedbackScreen) Shots() []kit.Shot {
	return []kit.Shot{
		kit.FormShot("form", s.h.Dialogs(), s.fb.table, s.fb.edit, data.Feedback{RegionCode: s.h.Settings().RegionCode}),
		{Name: "corrections", Show: func() { s.tabs.SelectIndex(1) }},
		kit.FormShot("corrections-form", s.h.Dialogs(), s.corr.table, s.corr.edit, data.Correction{RegionCode: s.h.Settings().RegionCode}),
	}
}
