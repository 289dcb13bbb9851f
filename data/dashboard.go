package data

import (
	"context"
	"slices"
)

// DashboardCounts is how much a region has in each section of Baulu.
type DashboardCounts struct {
	Kindergartens int
	Groups        int
	Children      int // still in the pilot (not left)
	Events        int
	Visits        int
	Practices     int
	OpenRisks     int // open or being mitigated
}

// DashboardCounts counts a region's records ("" = every region).
func (s *Store) DashboardCounts(ctx context.Context, region string) (DashboardCounts, error) {
	var c DashboardCounts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM kindergarten k WHERE ?1 = '' OR k.region_code = ?1),
		(SELECT count(*) FROM child_group g JOIN kindergarten k ON k.id = g.kindergarten_id WHERE ?1 = '' OR k.region_code = ?1),
		(SELECT count(*) FROM child c JOIN child_group g ON g.id = c.group_id JOIN kindergarten k ON k.id = g.kindergarten_id
			WHERE (?1 = '' OR k.region_code = ?1) AND c.left_on IS NULL),
		(SELECT count(*) FROM event e WHERE ?1 = '' OR e.region_code = ?1),
		(SELECT count(*) FROM visit v JOIN kindergarten k ON k.id = v.kindergarten_id WHERE ?1 = '' OR k.region_code = ?1),
		(SELECT count(*) FROM practice p JOIN kindergarten k ON k.id = p.kindergarten_id WHERE ?1 = '' OR k.region_code = ?1),
		(SELECT count(*) FROM risk r WHERE (?1 = '' OR r.region_code = ?1) AND r.status <> 'closed')`, region).
		Scan(&c.Kindergartens, &c.Groups, &c.Children, &c.Events, &c.Visits, &c.Practices, &c.OpenRisks)
	return c, mapErr(err)
}

// Kinds of data-quality warnings, in the order the dashboard lists them.
const (
	WarnNoControlGroup  = "no_control_group"
	WarnEmptyGroup      = "empty_group"
	WarnNoConsent       = "no_consent"
	WarnMissingScores   = "missing_scores"
	WarnOverdueFollowup = "overdue_followup"
	WarnHighRisk        = "high_risk"
)

// Warning is a gap in a region's data with what it concerns, so the UI can
// open the place to fix it. Only the fields of its Kind are set.
type Warning struct {
	Kind           string
	KindergartenID int    // every kind except WarnHighRisk (there: 0 = region-wide)
	GroupID        int64  // WarnEmptyGroup, WarnNoConsent
	GroupName      string // WarnEmptyGroup, WarnNoConsent
	RoundID        int64  // WarnMissingScores
	VisitID        int64  // WarnOverdueFollowup
	RiskID         int64  // WarnHighRisk
	Count          int    // children without consent; missing scores; days overdue; risk score
	Date           Date   // the visit's date (WarnOverdueFollowup)
	Text           string // the risk's description (WarnHighRisk)
}

// DashboardWarnings lists a region's data-quality warnings as of today:
// kindergartens without a control group, groups without children, groups
// with children whose parents have not consented, rounds already begun with
// scores missing, follow-ups past their date, open high risks, and the
// official texts still missing in Russian.
func (s *Store) DashboardWarnings(ctx context.Context, region string, today Date) ([]Warning, error) {
	var out []Warning
	rows, err := s.db.QueryContext(ctx, `SELECT k.id FROM kindergarten k
		WHERE (?1 = '' OR k.region_code = ?1)
		AND NOT EXISTS (SELECT 1 FROM child_group g WHERE g.kindergarten_id = k.id AND g.role = 'control' AND g.ended_on IS NULL)
		ORDER BY k.id`, region)
	noControl, err := collect(rows, err, func(sc interface{ Scan(...any) error }) (Warning, error) {
		w := Warning{Kind: WarnNoControlGroup}
		return w, sc.Scan(&w.KindergartenID)
	})
	if err != nil {
		return nil, err
	}
	out = append(out, noControl...)

	rows, err = s.db.QueryContext(ctx, `SELECT g.kindergarten_id, g.id, g.name,
		count(c.id), coalesce(sum(c.consent = 0), 0)
		FROM child_group g JOIN kindergarten k ON k.id = g.kindergarten_id
		LEFT JOIN child c ON c.group_id = g.id AND c.left_on IS NULL
		WHERE (?1 = '' OR k.region_code = ?1) AND g.ended_on IS NULL
		GROUP BY g.id ORDER BY g.kindergarten_id, g.role DESC, g.code`, region)
	type groupRow struct {
		w                  Warning
		children, noConsnt int
	}
	groups, err := collect(rows, err, func(sc interface{ Scan(...any) error }) (groupRow, error) {
		var g groupRow
		err := sc.Scan(&g.w.KindergartenID, &g.w.GroupID, &g.w.GroupName, &g.children, &g.noConsnt)
		return g, err
	})
	if err != nil {
		return nil, err
	}
	for _, g := range groups {
		if g.children == 0 {
			g.w.Kind = WarnEmptyGroup
			out = append(out, g.w)
		}
	}
	for _, g := range groups {
		if g.noConsnt > 0 {
			g.w.Kind, g.w.Count = WarnNoConsent, g.noConsnt
			out = append(out, g.w)
		}
	}

	missing, err := s.missingScores(ctx, region, today)
	if err != nil {
		return nil, err
	}
	out = append(out, missing...)

	overdue, err := s.OverdueFollowups(ctx, region, today)
	if err != nil {
		return nil, err
	}
	for _, v := range overdue {
		out = append(out, Warning{Kind: WarnOverdueFollowup, KindergartenID: v.KindergartenID, VisitID: v.ID,
			Date: v.VisitedOn, Count: DaysBetween(v.FollowupOn, today)})
	}

	risks, err := s.Risks(ctx, region)
	if err != nil {
		return nil, err
	}
	var high []Warning
	for _, r := range risks {
		if r.Open() && r.Level() == RiskHigh {
			high = append(high, Warning{Kind: WarnHighRisk, KindergartenID: r.KindergartenID, RiskID: r.ID,
				Count: r.Score(), Text: r.Description})
		}
	}
	// The worst first; among equals, the list's order (latest identified).
	slices.SortStableFunc(high, func(a, b Warning) int { return b.Count - a.Count })
	out = append(out, high...)
	// Last, the official texts a Russian report would lack (official_texts.go).
	gaps, err := s.RussianGaps(ctx, region)
	if err != nil {
		return nil, err
	}
	return append(out, gaps...), nil
}

// missingScores warns about every kindergarten with scores missing in a
// round that has already begun; rounds still ahead are not yet due.
func (s *Store) missingScores(ctx context.Context, region string, today Date) ([]Warning, error) {
	rounds, err := s.Rounds(ctx)
	if err != nil {
		return nil, err
	}
	begun := map[int64]bool{}
	for _, r := range rounds {
		begun[r.ID] = !r.Start.After(today)
	}
	cells, err := s.Completeness(ctx, region)
	if err != nil {
		return nil, err
	}
	var out []Warning
	for _, c := range cells {
		if begun[c.RoundID] && c.Missing() > 0 {
			out = append(out, Warning{Kind: WarnMissingScores, KindergartenID: c.KindergartenID, RoundID: c.RoundID, Count: c.Missing()})
		}
	}
	return out, nil
}

// DaysBetween counts whole days from a to b (negative when b is earlier),
// e.g. the days left until a deadline. Dates are UTC midnights, so every
// day is 24 hours long.
func DaysBetween(a, b Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}
