package comparison_test

import (
	"testing"

	"baulu/reports/analysis"
	"baulu/reports/comparison"
)

// Subgroups: each row is Welch's test on its paired children, Holm-adjusted
// over the table; children without a recorded value are in no row.
func TestSubgroups(t *testing.T) {
	ds := clusteredCase()
	for i := range ds.Children {
		c := &ds.Children[i]
		c.Sex = []string{"F", "M", ""}[i%3]
		c.Locality = []string{"urban", "rural"}[c.GroupID%2]
		c.Language, c.AgeGroup = "kk", "senior"
	}
	r := comparison.Compute(ds)
	rows := r.Subgroups
	// sex F, M; urban, rural; kk; senior.
	if len(rows) != 6 || rows[0].Dimension != "sex" || rows[0].Value != "F" || rows[4].Value != "kk" || rows[5].Value != "senior" {
		t.Fatalf("rows %+v", rows)
	}
	if rows[4].PairedE != r.Experimental.Paired || rows[4].PairedC != r.Control.Paired {
		t.Errorf("language kk: %d/%d of %d/%d", rows[4].PairedE, rows[4].PairedC, r.Experimental.Paired, r.Control.Paired)
	}
	if rows[0].PairedE+rows[1].PairedE >= r.Experimental.Paired {
		t.Errorf("children without a sex counted: %d + %d of %d", rows[0].PairedE, rows[1].PairedE, r.Experimental.Paired)
	}
	var e, c []float64
	for i, ch := range ds.Children {
		if i%3 != 0 || ch.From.Count == 0 || ch.To.Count == 0 {
			continue
		}
		if g := ch.To.Mean() - ch.From.Mean(); ch.Role == "experimental" {
			e = append(e, g)
		} else {
			c = append(c, g)
		}
	}
	checkF(t, "girls' Welch p", rows[0].WelchP, analysis.Welch(e, c).P)
	var p []float64
	for _, x := range rows {
		p = append(p, float64(x.WelchP))
	}
	for i, adj := range analysis.Holm(p) {
		checkF(t, "Holm", rows[i].WelchPHolm, adj)
	}
}
