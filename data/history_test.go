package data_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// scoreRows counts the history's score rows of a source.
func scoreRows(t *testing.T, s *data.Store, src data.ScoreSource) int {
	t.Helper()
	return datatest.Int(t, s, `SELECT count(*) FROM change c JOIN change_set s ON s.id = c.set_id
		WHERE c.entity = 'score' AND s.source = ?`, string(src))
}

// Every path a score can be written by leaves one history row per changed
// cell, of its source: each source of data.ScoreSources has a case here,
// so a new source without one fails, and the database itself refuses a
// score written past the writer (TestScoresOnlyThroughTheWriter).
func TestEveryScorePathLeavesHistory(t *testing.T) {
	paths := map[data.ScoreSource]func(f fixture) (changed int, err error){}
	write := func(src data.ScoreSource) func(f fixture) (int, error) {
		return func(f fixture) (int, error) {
			k := f.ekids[0].ID
			// Two new, one changed, one unchanged, one set and cleared again.
			err := f.s.WriteScores(ctx, []data.Score{
				{k, f.fin.ID, f.ins[0].ID, 2}, {k, f.fin.ID, f.ins[1].ID, 3}, {k, f.base.ID, f.ins[0].ID, 3},
				{k, f.base.ID, f.ins[1].ID, 1}, {k, f.fin.ID, f.ins[2].ID, 2}, {k, f.fin.ID, f.ins[2].ID, 0},
			}, data.WriteOptions{Source: src, Clear: true})
			return 3, err
		}
	}
	for _, src := range []data.ScoreSource{data.SourceGrid, data.SourceImport, data.SourceDemo, data.SourceRoster, data.SourcePackage} {
		paths[src] = write(src)
	}
	paths[data.SourceEdit] = func(f fixture) (int, error) { return 2, f.s.DeleteChild(ctx, f.ekids[0].ID) } // its two base scores
	paths[data.SourceUndo] = func(f fixture) (int, error) {
		k := f.ekids[1].ID
		if err := f.s.WriteScores(ctx, []data.Score{{k, f.fin.ID, f.ins[0].ID, 2}, {k, f.fin.ID, f.ins[1].ID, 3}},
			data.WriteOptions{Source: data.SourceImport, File: "f.xlsx"}); err != nil {
			return 0, err
		}
		sets, err := f.s.ChangeSets(ctx, data.SourceImport, 1)
		if err != nil {
			return 0, err
		}
		_, err = f.s.Undo(ctx, sets[0].ID)
		return 2, err
	}
	for _, src := range data.ScoreSources() {
		path, ok := paths[src]
		if !ok {
			t.Errorf("source %s: no test writes through it", src)
			continue
		}
		f := newFixture(t)
		k := f.ekids[0].ID
		if err := f.s.WriteScores(ctx, []data.Score{{k, f.base.ID, f.ins[0].ID, 3}, {k, f.base.ID, f.ins[1].ID, 2}},
			data.WriteOptions{Source: data.SourceDemo}); err != nil {
			t.Fatal(err)
		}
		before := scoreRows(t, f.s, src)
		want, err := path(f)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := scoreRows(t, f.s, src) - before; got != want {
			t.Errorf("%s: %d history rows, want %d", src, got, want)
		}
	}
	// Deleting a group goes through the writer too.
	f := newFixture(t)
	if err := f.s.WriteScores(ctx, []data.Score{{f.ckids[0].ID, f.base.ID, f.ins[0].ID, 3}, {f.ckids[1].ID, f.base.ID, f.ins[0].ID, 2}},
		data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}
	if err := f.s.DeleteGroup(ctx, f.c.ID); err != nil {
		t.Fatal(err)
	}
	if n := scoreRows(t, f.s, data.SourceEdit); n != 2 {
		t.Fatalf("group deleted: %d score rows", n)
	}
	h, _ := f.s.History(ctx, data.HistoryFilter{Source: data.SourceEdit})
	var groups, children int
	for _, e := range h {
		switch {
		case e.Entity == data.EntityGroup && e.New == "":
			groups++
		case e.Entity == data.EntityChild && e.New == "" && e.ChildCode != "":
			children++
		}
	}
	if groups != 1 || children != 2 {
		t.Fatalf("group deleted: %d group, %d children rows in %+v", groups, children, h)
	}
}

