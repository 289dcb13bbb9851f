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
	rows, err := s.DB().QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	h := sha256.New()
	for _, tb := range tables {
		rows, err := s.DB().QueryContext(ctx, `SELECT * FROM `+tb+` ORDER BY 1, 2`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintln(h, tb)
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(h, vals...)
		}
		rows.Close()
	}
	return fmt.Sprintf("%x", h.Sum(nil))
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
	rows, err := s.DB().QueryContext(ctx, `SELECT c.code || '/' || r.code || '/' || i.code || '=' || a.score
		FROM assessment a JOIN child c ON c.id = a.child_id JOIN round r ON r.id = a.round_id
		JOIN indicator i ON i.id = a.indicator_id JOIN child_group g ON g.id = c.group_id
		JOIN kindergarten k ON k.id = g.kindergarten_id WHERE k.region_code = ?`, region)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		rows.Scan(&v)
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func TestRegionDoesNotDependOnTheOthers(t *testing.T) {
	alone, together := datatest.New(t), datatest.New(t)
	generate(t, alone, demo.Options{Regions: []string{"ULY"}, Seed: 3})
	generate(t, together, demo.Options{Regions: []string{"AST", "ULY"}, Seed: 3})
	a, b := regionScores(t, alone, "ULY"), regionScores(t, together, "ULY")
	if len(a) == 0 || fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatalf("Ulytau's scores changed when Astana was generated first (%d vs %d scores)", len(a), len(b))
	}
}
