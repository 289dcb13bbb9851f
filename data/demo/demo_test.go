package demo_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"sort"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

var ctx = context.Background()

// tableHash digests every row of every table, so two databases with the
// same content give the same hash.
func tableHash(t testing.TB, s *data.Store) string {
	t.Helper()
	return fmt.Sprintf("%x", sha256.Sum256([]byte(datatest.Dump(t, s))))
}

func generate(t testing.TB, s *data.Store, opts demo.Options) demo.Summary {
	t.Helper()
	sum, err := demo.Generate(ctx, s, opts)
	if err != nil {
		t.Fatalf("generate %v: %v", opts.Regions, err)
	}
	return sum
}

func TestGenerateIsDeterministic(t *testing.T) {
	t.Parallel() // each test has its own databases
	opts := demo.Options{Regions: []string{"ULY", "AST"}, Seed: 7}
	a, b := datatest.New(t), datatest.New(t)
	generate(t, a, opts)
	generate(t, b, opts)
	if ha, hb := tableHash(t, a), tableHash(t, b); ha != hb {
		t.Fatalf("two runs with the same seed differ: %s vs %s", ha, hb)
	}
	c := datatest.New(t)
	generate(t, c, demo.Options{Regions: []string{"ULY", "AST"}, Seed: 8})
	if tableHash(t, a) == tableHash(t, c) {
		t.Fatal("another seed gave the same data")
	}
}

// regionScores lists a region's scores by child code, round and indicator,
// which do not depend on row ids.
func regionScores(t *testing.T, s *data.Store, region string) []string {
	records, err := s.ScoreRecords(ctx, region)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, x := range records {
		out = append(out, fmt.Sprintf("%s/%s/%s=%d", x.ChildCode, x.RoundCode, x.IndicatorCode, x.Score))
	}
	sort.Strings(out)
	return out
}

func TestRegionDoesNotDependOnTheOthers(t *testing.T) {
	t.Parallel() // each test has its own databases
	alone, together := datatest.New(t), datatest.New(t)
	generate(t, alone, demo.Options{Regions: []string{"ULY"}, Seed: 3})
	generate(t, together, demo.Options{Regions: []string{"AST", "ULY"}, Seed: 3})
	a, b := regionScores(t, alone, "ULY"), regionScores(t, together, "ULY")
	if len(a) == 0 || fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatalf("Ulytau's scores changed when Astana was generated first (%d vs %d scores)", len(a), len(b))
	}
}
