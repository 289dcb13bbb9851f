package data_test

import (
	"math"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// TestLevelOf is the one level rule's table, NaN (a child not scored)
// included: the grid, the comparison and the reports all map means with it.
func TestLevelOf(t *testing.T) {
	cases := []struct {
		mean float64
		want int
	}{
		{1, 1}, {1.4999999, 1}, {1.5, 2}, {2, 2}, {2.4999999, 2}, {2.5, 3}, {3, 3},
		{0.5, 1}, {3.5, 3}, {math.NaN(), 0}, {math.Inf(1), 3}, {math.Inf(-1), 1},
	}
	for _, c := range cases {
		if got := data.LevelOf(c.mean, data.DefaultThresholdLow, data.DefaultThresholdHigh); got != c.want {
			t.Errorf("LevelOf(%v) = %d, want %d", c.mean, got, c.want)
		}
	}
	if got := data.LevelOf(1.8, 2, 2.6); got != 1 {
		t.Errorf("custom thresholds: LevelOf(1.8, 2, 2.6) = %d, want 1", got)
	}
	if got := (data.Settings{ThresholdLow: 1.5, ThresholdHigh: 2.5}).Level(math.NaN()); got != 0 {
		t.Errorf("Settings.Level(NaN) = %d, want 0", got)
	}
}

// A new database starts with the methodology's thresholds.
func TestDefaultThresholds(t *testing.T) {
	st, err := datatest.New(t).Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.ThresholdLow != data.DefaultThresholdLow || st.ThresholdHigh != data.DefaultThresholdHigh {
		t.Fatalf("new database thresholds %v / %v, want %v / %v", st.ThresholdLow, st.ThresholdHigh,
			data.DefaultThresholdLow, data.DefaultThresholdHigh)
	}
}
