package comparison_test

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

var ctx = context.Background()

// world gives a test the ids it needs from a fresh configured database.
type world struct {
	s          *data.Store
	rounds     map[string]int64 // by kind
	indicators map[string]int64 // by code
	blocks     map[string]int64 // by code
	order      []string         // indicator codes in framework order
}

func newWorld(t testing.TB, region string) *world {
	t.Helper()
	w := &world{s: datatest.NewConfigured(t, region), rounds: map[string]int64{}, indicators: map[string]int64{}, blocks: map[string]int64{}}
	rs, err := w.s.Rounds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		w.rounds[r.Kind] = r.ID
	}
	bs, err := w.s.Blocks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		w.blocks[b.Code] = b.ID
	}
	is, err := w.s.Indicators(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range is {
		w.indicators[i.Code] = i.ID
		w.order = append(w.order, i.Code)
	}
	return w
}

// scores maps indicator code → score for one child in one round.
type scores map[string]int

// set writes one child's scores in a round of the given kind.
func (w *world) set(t testing.TB, child int64, kind string, sc scores) {
	t.Helper()
	var all []data.Score
	for code, v := range sc {
		id, ok := w.indicators[code]
		if !ok {
			t.Fatalf("no indicator %s", code)
		}
		all = append(all, data.Score{ChildID: child, RoundID: w.rounds[kind], IndicatorID: id, Value: v})
	}
	if err := w.s.WriteScores(ctx, all, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
}

// handFixture builds the hand-computed case of block K (indicators K1, K2)
// in kindergarten kg:
//
//	E  e1 (1,1)→(2,2)  e2 (1,2)→(3,3)  e3 (2,2)→(2,3)  e4 (2,3)→—  e5 —→(3,3)
//	C  c1 (1,1)→(1,2)  c2 (2,2)→(2,2)  c3 (2,3)→(2,3)  c4 (1,2)→(1,1)
//
// Every child also has an S1 score, which a block-K scope must ignore.
func (w *world) handFixture(t testing.TB, kg int, suffix string) {
	t.Helper()
	e := datatest.AddGroup(t, w.s, kg, "Күншуақ"+suffix, data.RoleExperimental)
	c := datatest.AddGroup(t, w.s, kg, "Балапан"+suffix, data.RoleControl)
	ek := datatest.AddChildren(t, w.s, e.ID, 5)
	ck := datatest.AddChildren(t, w.s, c.ID, 4)
	type pair struct{ a, b int }
	plan := func(kids []data.Child, from, to []pair) {
		for i, k := range kids {
			if p := from[i]; p.a > 0 {
				w.set(t, k.ID, data.RoundBaseline, scores{"K1": p.a, "K2": p.b, "S1": 3})
			}
			if p := to[i]; p.a > 0 {
				w.set(t, k.ID, data.RoundFinal, scores{"K1": p.a, "K2": p.b, "S1": 1})
			}
		}
	}
	plan(ek, []pair{{1, 1}, {1, 2}, {2, 2}, {2, 3}, {}}, []pair{{2, 2}, {3, 3}, {2, 3}, {}, {3, 3}})
	plan(ck, []pair{{1, 1}, {2, 2}, {2, 3}, {1, 2}}, []pair{{1, 2}, {2, 2}, {2, 3}, {1, 1}})
}

// regionFixture fills every kindergarten of the region with two
// experimental and two control groups of perGroup children, scored on
// every indicator in all three rounds; experimental children gain more,
// as the demo generator intends. Deterministic.
func (w *world) regionFixture(t testing.TB, region string, perGroup int) {
	t.Helper()
	kgs, err := w.s.Kindergartens(ctx, region)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	kinds := []string{data.RoundBaseline, data.RoundIntermediate, data.RoundFinal}
	var all []data.Score
	for _, kg := range kgs {
		for gi, role := range []string{data.RoleExperimental, data.RoleExperimental, data.RoleControl, data.RoleControl} {
			g := datatest.AddGroup(t, w.s, kg.ID, string(rune('A'+gi))+" тобы", role)
			for _, child := range datatest.AddChildren(t, w.s, g.ID, perGroup) {
				ability := rng.Float64()
				for ri, kind := range kinds {
					// A child's chance of a higher score grows with the round,
					// faster in experimental groups.
					lift := 0.25 * float64(ri)
					if role == data.RoleExperimental {
						lift = 0.6 * float64(ri)
					}
					for _, code := range w.order {
						x := 1 + ability + lift + rng.NormFloat64()*0.5
						v := int(math.Max(1, math.Min(3, math.Round(x))))
						all = append(all, data.Score{ChildID: child.ID, RoundID: w.rounds[kind], IndicatorID: w.indicators[code], Value: v})
					}
				}
			}
		}
	}
	if err := w.s.WriteScores(ctx, all, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
}
