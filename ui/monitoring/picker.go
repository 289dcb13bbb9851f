package monitoring

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// monPicker chooses a kindergarten of the region, one of its groups and a
// round — the three selects above the grid and in the Excel tab. With
// allGroups the group list starts with «all groups» (a whole-kindergarten
// template).
type monPicker struct {
	h         shell
	allGroups bool
	onChange  func() // after any choice changed (not while loading)

	kgs    []data.Kindergarten
	groups []data.Group
	rounds []data.Round

	kg, group, round *widget.Select
	loading          bool
}

func newMonPicker(h shell, allGroups bool, onChange func()) *monPicker {
	p := &monPicker{h: h, allGroups: allGroups, onChange: onChange}
	newSelect := func(changed func()) *widget.Select {
		s := widget.NewSelect(nil, func(string) {
			if !p.loading {
				changed()
			}
		})
		s.PlaceHolder = i18n.T("select.placeholder")
		return s
	}
	p.kg = newSelect(func() { p.loadGroups(0); p.changed() })
	p.group = newSelect(p.changed)
	p.round = newSelect(p.changed)
	p.reload()
	return p
}

func (p *monPicker) changed() {
	if p.onChange != nil {
		p.onChange()
	}
}

// reload reads kindergartens and rounds again, keeping the choices that
// still exist; a round is chosen by today's date the first time.
func (p *monPicker) reload() {
	p.loading = true
	defer func() { p.loading = false }()
	kgID, groupID, roundID := p.kgID(), p.groupID(), p.roundID()
	kgs, err := p.h.Store().Kindergartens(p.h.Context(), p.h.Settings().RegionCode)
	if err != nil {
		p.h.ShowError(err)
	}
	rounds, err := p.h.Store().Rounds(p.h.Context())
	if err != nil {
		p.h.ShowError(err)
	}
	p.kgs, p.rounds = kgs, rounds
	var opts []string
	at := 0
	for i, k := range kgs {
		opts = append(opts, kit.KgLabel(k))
		if k.ID == kgID {
			at = i
		}
	}
	p.kg.Options = opts
	if len(kgs) > 0 {
		p.kg.SetSelectedIndex(at)
	} else {
		p.kg.ClearSelected()
	}
	opts = nil
	at = defaultRound(rounds, p.h.Store().Today())
	for i, r := range rounds {
		opts = append(opts, r.Name(i18n.Current()))
		if r.ID == roundID {
			at = i
		}
	}
	p.round.Options = opts
	if len(rounds) > 0 {
		p.round.SetSelectedIndex(at)
	} else {
		p.round.ClearSelected()
	}
	p.loadGroups(groupID)
}

// defaultRound is the round under way today, else the last one begun, else
// the first.
func defaultRound(rounds []data.Round, today data.Date) int {
	at := 0
	for i, r := range rounds {
		if !r.Start.After(today) {
			at = i
			if !r.End.Before(today) {
				return i
			}
		}
	}
	return at
}

// loadGroups lists the chosen kindergarten's groups, choosing keep if it is
// there, else the first.
func (p *monPicker) loadGroups(keep int64) {
	was := p.loading
	p.loading = true
	defer func() { p.loading = was }()
	p.groups = nil
	if id := p.kgID(); id != 0 {
		groups, err := p.h.Store().Groups(p.h.Context(), id)
		if err != nil {
			p.h.ShowError(err)
		}
		p.groups = groups
	}
	var opts []string
	at := 0
	if p.allGroups {
		opts = append(opts, i18n.T("mon.all_groups"))
	}
	for _, g := range p.groups {
		if g.ID == keep {
			at = len(opts)
		}
		opts = append(opts, groupLabel(g))
	}
	p.group.Options = opts
	if len(opts) > 0 {
		p.group.SetSelectedIndex(at)
	} else {
		p.group.ClearSelected()
	}
}

// groupLabel names a group in the selects: code, name and role.
func groupLabel(g data.Group) string {
	return fmt.Sprintf("%s — %s (%s)", g.Code, g.Name, i18n.T("role.short."+g.Role))
}

func (p *monPicker) kgID() int {
	if i := p.kg.SelectedIndex(); i >= 0 && i < len(p.kgs) {
		return p.kgs[i].ID
	}
	return 0
}

// groupID is the chosen group; 0 for none or «all groups».
func (p *monPicker) groupID() int64 {
	i := p.group.SelectedIndex()
	if p.allGroups {
		i--
	}
	if i >= 0 && i < len(p.groups) {
		return p.groups[i].ID
	}
	return 0
}

func (p *monPicker) roundID() int64 {
	if i := p.round.SelectedIndex(); i >= 0 && i < len(p.rounds) {
		return p.rounds[i].ID
	}
	return 0
}

// set chooses by ids (tests, and the Excel tab following the grid).
func (p *monPicker) set(kgID int, groupID, roundID int64) {
	p.loading = true
	for i, k := range p.kgs {
		if k.ID == kgID {
			p.kg.SetSelectedIndex(i)
		}
	}
	for i, r := range p.rounds {
		if r.ID == roundID {
			p.round.SetSelectedIndex(i)
		}
	}
	p.loading = false
	p.loadGroups(groupID)
	p.changed()
}

// content lays the three selects out in a row, each with its label; the
// kindergarten and group share most of the width, the round the rest.
func (p *monPicker) content() fyne.CanvasObject {
	field := func(key string, s *widget.Select) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(i18n.T(key)), nil, s)
	}
	return container.New(kit.Weights{2, 2, 1},
		field("field.kindergarten", p.kg),
		field("field.group", p.group),
		field("field.round", p.round),
	)
}