// The database refuses a score written past the writer, a cascade
// included: no path can skip the history.
func TestScoresOnlyThroughTheWriter(t *testing.T) {
	f := newFixture(t)
	k := f.ekids[0].ID
	if err := f.s.WriteScores(ctx, []data.Score{{k, f.base.ID, f.ins[0].ID, 3}}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO assessment VALUES (?, 1, 2, 2, 'x')`,
		`UPDATE assessment SET score = 1 WHERE child_id = ?`,
		`DELETE FROM assessment WHERE child_id = ?`,
		`DELETE FROM child WHERE id = ?`, // cascades to the child's scores
		`DELETE FROM change WHERE set_id > ?`,
		`UPDATE change_set SET source = 'grid' WHERE id > ?`,
	} {
		if _, err := f.s.DB().ExecContext(ctx, q, k); err == nil {
			t.Errorf("%s: accepted", q)
		}
	}
	if n := count(t, f.s, "assessment"); n != 1 {
		t.Fatalf("%d scores", n)
	}
	if open := datatest.Int(t, f.s, `SELECT open FROM score_writer`); open != 0 {
		t.Fatal("the writer left its gate open")
	}
}

// A record's history: old → new as JSON, the source from the context, the
// methodologist and the OS user; the child's own and its scores' rows
// together in the child's history.
func TestRecordHistory(t *testing.T) {
	f := newFixture(t)
	s := f.s
	if err := s.SetMethodologist(ctx, "Ержан Қалиев"); err != nil {
		t.Fatal(err)
	}
	c := f.ekids[0]
	c.Consent = false
	if err := s.SaveChild(data.WithChange(ctx, data.Change{Source: data.SourceRoster, File: "тізім.xlsx", SHA256: "ab"}), &c); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteScores(ctx, []data.Score{{c.ID, f.base.ID, f.ins[0].ID, 3}}, data.WriteOptions{Source: data.SourcePackage}); err != nil {
		t.Fatal(err)
	}
	h, err := s.History(ctx, data.HistoryFilter{ChildID: c.ID})
	if err != nil || len(h) != 3 { // created, consent, score
		t.Fatalf("child history %+v, %v", h, err)
	}
	score, consent, created := h[0], h[1], h[2]
	if score.Entity != data.EntityScore || score.Old != "" || score.New != "3" || score.IndicatorCode != f.ins[0].Code ||
		score.ChildCode != c.Code || score.KindergartenID != 76 || score.Set.Source != data.SourcePackage {
		t.Errorf("score row %+v", score)
	}
	if consent.Set.Source != data.SourceRoster || consent.Set.File != "тізім.xlsx" || !strings.Contains(consent.Old, `"consent":1`) ||
		!strings.Contains(consent.New, `"consent":0`) || consent.Set.Who.Methodologist != "Ержан Қалиев" {
		t.Errorf("consent row %+v", consent)
	}
	if created.Old != "" || created.Set.Source != data.SourceEdit || created.ChildCode != c.Code {
		t.Errorf("created row %+v", created)
	}
	// An activity record: its sub-rows (attendance) are part of it.
	e := data.Event{RegionCode: "ULY", Kind: data.EventSeminar, HeldOn: data.NewDate(2026, 3, 2), Topic: "Кәсіптер",
		Format: data.FormatOffline, Participation: []data.Participation{{KindergartenID: 76, Teachers: 2}}}
	if err := s.SaveEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	e.Participation[0].Teachers = 3
	if err := s.SaveEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveEvent(ctx, &e); err != nil { // unchanged: no row
		t.Fatal(err)
	}
	if err := s.DeleteEvent(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	rows := datatest.Strings(t, s, `SELECT coalesce(old, '-') || ' → ' || coalesce(new, '-') FROM change WHERE entity = 'event' ORDER BY id`)
	if len(rows) != 3 || !strings.Contains(rows[1], `"teachers":2`) || !strings.Contains(rows[1], `"teachers":3`) || !strings.HasSuffix(rows[2], "→ -") {
		t.Fatalf("event rows %q", rows)
	}
	// A new database's history starts with its baseline.
	base, err := s.ChangeSets(ctx, data.SourceBaseline, 0)
	if err != nil || len(base) != 1 || !strings.Contains(base[0].Note, `"scores":0`) {
		t.Fatalf("baseline %+v, %v", base, err)
	}
}

// Undoing an import puts back what it replaced, leaves (and lists) the
// cells a later change touched, and is itself on record; an import cannot
// be undone twice, nor a grid edit at all.
func TestUndoImport(t *testing.T) {
	f := newFixture(t)
	s := f.s
	k0, k1 := f.ekids[0].ID, f.ekids[1].ID
	b := f.base.ID
	if err := s.WriteScores(ctx, []data.Score{{k0, b, f.ins[0].ID, 1}, {k0, b, f.ins[1].ID, 2}}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}
	imp := data.WriteOptions{Source: data.SourceImport, KindergartenID: 76, File: "Балапан.xlsx", SHA256: strings.Repeat("c", 64)}
	if err := s.WriteScores(ctx, []data.Score{
		{k0, b, f.ins[0].ID, 3}, {k0, b, f.ins[1].ID, 3}, // changed
		{k1, b, f.ins[0].ID, 2}, {k1, b, f.ins[1].ID, 2}, // new
	}, imp); err != nil {
		t.Fatal(err)
	}
	sets, err := s.ChangeSets(ctx, data.SourceImport, 0)
	if err != nil || len(sets) != 1 || sets[0].Scores != 4 || sets[0].File != "Балапан.xlsx" || sets[0].SHA256 != imp.SHA256 {
		t.Fatalf("import sets %+v, %v", sets, err)
	}
	id := sets[0].ID
	// Later: one imported cell changed again in the grid.
	if err := s.WriteScores(ctx, []data.Score{{k1, b, f.ins[1].ID, 1}}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}
	plan, err := s.PlanUndo(ctx, id)
	if err != nil || len(plan.Restore) != 3 || len(plan.Conflicts) != 1 {
		t.Fatalf("plan %+v, %v", plan, err)
	}
	c := plan.Conflicts[0]
	if c.ChildID != k1 || c.IndicatorID != f.ins[1].ID || c.From != 2 || c.To != 0 || c.Now != 1 || c.Later.Source != data.SourceGrid {
		t.Fatalf("conflict %+v", c)
	}
	done, err := s.Undo(ctx, id)
	if err != nil || len(done.Restore) != 3 || len(done.Conflicts) != 1 {
		t.Fatalf("undo %+v, %v", done, err)
	}
	m, _ := s.GroupScores(ctx, f.e.ID, b)
	if m[k0][f.ins[0].ID] != 1 || m[k0][f.ins[1].ID] != 2 || m[k1][f.ins[0].ID] != 0 || m[k1][f.ins[1].ID] != 1 {
		t.Fatalf("after undo %v", m)
	}
	undo, _ := s.ChangeSets(ctx, data.SourceUndo, 0)
	if len(undo) != 1 || undo[0].Undoes != id || undo[0].Scores != 3 {
		t.Fatalf("undo set %+v", undo)
	}
	if sets, _ := s.ChangeSets(ctx, data.SourceImport, 0); sets[0].UndoneBy != undo[0].ID {
		t.Fatalf("import not marked undone: %+v", sets[0])
	}
	if _, err := s.Undo(ctx, id); !errors.Is(err, data.ErrUndone) {
		t.Fatalf("second undo: %v", err)
	}
	grid, _ := s.ChangeSets(ctx, data.SourceGrid, 1)
	if _, err := s.Undo(ctx, grid[0].ID); !errors.Is(err, data.ErrNotUndoable) {
		t.Fatalf("undo of a grid edit: %v", err)
	}
}

// An undo respects approvals like any change: refused whole, with the
// sentence, while the round is approved.
func TestUndoRefusedWhenApproved(t *testing.T) {
	f := newFixture(t)
	k := f.ekids[0].ID
	if err := f.s.WriteScores(ctx, []data.Score{{k, f.base.ID, f.ins[0].ID, 3}}, data.WriteOptions{Source: data.SourceImport}); err != nil {
		t.Fatal(err)
	}
	sets, _ := f.s.ChangeSets(ctx, data.SourceImport, 1)
	if err := f.s.ApproveRound(ctx, 76, f.base.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Undo(context.Background(), sets[0].ID); !errors.Is(err, data.ErrApproved) {
		t.Fatalf("undo into an approved round: %v", err)
	}
}

// A restore is on record in the restored database: the backup's name and
// SHA-256.
func TestRecordRestore(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	path := filepath.Join(t.TempDir(), "baulu-20261125-100000.db")
	if err := s.BackupTo(ctx, path); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordRestore(ctx, path); err != nil {
		t.Fatal(err)
	}
	sets, err := s.ChangeSets(ctx, data.SourceRestore, 0)
	if err != nil || len(sets) != 1 || sets[0].File != "baulu-20261125-100000.db" || len(sets[0].SHA256) != 64 {
		t.Fatalf("restore %+v, %v", sets, err)
	}
}
