package resultdoc

import (
	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// RoundLevels is one round of a level table: its name and the figures of
// each arm.
type RoundLevels struct {
	Round string
	E, C  comparison.RoundStats
}

// Levels is the table of the level distribution, two rows per round
// (experimental, control): children assessed, "88 (54,3 %)" at each level,
// and the mean score ± SD. Both rows name their round: a page may break
// between them, and a row at the top of a page must say which round it is.
func Levels(lang string, rounds []RoundLevels) pdfdoc.Table {
	var rows [][]string
	for _, r := range rounds {
		rows = append(rows, levelRow(lang, r.Round, text.T(lang, "resultdoc.arm.e.letter"), r.E),
			levelRow(lang, r.Round, text.T(lang, "resultdoc.arm.c.letter"), r.C))
	}
	col := func(key string) string { return text.T(lang, key) }
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: col("resultdoc.col.round"), Weight: 1},
			{Title: col("resultdoc.col.arm"), Width: 18.5, Align: pdfdoc.AlignCenter},
			{Title: col("resultdoc.col.assessed"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: col("resultdoc.col.level1"), Width: 24.5, Align: pdfdoc.AlignCenter},
			{Title: col("resultdoc.col.level2"), Width: 24.5, Align: pdfdoc.AlignCenter},
			{Title: col("resultdoc.col.level3"), Width: 24.5, Align: pdfdoc.AlignCenter},
			// The round's name, in every row, keeps the 25 mm left
			// («Промежуточный» is set smaller there).
			{Title: col("resultdoc.col.mean"), Width: 27, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	}
}

// levelRow is a row of the level table.
func levelRow(lang, round, arm string, s comparison.RoundStats) []string {
	row := []string{round, arm, format.Int(lang, s.N)}
	for i := range 3 {
		if s.N == 0 {
			row = append(row, format.Dash)
			continue
		}
		row = append(row, format.Count(lang, s.Levels[i], s.Percent[i]))
	}
	return append(row, format.MeanSD(lang, s.Mean, s.SD))
}
