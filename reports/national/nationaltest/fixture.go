// Package nationaltest builds the Institute's national copy the tests of
// the Submissions table, the national report and the quarterly note read:
// three regions' packages imported on their days — one on time with its
// report (encrypted), one re-sent with a change, one late — and seventeen
// regions missing, seen on Today, after the report deadline.
package nationaltest

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/demo"
	"baulu/reports/regionpkg"
)

// Today is the national copy's today: after the deadline of the regional
// reports (30.11.2026), before the end of the period.
var Today = time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)

// Passphrase protects ABA's package.
const Passphrase = "институт-2026"

// The regions of the fixture and what they sent.
const (
	OnTime = "ABA" // package 25.11 (encrypted), report 28.11
	Resent = "ULY" // package 20.11, again 02.12 with one score changed; report 29.11
	Late   = "AST" // package 03.12, report 04.12
)

func day(m time.Month, d int) time.Time { return time.Date(2026, m, d, 9, 0, 0, 0, time.UTC) }

// Store is the national copy (no region of its own) with the three
// regions' packages and reports.
func Store(t testing.TB) *data.Store {
	t.Helper()
	ctx := context.Background()
	open := func(name string) *data.Store {
		s, err := data.Open(ctx, filepath.Join(t.TempDir(), name), data.Options{Now: func() time.Time { return Today }})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	src, nat := open("regions.db"), open("national.db")
	if _, err := demo.Generate(ctx, src, demo.Options{Regions: []string{OnTime, Resent, Late}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	approveBaseline(t, src, OnTime)
	send := func(region string, made time.Time, pass string) {
		t.Helper()
		var buf bytes.Buffer
		if err := regionpkg.Export(ctx, src, region, &buf, regionpkg.ExportOptions{Now: made, Passphrase: pass}); err != nil {
			t.Fatal(err)
		}
		name := regionpkg.FileName(region, made)
		if _, err := regionpkg.Import(ctx, nat, &buf, regionpkg.ImportOptions{Passphrase: pass, Now: made.Add(2 * time.Hour), FileName: name}); err != nil {
			t.Fatalf("import %s: %v", name, err)
		}
	}
	report := func(region string, on time.Time, file string) {
		t.Helper()
		if _, err := nat.RecordRegionReport(ctx, region, data.DateOf(on), file); err != nil {
			t.Fatal(err)
		}
	}
	send(Resent, day(11, 20), "")
	send(OnTime, day(11, 25), Passphrase)
	report(OnTime, day(11, 28), "Абай-есеп-2026.pdf")
	report(Resent, day(11, 29), "Ұлытау-есеп-2026.pdf")
	changeOneScore(t, src, Resent)
	send(Resent, day(12, 2), "")
	send(Late, day(12, 3), "")
	report(Late, day(12, 4), "")
	return nat
}

// changeOneScore changes one baseline score of the region's first group.
func changeOneScore(t testing.TB, s *data.Store, region string) {
	t.Helper()
	ctx := context.Background()
	kgs, err := s.Kindergartens(ctx, region)
	if err != nil {
		t.Fatal(err)
	}
	rounds, _ := s.Rounds(ctx)
	ins, _ := s.Indicators(ctx, false)
	groups, _ := s.Groups(ctx, kgs[0].ID)
	scores, err := s.GroupScores(ctx, groups[0].ID, rounds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	kids, err := s.Children(ctx, groups[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	// The first child with consent and a score (map order is random).
	for _, k := range kids {
		if v, ok := scores[k.ID][ins[0].ID]; ok && k.Consent && k.LeftOn.IsZero() {
			err := s.WriteScores(ctx, []data.Score{{ChildID: k.ID, RoundID: rounds[0].ID, IndicatorID: ins[0].ID, Value: 1 + v%3}},
				data.WriteOptions{Source: data.SourceGrid})
			if err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatal("no score to change")
}

// approveBaseline approves the baseline round of every kindergarten of
// the region.
func approveBaseline(t testing.TB, s *data.Store, region string) {
	t.Helper()
	ctx := context.Background()
	kgs, _ := s.Kindergartens(ctx, region)
	rounds, _ := s.Rounds(ctx)
	for _, k := range kgs {
		if err := s.ApproveRound(ctx, k.ID, rounds[0].ID); err != nil {
			t.Fatal(err)
		}
	}
}
