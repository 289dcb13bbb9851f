package national

import (
	"context"
	"fmt"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/reports/official"
	"baulu/seeds"
)

// regionFacts is what the report says about one region with data.
type regionFacts struct {
	region comparison.RegionRow
	info   data.Region
	kgs    []data.Kindergarten
	// state and private count the kindergartens by ownership (the branch
	// №86 is state-owned, as its parent is).
	state, private   int
	groupsE, groupsC int
	// participants counts the participations in the centre's events of
	// the pilot year (a teacher at two events counts twice).
	participants int
	// work is the centre's visits, practices and risks (activity.go).
	work work
}

// totals adds up the regions with data.
type totals struct {
	regions, kgs, state, private int
	groupsE, groupsC             int
	childrenE, childrenC         int
	events, participants         int
	hours                        float64
	work                         work
}

// facts is everything the report says, read once from the store.
type facts struct {
	opts     Options
	today    data.Date
	settings data.Settings
	// off prints the official texts in the report's language.
	off *official.Texts
	// present are the regions with data, in the order's sequence;
	// missing the other regions of the pilot.
	present []*regionFacts
	missing []data.Region
	// regions counts the regions of the pilot (20).
	regions int
	// all is the comparison of every region's children pooled; its
	// counts are those of the whole database (see sum for the report's).
	all comparison.Result
	sum totals
	// subs are what every region of the pilot sent (Submissions).
	subs []Submission
	// from and to are the rounds compared (ID 0 when the database has
	// no baseline or final round).
	from, to data.Round
}

// hasData reports whether a region listed by comparison.National has any
// data of its own: an imported package, groups or events. The database's
// own region is listed even when empty, and an empty region must be
// named missing, not shown as a row of zeros.
func hasData(r comparison.RegionRow) bool {
	return !r.Imported.IsZero() || r.Groups > 0 || r.Events > 0
}

// load runs the national comparison and sorts the regions into present
// and missing; loadRegions reads the rest.
func load(ctx context.Context, s *data.Store, o Options) (*facts, error) {
	if o.Period.Start.IsZero() {
		p, err := s.Period(ctx)
		if err != nil {
			return nil, fmt.Errorf("read period: %w", err)
		}
		o.Period = p
	}
	f := &facts{opts: o, today: data.DateOf(o.Now)}
	var err error
	if f.settings, err = s.Settings(ctx); err != nil {
		return nil, fmt.Errorf("read settings: %w", err)
	}
	f.off = official.New(o.Lang, f.settings, data.Region{})
	regions, err := s.Regions(ctx)
	if err != nil {
		return nil, fmt.Errorf("regions: %w", err)
	}
	f.regions = len(regions)
	rounds, err := s.Rounds(ctx)
	if err != nil {
		return nil, fmt.Errorf("rounds: %w", err)
	}
	// Round ids 0 ask comparison.National for the first baseline and the
	// first final round; the same rounds are named here.
	for _, r := range rounds {
		if r.Kind == data.RoundBaseline && f.from.ID == 0 {
			f.from = r
		}
		if r.Kind == data.RoundFinal && f.to.ID == 0 {
			f.to = r
		}
	}
	if f.from.ID == 0 || f.to.ID == 0 {
		// The rounds are seeded; without them the regions cannot be
		// compared, and a report saying "no data" would mislead.
		return nil, fmt.Errorf("the database has no baseline or no final monitoring round: %w", data.ErrNotFound)
	}
	// What the regions sent is the Institute's question: a centre's own
	// copy, which imported no package, would list its region as missing.
	if f.subs, err = Submissions(ctx, s, o.Period, f.today); err != nil {
		return nil, err
	}
	if !f.settings.Institute && !anyPackage(f.subs) {
		f.subs = nil
	}
	rows, all, err := comparison.National(ctx, s, 0, 0)
	if err != nil {
		return nil, fmt.Errorf("national comparison: %w", err)
	}
	f.all = all.Result
	byCode := map[string]comparison.RegionRow{}
	for _, r := range rows {
		if hasData(r) {
			byCode[r.Region] = r
		}
	}
	for _, r := range regions {
		if row, ok := byCode[r.Code]; ok {
			f.present = append(f.present, &regionFacts{region: row, info: r})
		} else {
			f.missing = append(f.missing, r)
		}
	}
	return f, nil
}

// loadRegions reads each present region's kindergartens, groups and event
// participation, and adds up the totals.
func (f *facts) loadRegions(ctx context.Context, s *data.Store) error {
	for _, r := range f.present {
		code := r.info.Code
		var err error
		if r.kgs, err = s.Kindergartens(ctx, code); err != nil {
			return fmt.Errorf("kindergartens of %s: %w", code, err)
		}
		for _, k := range r.kgs {
			if seeds.Form(k.Form).Private() {
				r.private++
			} else {
				r.state++
			}
			groups, err := s.Groups(ctx, k.ID)
			if err != nil {
				return fmt.Errorf("groups of kindergarten %d: %w", k.ID, err)
			}
			for _, g := range groups {
				if g.Role == data.RoleControl {
					r.groupsC++
				} else {
					r.groupsE++
				}
			}
		}
		quarters, err := s.EventTotals(ctx, code, 0)
		if err != nil {
			return fmt.Errorf("events of %s: %w", code, err)
		}
		for _, q := range quarters {
			r.participants += q.Participants()
		}
		if r.work, err = f.loadWork(ctx, s, code); err != nil {
			return err
		}
		t, row := &f.sum, r.region
		t.regions++
		t.kgs += len(r.kgs)
		t.state += r.state
		t.private += r.private
		t.groupsE += r.groupsE
		t.groupsC += r.groupsC
		t.childrenE += row.ChildrenE
		t.childrenC += row.ChildrenC
		t.events += row.Events
		t.hours += row.Hours
		t.participants += r.participants
		t.work.add(r.work)
	}
	return nil
}

// compared reports whether a result has both arms scored in both rounds,
// so that gains and their difference exist.
func compared(r comparison.Result) bool {
	return r.Experimental.Paired > 0 && r.Control.Paired > 0
}

// anyPackage reports whether some region's package was imported.
func anyPackage(subs []Submission) bool {
	for _, s := range subs {
		if len(s.Packages) > 0 {
			return true
		}
	}
	return false
}
