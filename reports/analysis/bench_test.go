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
