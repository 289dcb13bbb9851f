package comparison

import (
	"context"
	"errors"
	"fmt"

	"baulu/data"
)

// ErrScope marks a scope that cannot be compared: the same round twice, a
// kindergarten outside the region, an indicator outside the chosen block, an
// unknown φ* cut. Unknown ids wrap data.ErrNotFound instead.
var ErrScope = errors.New("invalid comparison scope")

// Cuts for Fisher's φ*: which levels count as "reached".
const (
	// PhiIII compares the share of children at level III (equivalently,
	// I+II vs III). It is the default.
	PhiIII = "III"
	// PhiIIandIII compares the share at level II or III (I vs II+III).
	PhiIIandIII = "II+III"
)

// Scope says what to compare.
type Scope struct {
	// RegionCode is the region; "" means the region in Settings.
	RegionCode string
	// KindergartenID is a seed number of the region; 0 = the whole region.
	KindergartenID int
	// BlockID restricts the indicators to one block; 0 = all blocks.
	BlockID int64
	// IndicatorID picks one indicator; 0 = all in the block (or framework).
	IndicatorID int64
	// From and To are round ids; 0 means the first round of kind baseline
	// (From) or final (To).
	From, To int64
	// Phi is the cut for φ*: PhiIII ("" means PhiIII) or PhiIIandIII.
	Phi string
}

// RoundRef names a round in a result.
type RoundRef struct {
	ID   int64  `json:"id"`
	Code string `json:"code"`
	Kind string `json:"kind"`
}

// IndicatorRef names an indicator taking part in a comparison.
type IndicatorRef struct {
	ID      int64  `json:"id"`
	Code    string `json:"code"`
	BlockID int64  `json:"block_id"`
	Retired bool   `json:"retired"`
}

// Tally is a child's integer sum and count of scores in one round over the
// scope's indicators. Count 0 means not scored in that round.
type Tally struct {
	Sum, Count int
}

// Mean is Sum/Count (NaN when not scored). One division of two integers, so
// equal fractions give bitwise-equal floats.
func (t Tally) Mean() float64 {
	if t.Count == 0 {
		return nan
	}
	return float64(t.Sum) / float64(t.Count)
}

// ChildScores is one child's scores in the two rounds. It carries no name
// or code: reports only ever count children.
type ChildScores struct {
	ChildID        int64
	GroupID        int64
	KindergartenID int
	Role           string // data.RoleExperimental or data.RoleControl
	// NoConsent: the parents have not consented; Compute leaves the child
	// out of every figure and counts them in Result.Excluded.
	NoConsent bool
	// Sex, Locality (of the kindergarten), Language and AgeGroup (of the
	// group) place the child in the subgroups (data.ChildTally).
	Sex, Locality, Language, AgeGroup string
	From, To                          Tally
}

// Dataset is what Compute works on: the resolved scope and child-level
// tallies. Load fills it from the database; tests may build one by hand.
type Dataset struct {
	// Scope is the request with RegionCode, From, To and Phi resolved.
	Scope Scope
	// From and To describe the two rounds.
	From, To RoundRef
	// Indicators are those whose scores were summed.
	Indicators []IndicatorRef
	// ThresholdLow and ThresholdHigh map child means to levels.
	ThresholdLow, ThresholdHigh float64
	// Children has one entry per child scored in at least one of the rounds.
	Children []ChildScores
}

// resolved holds what both Load and Summary need before querying.
type resolved struct {
	region         string
	from, to       RoundRef
	low, high      float64
	indicators     []IndicatorRef
	kindergartenOK map[int]bool
}

