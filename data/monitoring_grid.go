package data

import (
	"context"
	"strings"
)

// Grid is what the grid entry screen shows for one group in one round:
// children down, active indicators across. It carries full names because the
// screen shows them; nothing built from a Grid may be exported.
type Grid struct {
	Group      Group
	Round      Round
	Indicators []Indicator // the columns: active indicators in framework order
	Children   []Child     // the rows, by code
	// Others are the group's children the round does not monitor (no
	// parental consent, or left the pilot before the round began), by
	// code: the grid shows them greyed with the reason and scores none.
	Others []Child
	// Scores holds child → indicator → score for the columns only; retired
	// indicators' scores stay in the database but are not part of the grid.
	Scores    map[int64]map[int64]int
	Filled    int     // scored cells among rows × columns
	Low, High float64 // level thresholds from the settings
}

// Grid loads the grid of a group in a round. The rows are the children
// monitored in the round (childInRound) plus anyone else of the group who
// already has a score in it, so no recorded score is ever hidden.
func (s *Store) Grid(ctx context.Context, groupID, roundID int64) (*Grid, error) {
	g := &Grid{Scores: map[int64]map[int64]int{}}
	var err error
	if g.Group, err = s.Group(ctx, groupID); err != nil {
		return nil, err
	}
	if g.Round, err = s.Round(ctx, roundID); err != nil {
		return nil, err
	}
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	g.Low, g.High = st.ThresholdLow, st.ThresholdHigh
	if g.Indicators, err = s.Indicators(ctx, false); err != nil {
		return nil, err
	}
	if g.Children, err = s.RoundChildren(ctx, groupID, roundID); err != nil {
		return nil, err
	}
	if g.Others, err = s.unmonitored(ctx, g.Children, groupID, g.Round); err != nil {
		return nil, err
	}
	all, err := s.GroupScores(ctx, groupID, roundID)
	if err != nil {
		return nil, err
	}
	active := map[int64]bool{}
	for _, in := range g.Indicators {
		active[in.ID] = true
	}
	for _, c := range g.Children {
		for ind, v := range all[c.ID] {
			if active[ind] {
				g.put(c.ID, ind, v)
			}
		}
	}
	return g, nil
}

// unmonitored is the group's children outside rows who are not monitored
// in round for a reason the grid can show (see Others).
func (s *Store) unmonitored(ctx context.Context, rows []Child, groupID int64, round Round) ([]Child, error) {
	all, err := s.Children(ctx, groupID)
	if err != nil {
		return nil, err
	}
	in := map[int64]bool{}
	for _, c := range rows {
		in[c.ID] = true
	}
	var out []Child
	for _, c := range all {
		if !in[c.ID] && c.Unmonitored(round) != "" {
			out = append(out, c)
		}
	}
	return out, nil
}

// Unmonitored says why round does not monitor the child: "consent" (no
// parental consent), "left" (left the pilot before the round began), or ""
// (it does, or only a closed period's rule keeps the child out).
func (c Child) Unmonitored(round Round) string {
	switch {
	case !c.Consent:
		return "consent"
	case !c.LeftOn.IsZero() && c.LeftOn.Before(round.Start):
		return "left"
	}
	return ""
}

// RoundChildren lists, by code, the children of a group monitored in a
// round (see Grid for the rule).
func (s *Store) RoundChildren(ctx context.Context, groupID, roundID int64) ([]Child, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixed("c.", childCols)+` FROM child c JOIN round r ON r.id = ?
		WHERE c.group_id = ? AND (`+childInRound+` OR EXISTS (SELECT 1 FROM assessment a WHERE a.child_id = c.id AND a.round_id = r.id))
		ORDER BY c.code`, roundID, groupID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Child
	for rows.Next() {
		c, err := scanChild(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// prefixed qualifies a comma-separated column list with a table alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

// Cells is the number of cells of the grid (rows × columns).
func (g *Grid) Cells() int { return len(g.Children) * len(g.Indicators) }

// Score gives a cell's score (0 = empty).
func (g *Grid) Score(childID, indicatorID int64) int { return g.Scores[childID][indicatorID] }

// Put records in the grid a score the screen has just saved with WriteScores
// (0 clears), keeping Filled right without reloading.
func (g *Grid) Put(sc Score) {
	if sc.Value == 0 {
		if _, ok := g.Scores[sc.ChildID][sc.IndicatorID]; ok {
			delete(g.Scores[sc.ChildID], sc.IndicatorID)
			g.Filled--
		}
		return
	}
	g.put(sc.ChildID, sc.IndicatorID, sc.Value)
}

func (g *Grid) put(child, ind int64, v int) {
	if g.Scores[child] == nil {
		g.Scores[child] = map[int64]int{}
	}
	if _, ok := g.Scores[child][ind]; !ok {
		g.Filled++
	}
	g.Scores[child][ind] = v
}

// Mean is a child's mean over the grid's scored indicators and how many
// were scored (0, 0 when none).
func (g *Grid) Mean(childID int64) (float64, int) {
	sum, n := 0, 0
	for _, v := range g.Scores[childID] {
		sum += v
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return float64(sum) / float64(n), n
}

// Level is a child's level 1–3 in the round, 0 when nothing is scored.
func (g *Grid) Level(childID int64) int {
	m, n := g.Mean(childID)
	if n == 0 {
		return 0
	}
	return LevelOf(m, g.Low, g.High)
}
