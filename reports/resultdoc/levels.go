package resultdoc

import (
	"strconv"

	"baulu/reports/comparison"
	"baulu/reports/docfmt"
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
// and the mean score ± SD.
func Levels(lang string, rounds []RoundLevels) pdfdoc.Table {
	w := wordsFor(lang)
	var rows [][]string
	for _, r := range rounds {
		rows = append(rows, levelRow(r.Round, w.t("arm.e.letter"), r.E), levelRow("", w.t("arm.c.letter"), r.C))
	}
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: w.t("col.round"), Weight: 1},
			{Title: w.t("col.arm"), Width: 18.5, Align: pdfdoc.AlignCenter},
			{Title: w.t("col.assessed"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: w.t("col.level1"), Width: 24.5, Align: pdfdoc.AlignCenter},
			{Title: w.t("col.level2"), Width: 24.5, Align: pdfdoc.AlignCenter},
			{Title: w.t("col.level3"), Width: 24.5, Align: pdfdoc.AlignCenter},
			// The round's name («Қорытынды») keeps the 25 mm left.
			{Title: w.t("col.mean"), Width: 27, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	}
}

// levelRow is a row of the level table.
func levelRow(round, arm string, s comparison.RoundStats) []string {
	row := []string{round, arm, strconv.Itoa(s.N)}
	for i := range 3 {
		if s.N == 0 {
			row = append(row, docfmt.Dash)
			continue
		}
		row = append(row, strconv.Itoa(s.Levels[i])+" ("+docfmt.Float(s.Percent[i], 1)+docfmt.NBSP+"%)")
	}
	return append(row, docfmt.MeanSD(s.Mean, s.SD))
}
