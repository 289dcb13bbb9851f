package regional

import (
	"context"
	"fmt"
	"slices"

	"baulu/data"
	"baulu/reports/format"
	"baulu/reports/official"
)

// facts is everything a report says, read once from the store and limited
// to the period.
type facts struct {
	opts     Options
	period   period
	today    data.Date
	settings data.Settings
	region   data.Region
	// off prints the official texts in the report's language.
	off *official.Texts

	kgs     []data.Kindergarten
	kgIndex map[int]int // seed number → index in kgs
	dirs    []data.Direction
	dirByID map[int64]data.Direction
	kgDirs  map[int][]int64 // directions chosen by each kindergarten
	items   []data.EnvItem
	// history has every checklist rating of each kindergarten, oldest
	// first: the environment is shown as it stood at a date.
	history  map[int][]data.EnvRating
	groups   []data.Group // kindergarten order
	blocks   []data.Block
	inds     []data.Indicator // still in use
	allRound []data.Round
	// approvals are the rounds' approvals among the region's
	// kindergartens (issue 18).
	approvals data.ApprovalSummary

	// activity is the centre's work in the period; year all of the pilot
	// year's, for the quarterly report's previous quarter and totals.
	activity
	year  activity
	risks []data.Risk
	// warnings are the region's data gaps as of the report date, as the
	// dashboard lists them (data.Store.DashboardWarnings).
	warnings []data.Warning
	// children counts the children at the end of the period; scoredRound
	// those still in the pilot when the latest round with scores began
	// (the completeness of that round).
	children, scoredRound data.ChildCount

	mon monitoring
}

// activity is the centre's work: events, visits, practices, feedback and
// corrections, each oldest first.
type activity struct {
	events      []data.Event
	visits      []data.Visit
	practices   []data.Practice
	feedback    []data.Feedback
	corrections []data.Correction
}

// within keeps the work dated inside p.
func (a activity) within(p period) activity {
	return activity{
		events:      keep(a.events, func(e data.Event) bool { return p.contains(e.HeldOn) }),
		visits:      keep(a.visits, func(v data.Visit) bool { return p.contains(v.VisitedOn) }),
		practices:   keep(a.practices, func(x data.Practice) bool { return p.contains(x.IdentifiedOn) }),
		feedback:    keep(a.feedback, func(x data.Feedback) bool { return p.contains(x.ReceivedOn) }),
		corrections: keep(a.corrections, func(x data.Correction) bool { return p.contains(x.ChangedOn) }),
	}
}

// load reads the region's settings, kindergartens, groups and framework;
// loadMonitoring and loadActivity read the rest.
func load(ctx context.Context, s *data.Store, o Options) (*facts, error) {
	o, err := WithPeriod(ctx, s, o)
	if err != nil {
		return nil, fmt.Errorf("read period: %w", err)
	}
	if o.Kind == Quarterly && o.Quarter > o.Period.Quarters() {
		return nil, fmt.Errorf("quarter %d (1–%d): %w", o.Quarter, o.Period.Quarters(), ErrOptions)
	}
	f := &facts{opts: o, period: periodOf(o), today: data.DateOf(o.Now)}
	if f.settings, err = s.Settings(ctx); err != nil {
		return nil, fmt.Errorf("read settings: %w", err)
	}
	if !f.settings.Configured() {
		return nil, fmt.Errorf("no region chosen in settings: %w", ErrOptions)
	}
	code := f.settings.RegionCode
	if f.region, err = s.Region(ctx, code); err != nil {
		return nil, fmt.Errorf("region %s: %w", code, err)
	}
	f.off = official.New(o.Lang, f.settings, f.region)
	if err := f.loadKindergartens(ctx, s); err != nil {
		return nil, err
	}
	if f.blocks, err = s.Blocks(ctx); err != nil {
		return nil, fmt.Errorf("indicator blocks: %w", err)
	}
	if f.inds, err = s.Indicators(ctx, false); err != nil {
		return nil, fmt.Errorf("indicators: %w", err)
	}
	if f.approvals, err = s.ApprovalSummary(ctx, code); err != nil {
		return nil, fmt.Errorf("approvals: %w", err)
	}
	if f.allRound, err = s.Rounds(ctx); err != nil {
		return nil, fmt.Errorf("rounds: %w", err)
	}
	return f, nil
}

