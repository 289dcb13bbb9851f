package data_test

import (
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

// BenchmarkChildHistoryNational opens a child's history in the national
// demo (`baulu demo --all`: 5,172 children, 137,880 scores, every one with
// its history row): target < 50 ms.
func BenchmarkChildHistoryNational(b *testing.B) {
	s := datatest.New(b)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"all"}, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	child := int64(datatest.Int(b, s, `SELECT id FROM child ORDER BY id LIMIT 1 OFFSET 2500`))
	b.ResetTimer()
	for b.Loop() {
		h, err := s.History(ctx, data.HistoryFilter{ChildID: child})
		if err != nil || len(h) < 10 {
			b.Fatalf("%d entries, %v", len(h), err)
		}
	}
}

// BenchmarkKindergartenHistoryNational is a kindergarten's latest
// thousand changes in the same database (the History screen's filter).
func BenchmarkKindergartenHistoryNational(b *testing.B) {
	s := datatest.New(b)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"all"}, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		h, err := s.History(ctx, data.HistoryFilter{KindergartenID: 50})
		if err != nil || len(h) == 0 {
			b.Fatalf("%d entries, %v", len(h), err)
		}
	}
}
