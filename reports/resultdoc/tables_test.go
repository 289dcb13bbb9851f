package resultdoc

import (
	"strings"
	"testing"

	"baulu/reports/comparison"
	"baulu/reports/format"
)

// dataset is 40 children per arm scored on one indicator in two rounds;
// the experimental arm gains more.
func dataset(perArm int) *comparison.Dataset {
	ds := &comparison.Dataset{ThresholdLow: 1.5, ThresholdHigh: 2.5,
		Indicators: []comparison.IndicatorRef{{ID: 1, Code: "K1"}}}
	for i := range perArm {
		from := 1 + i%2
		ds.Children = append(ds.Children,
			comparison.ChildScores{ChildID: int64(2 * i), GroupID: 1, KindergartenID: 1, Role: "experimental",
				From: comparison.Tally{Sum: from, Count: 1}, To: comparison.Tally{Sum: min(3, from+1+i%3/2), Count: 1}},
			comparison.ChildScores{ChildID: int64(2*i + 1), GroupID: 2, KindergartenID: 1, Role: "control",
				From: comparison.Tally{Sum: from, Count: 1}, To: comparison.Tally{Sum: from + i%3/2, Count: 1}})
	}
	return ds
}

func cells(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, " | "))
		b.WriteByte('\n')
	}
	return b.String()
}

func TestTables(t *testing.T) {
	full := comparison.Compute(dataset(40))
	empty := comparison.Compute(&comparison.Dataset{})
	if !full.Gains.Computable || full.DiD <= 0 {
		t.Fatalf("the fixture compares nothing: %+v", full.Gains)
	}
	cases := []struct {
		name  string
		rows  [][]string
		cols  int
		nrows int
		want  []string
		not   []string
	}{
		{"tests kk", Tests(full, "kk", "бастапқы", "қорытынды").Rows, 6, 10,
			[]string{"Пирсонның χ² критерийі", "U = ", "φ* = ", "V = ", "t = ", "Э − Б = " + format.Num("kk", full.DiD, 2),
				"χ² = " + format.Num("kk", full.AtTo.ChiSquare.Statistic, 2), "t = " + format.Num("kk", full.Gains.T, 2), "қорытынды кезең", "айырмашылық маңызды"}, []string{"{"}},
		{"tests ru", Tests(full, "ru", "входной", "итоговый").Rows, 6, 10,
			[]string{"Критерий χ² Пирсона", "экспериментальные группы: входной → итоговый этап", "95\u00a0% доверительный интервал"}, []string{"{"}},
		{"baseline only", BaselineTests(full, "ru", "входной").Rows, 6, 3, []string{"входной этап"}, []string{"Уэлча", "{"}},
		{"nothing to test", Tests(empty, "kk", "a", "b").Rows, 6, 10, []string{"есептелмейді", "бақылаулар тым аз"}, []string{"{", "NaN"}},
		{"descriptive", Descriptive(full, "kk", "бастапқы", "қорытынды").Rows, 3, 11,
			[]string{"Бағаланған балалар: бастапқы кезең | 40 | 40", "Екі кезеңде де бағаланғандар | 40 | 40"}, []string{"{"}},
		{"levels", Levels("ru", []RoundLevels{{Round: "Входной", E: full.Experimental.From, C: full.Control.From}}).Rows, 7, 2,
			[]string{"Входной | Э | 40 | 20 (50,0\u00a0%) | 20 (50,0\u00a0%) | 0 (0,0\u00a0%) | 1,50 ± 0,51", "Входной | К | 40 |"}, []string{"{"}},
	}
	for _, c := range cases {
		text := cells(c.rows)
		if len(c.rows) != c.nrows {
			t.Errorf("%s: %d rows, want %d\n%s", c.name, len(c.rows), c.nrows, text)
		}
		for _, r := range c.rows {
			if len(r) != c.cols {
				t.Errorf("%s: row %q has %d cells, want %d", c.name, r, len(r), c.cols)
			}
		}
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: no %q in\n%s", c.name, w, text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q in\n%s", c.name, w, text)
			}
		}
	}
	if TestsNote("ru") == TestsNote("kk") || !strings.Contains(TestsNote("ru"), "Уилкоксона") {
		t.Error("the note under the tests is not in the language asked")
	}
}
