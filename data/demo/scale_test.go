package demo_test

import (
	"fmt"
	"strings"
	"testing"

	"baulu/data/datatest"
	"baulu/data/demo"
)

// A larger scale is as deterministic as the pilot's, keeps the pilot's own
// data as it is and only adds groups that say they are synthetic.
func TestScaleIsDeterministicAndOnlyAdds(t *testing.T) {
	t.Parallel() // each test has its own databases
	opts := demo.Options{Regions: []string{"ULY"}, Seed: 5, Scale: 2}
	a, b, pilot := datatest.New(t), datatest.New(t), datatest.New(t)
	sa := generate(t, a, opts)
	generate(t, b, opts)
	if ha, hb := tableHash(t, a), tableHash(t, b); ha != hb {
		t.Fatalf("two runs at scale 2 differ: %s vs %s", ha, hb)
	}
	sp := generate(t, pilot, demo.Options{Regions: opts.Regions, Seed: 5})
	if sa.Kindergartens != sp.Kindergartens || sa.Events != sp.Events || sa.Risks != sp.Risks {
		t.Errorf("scale 2 changed more than the children: %v against %v", sa, sp)
	}
	if ratio := float64(sa.Children) / float64(sp.Children); ratio < 1.8 || ratio > 2.2 {
		t.Errorf("scale 2 has %d children against the pilot's %d", sa.Children, sp.Children)
	}
	// Every score of the pilot is there at scale 2, the same.
	scaled := map[string]bool{}
	for _, x := range regionScores(t, a, "ULY") {
		scaled[x] = true
	}
	for _, x := range regionScores(t, pilot, "ULY") {
		if !scaled[x] {
			t.Fatalf("the pilot's score %s is not at scale 2", x)
		}
	}
	kgs, err := a.Kindergartens(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	synthetic := 0
	for _, k := range kgs {
		groups, err := a.Groups(ctx, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range groups {
			if strings.HasSuffix(g.Name, fmt.Sprintf(" · масштаб %d", 2)) {
				synthetic++
			}
		}
	}
	if synthetic == 0 || synthetic != sa.Groups-sp.Groups {
		t.Errorf("%d groups marked synthetic, %d added", synthetic, sa.Groups-sp.Groups)
	}
}
