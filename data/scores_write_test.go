package data_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// The rules of the one score writer, source by source.
func TestWriteScoresRules(t *testing.T) {
	f := newFixture(t)
	k0, c0 := f.ekids[0], f.ckids[0]
	noConsent := f.ekids[1]
	noConsent.Consent = false
	if err := f.s.SaveChild(ctx, &noConsent); err != nil {
		t.Fatal(err)
	}
	a3 := f.ins[8]
	if err := f.s.WriteScores(ctx, []data.Score{{noConsent.ID, f.base.ID, f.ins[0].ID, 2}, {k0.ID, f.base.ID, a3.ID, 2}},
		data.WriteOptions{Source: data.SourcePackage}); err != nil {
		t.Fatalf("a copy of recorded scores: %v", err)
	}
	if err := f.s.RetireIndicator(ctx, a3.ID, data.NewDate(2026, 6, 1)); err != nil {
		t.Fatal(err)
	}
	grid := data.WriteOptions{Source: data.SourceGrid, Clear: true, GroupID: f.e.ID}
	cases := []struct {
		name  string
		score data.Score
		opt   data.WriteOptions
		want  string // "field:reason", or a sentinel's text
	}{
		{"no consent", data.Score{noConsent.ID, f.fin.ID, f.ins[0].ID, 3}, grid, "consent:required"},
		{"no consent, Excel import", data.Score{noConsent.ID, f.fin.ID, f.ins[0].ID, 3},
			data.WriteOptions{Source: data.SourceImport, KindergartenID: 76}, "consent:required"},
		{"retired indicator", data.Score{k0.ID, f.fin.ID, a3.ID, 3}, grid, "indicator:retired"},
		{"clearing a retired indicator's score", data.Score{k0.ID, f.base.ID, a3.ID, 0}, grid, "indicator:retired"},
		{"0 without Clear", data.Score{k0.ID, f.fin.ID, f.ins[0].ID, 0}, data.WriteOptions{Source: data.SourceImport}, "score:range"},
		{"score 4", data.Score{k0.ID, f.fin.ID, f.ins[0].ID, 4}, grid, "score:range"},
		{"child of another group", data.Score{c0.ID, f.fin.ID, f.ins[0].ID, 2}, grid, data.ErrInvalid.Error()},
		{"child of another kindergarten", data.Score{k0.ID, f.fin.ID, f.ins[0].ID, 2},
			data.WriteOptions{Source: data.SourceImport, KindergartenID: 77}, data.ErrInvalid.Error()},
		{"unknown child", data.Score{999, f.fin.ID, f.ins[0].ID, 2}, data.WriteOptions{Source: data.SourceDemo}, data.ErrNotFound.Error()},
		{"no source", data.Score{k0.ID, f.fin.ID, f.ins[0].ID, 2}, data.WriteOptions{}, "unknown source"},
	}
	before := count(t, f.s, "assessment")
	for _, tc := range cases {
		err := f.s.WriteScores(ctx, []data.Score{{k0.ID, f.fin.ID, f.ins[1].ID, 2}, tc.score}, tc.opt)
		var got string
		var ve *data.ValidationError
		switch {
		case errors.As(err, &ve):
			got = ve.Field + ":" + ve.Reason
		case err != nil:
			got = err.Error()
		}
		if err == nil || !strings.Contains(got, tc.want) {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
		if n := count(t, f.s, "assessment"); n != before {
			t.Fatalf("%s: %d scores after a refused batch, want %d", tc.name, n, before)
		}
	}
	// A score recorded before consent was withdrawn can still be cleared.
	if err := f.s.WriteScores(ctx, []data.Score{{noConsent.ID, f.base.ID, f.ins[0].ID, 0}}, grid); err != nil {
		t.Fatalf("clearing a no-consent child's old score: %v", err)
	}
	// Set and clear of one cell in one batch: the later wins.
	cell := data.Score{k0.ID, f.fin.ID, f.ins[2].ID, 3}
	clear := cell
	clear.Value = 0
	if err := f.s.WriteScores(ctx, []data.Score{cell, clear}, grid); err != nil {
		t.Fatal(err)
	}
	if m, _ := f.s.GroupScores(ctx, f.e.ID, f.fin.ID); m[k0.ID][f.ins[2].ID] != 0 {
		t.Fatalf("set then clear left %d", m[k0.ID][f.ins[2].ID])
	}
	if err := f.s.WriteScores(ctx, []data.Score{clear, cell}, grid); err != nil {
		t.Fatal(err)
	}
	if m, _ := f.s.GroupScores(ctx, f.e.ID, f.fin.ID); m[k0.ID][f.ins[2].ID] != 3 {
		t.Fatalf("clear then set left %d", m[k0.ID][f.ins[2].ID])
	}
}

// A batch larger than one INSERT (scoreChunk) with clears between runs.
func TestWriteScoresLargeBatch(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, 60)
	ins, _ := s.Indicators(ctx, false)
	rounds, _ := s.Rounds(ctx)
	var scores []data.Score
	for i, k := range kids {
		for _, in := range ins {
			scores = append(scores, data.Score{k.ID, rounds[0].ID, in.ID, 1 + (i+int(in.ID))%3})
		}
	}
	opt := data.WriteOptions{Source: data.SourceImport, Clear: true}
	if err := s.WriteScores(ctx, scores, opt); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "assessment"); n != len(scores) {
		t.Fatalf("%d scores written, want %d", n, len(scores))
	}
	for i := range scores {
		if i%7 == 0 {
			scores[i].Value = 0
		} else {
			scores[i].Value = 1 + scores[i].Value%3
		}
	}
	if err := s.WriteScores(ctx, scores, opt); err != nil {
		t.Fatal(err)
	}
	m, _ := s.GroupScores(ctx, g.ID, rounds[0].ID)
	for _, sc := range scores {
		if got := m[sc.ChildID][sc.IndicatorID]; got != sc.Value {
			t.Fatalf("child %d indicator %d: %d, want %d", sc.ChildID, sc.IndicatorID, got, sc.Value)
		}
	}
}

// assessmentWrite is SQL that changes the assessment table.
var assessmentWrite = regexp.MustCompile(`(?is)\b(INSERT\s+(OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(\s+OR\s+\w+)?|DELETE\s+FROM)\s+"?assessment\b`)

// TestOneScoreWriter fails when a score can reach the assessment table by
// another path than scores_write.go: issue 18's locks and history live
// there, and a second path would skip them.
func TestOneScoreWriter(t *testing.T) {
	root := moduleRoot(t)
	var found []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		if filepath.ToSlash(rel) == "data/scores_write.go" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if m := assessmentWrite.Find(b); m != nil {
			found = append(found, rel+": "+string(m))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) > 0 {
		t.Fatalf("scores written outside data/scores_write.go:\n%s", strings.Join(found, "\n"))
	}
	// The check itself finds what it looks for.
	if !assessmentWrite.MatchString("INSERT INTO assessment(child_id) VALUES (1)") ||
		!assessmentWrite.MatchString("delete from\n\t assessment where 1") {
		t.Fatal("the pattern misses a write")
	}
}

// moduleRoot is the folder of go.mod above the test's working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}
