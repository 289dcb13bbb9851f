package comparison

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"baulu/data"
	"baulu/reports/analysis"
)

// Kinds of summary rows, in the order Summary returns them.
const (
	RowRegion       = "region"       // all kindergartens, all indicators
	RowIndicator    = "indicator"    // all kindergartens, one indicator
	RowKindergarten = "kindergarten" // one kindergarten, all indicators
	RowCell         = "cell"         // one kindergarten, one indicator
)

// Row is one line of the per-kindergarten and per-indicator summary: the
// comparison of a sub-scope reduced to its key figures (φ* on level III).
type Row struct {
	Kind           string `json:"kind"`
	KindergartenID int    `json:"kindergarten_id"` // 0 in region and indicator rows
	IndicatorID    int64  `json:"indicator_id"`    // 0 in region and kindergarten rows
	IndicatorCode  string `json:"indicator_code"`
	// PairedE and PairedC count children scored in both rounds.
	PairedE int `json:"paired_e"`
	PairedC int `json:"paired_c"`
	// GainE and GainC are the mean gains of paired children; DiD = GainE − GainC.
	GainE Float `json:"gain_e"`
	GainC Float `json:"gain_c"`
	DiD   Float `json:"did"`
	// PhiStar (E first) and its significance on the share at level III in
	// the second round.
	PhiStar         Float                 `json:"phi_star_to"`
	PhiSignificance analysis.Significance `json:"phi_significance_to"`
	// PhiP is φ*'s one-sided p for "higher in E" (1 − Φ(φ*)).
	PhiP Float `json:"phi_p_to"`
	// MannWhitneyP compares child means in the second round; WelchP the gains.
	// All three are child-level tests, assuming independence.
	MannWhitneyP Float `json:"mann_whitney_p_to"`
	WelchP       Float `json:"welch_p"`
	// The same p-values Holm-adjusted within the row's table (its Kind:
	// the indicators, the kindergartens, the cells), as R's
	// p.adjust(method = "holm"); the tables star from these. The tables
	// are exploratory.
	PhiPHolm         Float `json:"phi_p_to_holm"`
	MannWhitneyPHolm Float `json:"mann_whitney_p_to_holm"`
	WelchPHolm       Float `json:"welch_p_holm"`
	// Warnings are the codes of the sub-scope's warnings.
	Warnings []string `json:"warnings"`
}

// Summary compares every sub-scope of a region between two rounds (0 =
// baseline / final; region "" = the one in Settings): the region as a whole,
// each indicator, each kindergarten and each kindergarten × indicator.
// Rows come grouped by Kind in the order of the Row* constants; within a
// kind the sub-scopes that moved most come first: by DiD descending (rows
// without a DiD last), then by experimental gain, then by kindergarten and
// framework order. Indicators are those still in use, as in Load.
//
// One query loads every score of the two rounds; the sub-scopes are then
// summed in memory and each is run through Compute.
func Summary(ctx context.Context, s *data.Store, region string, from, to int64) ([]Row, error) {
	scope := Scope{RegionCode: region, From: from, To: to}
	r, err := resolve(ctx, s, &scope)
	if err != nil {
		return nil, err
	}
	if len(r.indicators) == 0 {
		return []Row{}, nil
	}
	n := len(r.indicators)
	kids, scores, err := loadScores(ctx, s, scope.RegionCode, r)
	if err != nil {
		return nil, err
	}

	kgs := make([]int, 0, len(r.kindergartenOK))
	for id := range r.kindergartenOK {
		kgs = append(kgs, id)
	}
	slices.Sort(kgs)
	base := Dataset{Scope: scope, From: r.from, To: r.to, ThresholdLow: r.low, ThresholdHigh: r.high}
	sub := func(kind string, kg, ind int) Row {
		ds := base
		ds.Scope.KindergartenID = kg
		ds.Indicators = r.indicators
		if ind >= 0 {
			ds.Indicators = r.indicators[ind : ind+1]
			ds.Scope.IndicatorID = r.indicators[ind].ID
		}
		for i, k := range kids {
			if kg != 0 && k.KindergartenID != kg {
				continue
			}
			k.From, k.To = tally(scores[i][:n], ind), tally(scores[i][n:], ind)
			if k.From.Count+k.To.Count > 0 {
				ds.Children = append(ds.Children, k)
			}
		}
		// The rows show no primary result: its fits are left out.
		return rowOf(kind, compute(&ds, false), kg, ind, r.indicators)
	}

	out := []Row{sub(RowRegion, 0, -1)}
	for i := range r.indicators {
		out = append(out, sub(RowIndicator, 0, i))
	}
	for _, kg := range kgs {
		out = append(out, sub(RowKindergarten, kg, -1))
	}
	for _, kg := range kgs {
		for i := range r.indicators {
			out = append(out, sub(RowCell, kg, i))
		}
	}
	order := make(map[int64]int, n)
	for i, in := range r.indicators {
		order[in.ID] = i
	}
	holmRows(out)
	sortRows(out, order)
	return out, nil
}

