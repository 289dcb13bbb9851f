package data

import "math"

// DefaultThresholdLow and DefaultThresholdHigh are the level thresholds of
// the methodology (ARCHITECTURE: Monitoring), which a new database's settings start with
// (the schema's defaults): a mean below 1.5 is level I, below 2.5 level II,
// otherwise level III. Settings may edit them.
const (
	DefaultThresholdLow  = 1.5
	DefaultThresholdHigh = 2.5
)

// LevelOf maps a child's mean score to level 1 (I төмен), 2 (II орташа) or
// 3 (III жоғары): mean < low → 1, mean < high → 2, else 3, so a mean exactly
// at a threshold belongs to the higher level. A NaN mean (a child not scored)
// has no level: 0, which level counts (analysis.Distribution) leave out.
// This is the one definition: the grid, the analysis and the reports use it.
func LevelOf(mean, low, high float64) int {
	switch {
	case math.IsNaN(mean):
		return 0
	case mean < low:
		return 1
	case mean < high:
		return 2
	}
	return 3
}

// Level maps a mean score to a level with these settings' thresholds.
func (st Settings) Level(mean float64) int { return LevelOf(mean, st.ThresholdLow, st.ThresholdHigh) }