// loadKindergartens reads the kindergartens, their directions, checklist
// ratings and groups.
func (f *facts) loadKindergartens(ctx context.Context, s *data.Store) error {
	var err error
	if f.kgs, err = s.Kindergartens(ctx, f.settings.RegionCode); err != nil {
		return fmt.Errorf("kindergartens: %w", err)
	}
	if f.dirs, err = s.Directions(ctx, true); err != nil {
		return fmt.Errorf("directions: %w", err)
	}
	f.dirByID = map[int64]data.Direction{}
	for _, d := range f.dirs {
		f.dirByID[d.ID] = d
	}
	if f.items, err = s.EnvItems(ctx); err != nil {
		return fmt.Errorf("checklist items: %w", err)
	}
	f.kgIndex, f.kgDirs, f.history = map[int]int{}, map[int][]int64{}, map[int][]data.EnvRating{}
	for i, k := range f.kgs {
		f.kgIndex[k.ID] = i
		if f.kgDirs[k.ID], err = s.KindergartenDirections(ctx, k.ID); err != nil {
			return fmt.Errorf("directions of kindergarten %d: %w", k.ID, err)
		}
		if f.history[k.ID], err = s.EnvRatingHistory(ctx, k.ID, 0); err != nil {
			return fmt.Errorf("checklist of kindergarten %d: %w", k.ID, err)
		}
		gs, err := s.Groups(ctx, k.ID)
		if err != nil {
			return fmt.Errorf("groups of kindergarten %d: %w", k.ID, err)
		}
		f.groups = append(f.groups, gs...)
	}
	return nil
}

// loadActivity reads the centre's work of the pilot year and keeps what
// falls in the period, and the region's data gaps.
func (f *facts) loadActivity(ctx context.Context, s *data.Store) error {
	p, code := f.period, f.settings.RegionCode
	year := period{f.opts.Period.Start, f.opts.Period.End}
	events, err := s.Events(ctx, data.EventFilter{RegionCode: code})
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	slices.Reverse(events) // the store lists the latest first
	visits, err := s.Visits(ctx, code)
	if err != nil {
		return fmt.Errorf("visits: %w", err)
	}
	slices.SortStableFunc(visits, func(a, b data.Visit) int { return compareDates(a.VisitedOn, b.VisitedOn) })
	practices, err := s.Practices(ctx, code)
	if err != nil {
		return fmt.Errorf("practices: %w", err)
	}
	slices.SortStableFunc(practices, func(a, b data.Practice) int { return compareDates(a.IdentifiedOn, b.IdentifiedOn) })
	fb, err := s.Feedbacks(ctx, code)
	if err != nil {
		return fmt.Errorf("feedback: %w", err)
	}
	slices.SortStableFunc(fb, func(a, b data.Feedback) int { return compareDates(a.ReceivedOn, b.ReceivedOn) })
	cs, err := s.Corrections(ctx, code)
	if err != nil {
		return fmt.Errorf("corrections: %w", err)
	}
	slices.SortStableFunc(cs, func(a, b data.Correction) int { return compareDates(a.ChangedOn, b.ChangedOn) })
	f.year = activity{events, visits, practices, fb, cs}.within(year)
	f.activity = f.year.within(p)

	risks, err := s.Risks(ctx, code)
	if err != nil {
		return fmt.Errorf("risks: %w", err)
	}
	// A risk belongs to the period when it was known by its end and not
	// closed before its start.
	f.risks = keep(risks, func(r data.Risk) bool {
		return !r.IdentifiedOn.After(p.to) && (r.ClosedOn.IsZero() || !r.ClosedOn.Before(p.from))
	})
	slices.SortStableFunc(f.risks, func(a, b data.Risk) int {
		if a.Score() != b.Score() {
			return b.Score() - a.Score()
		}
		return compareDates(a.IdentifiedOn, b.IdentifiedOn)
	})
	if f.warnings, err = s.DashboardWarnings(ctx, code, f.today); err != nil {
		return fmt.Errorf("data gaps: %w", err)
	}
	if f.children, err = s.CountChildren(ctx, code, p.to); err != nil {
		return fmt.Errorf("children: %w", err)
	}
	if d := f.mon.dist; len(d) > 0 {
		if f.scoredRound, err = s.CountChildren(ctx, code, d[len(d)-1].round.Start); err != nil {
			return fmt.Errorf("children: %w", err)
		}
	}
	return nil
}

func keep[T any](xs []T, ok func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

func compareDates(a, b data.Date) int { return a.Time().Compare(b.Time()) }

// kgName is a kindergarten's official name in the report's language, or
// a dash.
func (f *facts) kgName(id int) string {
	if i, ok := f.kgIndex[id]; ok {
		return f.off.KindergartenName(f.kgs[i])
	}
	return format.Dash
}

// kgLabel is the short label of a kindergarten for charts and narrow
// cells: its proper name in quotes («Тамаша»).
func (f *facts) kgLabel(id int) string {
	if i, ok := f.kgIndex[id]; ok {
		return f.off.KindergartenLabel(f.kgs[i])
	}
	return format.Dash
}

// dirName is a direction's name in the report language, or "".
func (f *facts) dirName(id int64) string {
	if d, ok := f.dirByID[id]; ok {
		return d.Name(f.opts.Lang)
	}
	return ""
}

// groupCounts counts groups and children by role.
func (f *facts) groupCounts() (ge, gc, ce, cc int) {
	for _, g := range f.groups {
		if g.Role == data.RoleControl {
			gc++
			cc += g.Children
		} else {
			ge++
			ce += g.Children
		}
	}
	return ge, gc, ce, cc
}
