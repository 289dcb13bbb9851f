package analysis

import (
	"math/rand/v2"
	"testing"

	"baulu/data"
)

// benchN is the per-group size of the benchmarks: about a region's children
// in one arm of the pilot.
const benchN = 2500

// benchScores returns n child mean scores over six indicators scored 1..3,
// computed as sum/6 like the app does, so they carry realistic ties.
func benchScores(rng *rand.Rand, n int, shift int) []float64 {
	out := make([]float64, n)
	for i := range out {
		sum := 0
		for range 6 {
			sum += min(3, 1+rng.IntN(3)+shift*rng.IntN(2))
		}
		out[i] = float64(sum) / 6
	}
	return out
}

func benchGroups() (e, c []float64) {
	rng := rand.New(rand.NewPCG(1, 2))
	return benchScores(rng, benchN, 1), benchScores(rng, benchN, 0)
}

func BenchmarkMannWhitney(b *testing.B) {
	e, c := benchGroups()
	for b.Loop() {
		MannWhitney(e, c)
	}
}

func BenchmarkWilcoxonSignedRank(b *testing.B) {
	final, base := benchGroups()
	for b.Loop() {
		WilcoxonSignedRank(base, final)
	}
}

func BenchmarkWelch(b *testing.B) {
	e, c := benchGroups()
	for b.Loop() {
		Welch(e, c)
	}
}

// BenchmarkChiSquare includes counting 2 × 2500 levels, as a comparison does.
func BenchmarkChiSquare(b *testing.B) {
	e, c := benchGroups()
	var le, lc []int
	for i := range e {
		le = append(le, data.LevelOf(e[i], data.DefaultThresholdLow, data.DefaultThresholdHigh))
		lc = append(lc, data.LevelOf(c[i], data.DefaultThresholdLow, data.DefaultThresholdHigh))
	}
	for b.Loop() {
		ChiSquareCounts(Distribution(le), Distribution(lc))
	}
}

func BenchmarkFisherPhi(b *testing.B) {
	for b.Loop() {
		FisherPhi(1580, benchN, 800, benchN)
	}
}

// benchClustered returns a pilot of about groups × 22.5 children in groups
// of 15..30, the first 7/12 of the groups experimental, with baseline and
// final means over six indicators (sum/6) and their gains.
func benchClustered(groups int) (gain, final, baseline []float64, group []int64, exp []bool) {
	rng := rand.New(rand.NewPCG(3, 4))
	for g := range groups {
		e := g%12 < 7
		up := 1 + rng.IntN(2)
		for range 15 + rng.IntN(16) {
			b, f := 0, 0
			for range 6 {
				l := 1 + rng.IntN(3)
				b += l
				if e && rng.IntN(3) < up {
					l = min(3, l+1)
				} else if rng.IntN(4) == 0 {
					l = min(3, l+1)
				}
				f += l
			}
			baseline, final = append(baseline, float64(b)/6), append(final, float64(f)/6)
			gain = append(gain, float64(f-b)/6)
			group, exp = append(group, int64(1000+g)), append(exp, e)
		}
	}
	return gain, final, baseline, group, exp
}

// The clustered benchmarks at the sizes of one region (12 groups, ≈ 270
// children), the nation (≈ 230 groups, ≈ 5,200) and ten times that.
var clusteredSizes = []struct {
	name   string
	groups int
}{{"region_12", 12}, {"nation_230", 230}, {"nation10x_2300", 2300}}

func BenchmarkClusteredGain(b *testing.B) {
	for _, s := range clusteredSizes {
		gain, _, _, group, exp := benchClustered(s.groups)
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				ClusteredGain(gain, group, exp)
			}
		})
	}
}

func BenchmarkClusteredANCOVA(b *testing.B) {
	for _, s := range clusteredSizes {
		_, final, baseline, group, exp := benchClustered(s.groups)
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				ClusteredANCOVA(final, baseline, group, exp)
			}
		})
	}
}

// BenchmarkDesign includes the ICC and the group-level Welch test.
func BenchmarkDesign(b *testing.B) {
	for _, s := range clusteredSizes {
		gain, _, _, group, exp := benchClustered(s.groups)
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				Design(gain, group, exp)
				GroupWelch(gain, group, exp)
			}
		})
	}
}