// holmRows fills the Holm-adjusted p-values, each column adjusted within
// the rows of one kind (one table).
func holmRows(rows []Row) {
	byKind := map[string][]int{}
	for i, r := range rows {
		byKind[r.Kind] = append(byKind[r.Kind], i)
	}
	for _, idx := range byKind {
		col := func(get func(*Row) *Float, set func(*Row) *Float) {
			p := make([]float64, len(idx))
			for j, i := range idx {
				p[j] = float64(*get(&rows[i]))
			}
			for j, adj := range analysis.Holm(p) {
				*set(&rows[idx[j]]) = Float(adj)
			}
		}
		col(func(r *Row) *Float { return &r.PhiP }, func(r *Row) *Float { return &r.PhiPHolm })
		col(func(r *Row) *Float { return &r.MannWhitneyP }, func(r *Row) *Float { return &r.MannWhitneyPHolm })
		col(func(r *Row) *Float { return &r.WelchP }, func(r *Row) *Float { return &r.WelchPHolm })
	}
}

// loadScores reads every score of the region's children in the two rounds
// (data.ChildScoreRows: one row per child and round, one column per
// indicator). scores[i] holds child i's scores, the first round's n
// indicators then the second's; 0 means not scored.
func loadScores(ctx context.Context, s *data.Store, region string, r resolved) ([]ChildScores, [][]int8, error) {
	n := len(r.indicators)
	rows, err := s.ChildScoreRows(ctx, data.ScoreScope{Region: region, From: r.from.ID, To: r.to.ID,
		Indicators: indicatorIDs(r.indicators)})
	if err != nil {
		return nil, nil, fmt.Errorf("comparison: load summary scores: %w", err)
	}
	var (
		kids   []ChildScores
		scores [][]int8
	)
	for _, row := range rows {
		if len(kids) == 0 || kids[len(kids)-1].ChildID != row.ChildID {
			kids = append(kids, ChildScores{ChildID: row.ChildID, GroupID: row.GroupID,
				KindergartenID: row.KindergartenID, Role: row.Role, NoConsent: row.NoConsent})
			scores = append(scores, make([]int8, 2*n))
		}
		half := scores[len(scores)-1][:n]
		if row.RoundID == r.to.ID {
			half = scores[len(scores)-1][n:]
		}
		copy(half, row.Scores)
	}
	return kids, scores, nil
}

// tally sums one round's scores: all indicators (ind < 0) or one.
func tally(scores []int8, ind int) Tally {
	if ind >= 0 {
		if v := scores[ind]; v > 0 {
			return Tally{Sum: int(v), Count: 1}
		}
		return Tally{}
	}
	var t Tally
	for _, v := range scores {
		if v > 0 {
			t.Sum += int(v)
			t.Count++
		}
	}
	return t
}

func rowOf(kind string, res Result, kg, ind int, inds []IndicatorRef) Row {
	row := Row{
		Kind: kind, KindergartenID: kg,
		PairedE: res.Experimental.Paired, PairedC: res.Control.Paired,
		GainE: res.Experimental.Gain.Mean, GainC: res.Control.Gain.Mean, DiD: res.DiD,
		PhiStar: res.AtTo.Phi.PhiStar, PhiSignificance: res.AtTo.Phi.Significance, PhiP: res.AtTo.Phi.P,
		MannWhitneyP: res.AtTo.MannWhitney.P, WelchP: res.Gains.P, Warnings: []string{},
	}
	if ind >= 0 {
		row.IndicatorID, row.IndicatorCode = inds[ind].ID, inds[ind].Code
	}
	for _, w := range res.Warnings {
		if !slices.Contains(row.Warnings, w.Code) {
			row.Warnings = append(row.Warnings, w.Code)
		}
	}
	return row
}

var kindOrder = map[string]int{RowRegion: 0, RowIndicator: 1, RowKindergarten: 2, RowCell: 3}

// sortRows orders rows by kind, then "moved most" first.
func sortRows(rows []Row, framework map[int64]int) {
	desc := func(a, b Float) int {
		switch an, bn := a.NaN(), b.NaN(); {
		case an && bn:
			return 0
		case an:
			return 1
		case bn:
			return -1
		}
		return cmp.Compare(b, a)
	}
	slices.SortStableFunc(rows, func(a, b Row) int {
		return cmp.Or(
			cmp.Compare(kindOrder[a.Kind], kindOrder[b.Kind]),
			desc(a.DiD, b.DiD),
			desc(a.GainE, b.GainE),
			cmp.Compare(a.KindergartenID, b.KindergartenID),
			cmp.Compare(framework[a.IndicatorID], framework[b.IndicatorID]),
		)
	})
}
