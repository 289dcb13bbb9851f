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

// CompletenessCell is how much of one kindergarten's monitoring in one round
// is done: children × indicators expected, and how many of those scores exist.
type CompletenessCell struct {
	RoundID        int64
	KindergartenID int
	Children       int // in the pilot at the end of the round
	Indicators     int // in use when the round began
	Scored         int
}

// Expected is the number of scores a complete round would have.
func (c CompletenessCell) Expected() int { return c.Children * c.Indicators }

// Missing is the number of scores still to enter.
func (c CompletenessCell) Missing() int { return c.Expected() - c.Scored }

// Percent is the share scored, 0–100; ok is false when nothing is expected
// (a kindergarten without children), where a share means nothing.
func (c CompletenessCell) Percent() (p float64, ok bool) {
	if c.Expected() == 0 {
		return 0, false
	}
	return 100 * float64(c.Scored) / float64(c.Expected()), true
}

// DashboardCompleteness gives one cell per round and kindergarten of a
// region ("" = every region), rounds in order, kindergartens by seed number.
// A child who left the pilot before a round ended is not expected in it, and
// an indicator retired before a round began is not expected either; their
// scores, if any, are not counted, so the share never passes 100 %.
// (Named apart from the monitoring branch's Completeness, which may differ.)
func (s *Store) DashboardCompleteness(ctx context.Context, region string) ([]CompletenessCell, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, k.id,
		(SELECT count(*) FROM child_group g JOIN child c ON c.group_id = g.id
			WHERE g.kindergarten_id = k.id AND (c.left_on IS NULL OR c.left_on > r.ends_on)),
		(SELECT count(*) FROM indicator i WHERE i.retired_on IS NULL OR i.retired_on > r.starts_on)
		FROM round r CROSS JOIN kindergarten k
		WHERE ?1 = '' OR k.region_code = ?1
		ORDER BY r.ord, r.starts_on, r.id, k.id`, region)
	cells, err := collect(rows, err, func(sc interface{ Scan(...any) error }) (CompletenessCell, error) {
		var c CompletenessCell
		err := sc.Scan(&c.RoundID, &c.KindergartenID, &c.Children, &c.Indicators)
		return c, err
	})
	if err != nil || len(cells) == 0 {
		return cells, err
	}
	// The scores in one pass over the region's children. CROSS JOIN fixes
	// the order kindergarten → group → child → score, so SQLite reads only
	// this region's scores instead of every score of each round.
	rows, err = s.db.QueryContext(ctx, `SELECT a.round_id, k.id, count(*)
		FROM kindergarten k
		CROSS JOIN child_group g ON g.kindergarten_id = k.id
		CROSS JOIN child c ON c.group_id = g.id
		CROSS JOIN assessment a ON a.child_id = c.id
		JOIN round r ON r.id = a.round_id
		JOIN indicator i ON i.id = a.indicator_id
		WHERE (?1 = '' OR k.region_code = ?1)
		AND (c.left_on IS NULL OR c.left_on > r.ends_on)
		AND (i.retired_on IS NULL OR i.retired_on > r.starts_on)
		GROUP BY a.round_id, k.id`, region)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	type key struct {
		round int64
		kg    int
	}
	at := map[key]int{}
	for i, c := range cells {
		at[key{c.RoundID, c.KindergartenID}] = i
	}
	for rows.Next() {
		var k key
		var n int
		if err := rows.Scan(&k.round, &k.kg, &n); err != nil {
			return nil, err
		}
		if i, ok := at[k]; ok {
			cells[i].Scored = n
		}
	}
	return cells, rows.Err()
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
		AND NOT EXISTS (SELECT 1 FROM child_group g WHERE g.kindergarten_id = k.id AND g.role = 'control')
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
		WHERE ?1 = '' OR k.region_code = ?1
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
	cells, err := s.DashboardCompleteness(ctx, region)
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