// resolve checks the scope against the database and fills in its defaults
// (region from Settings, baseline and final rounds, the φ* cut).
func resolve(ctx context.Context, s *data.Store, sc *Scope) (resolved, error) {
	var r resolved
	st, err := s.Settings(ctx)
	if err != nil {
		return r, fmt.Errorf("comparison: read settings: %w", err)
	}
	r.low, r.high = st.ThresholdLow, st.ThresholdHigh
	if sc.RegionCode == "" {
		sc.RegionCode = st.RegionCode
	}
	if sc.RegionCode == "" {
		return r, fmt.Errorf("comparison: no region chosen in settings: %w", ErrScope)
	}
	r.region = sc.RegionCode
	switch sc.Phi {
	case "":
		sc.Phi = PhiIII
	case PhiIII, PhiIIandIII:
	default:
		return r, fmt.Errorf("comparison: φ* cut %q: %w", sc.Phi, ErrScope)
	}

	kgs, err := s.Kindergartens(ctx, sc.RegionCode)
	if err != nil {
		return r, fmt.Errorf("comparison: kindergartens of %s: %w", sc.RegionCode, err)
	}
	r.kindergartenOK = map[int]bool{}
	for _, k := range kgs {
		r.kindergartenOK[k.ID] = true
	}
	if sc.KindergartenID != 0 && !r.kindergartenOK[sc.KindergartenID] {
		return r, fmt.Errorf("comparison: kindergarten %d is not in region %s: %w", sc.KindergartenID, sc.RegionCode, ErrScope)
	}

	if r.from, r.to, err = resolveRounds(ctx, s, sc.From, sc.To); err != nil {
		return r, err
	}
	sc.From, sc.To = r.from.ID, r.to.ID

	if r.indicators, err = resolveIndicators(ctx, s, sc.BlockID, sc.IndicatorID); err != nil {
		return r, err
	}
	return r, nil
}

// resolveRounds finds the two rounds, defaulting to baseline and final.
func resolveRounds(ctx context.Context, s *data.Store, fromID, toID int64) (from, to RoundRef, err error) {
	rounds, err := s.Rounds(ctx)
	if err != nil {
		return from, to, fmt.Errorf("comparison: rounds: %w", err)
	}
	find := func(id int64, kind string) (RoundRef, error) {
		for _, r := range rounds {
			if (id != 0 && r.ID == id) || (id == 0 && r.Kind == kind) {
				return RoundRef{ID: r.ID, Code: r.Code, Kind: r.Kind}, nil
			}
		}
		if id != 0 {
			return RoundRef{}, fmt.Errorf("comparison: round %d: %w", id, data.ErrNotFound)
		}
		return RoundRef{}, fmt.Errorf("comparison: no %s round: %w", kind, data.ErrNotFound)
	}
	if from, err = find(fromID, data.RoundBaseline); err != nil {
		return from, to, err
	}
	if to, err = find(toID, data.RoundFinal); err != nil {
		return from, to, err
	}
	if from.ID == to.ID {
		return from, to, fmt.Errorf("comparison: round %s compared with itself: %w", from.Code, ErrScope)
	}
	return from, to, nil
}

// resolveIndicators lists the indicators of the scope: the one named (even
// if retired), or the block's / framework's indicators still in use.
func resolveIndicators(ctx context.Context, s *data.Store, blockID, indicatorID int64) ([]IndicatorRef, error) {
	all, err := s.Indicators(ctx, true)
	if err != nil {
		return nil, fmt.Errorf("comparison: indicators: %w", err)
	}
	if blockID != 0 {
		blocks, err := s.Blocks(ctx)
		if err != nil {
			return nil, fmt.Errorf("comparison: blocks: %w", err)
		}
		found := false
		for _, b := range blocks {
			found = found || b.ID == blockID
		}
		if !found {
			return nil, fmt.Errorf("comparison: block %d: %w", blockID, data.ErrNotFound)
		}
	}
	var out []IndicatorRef
	for _, in := range all {
		ref := IndicatorRef{ID: in.ID, Code: in.Code, BlockID: in.BlockID, Retired: in.Retired()}
		switch {
		case indicatorID != 0:
			if in.ID != indicatorID {
				continue
			}
			if blockID != 0 && in.BlockID != blockID {
				return nil, fmt.Errorf("comparison: indicator %s is not in block %d: %w", in.Code, blockID, ErrScope)
			}
			return []IndicatorRef{ref}, nil
		case in.Retired():
			continue
		case blockID != 0 && in.BlockID != blockID:
			continue
		}
		out = append(out, ref)
	}
	if indicatorID != 0 {
		return nil, fmt.Errorf("comparison: indicator %d: %w", indicatorID, data.ErrNotFound)
	}
	return out, nil
}
