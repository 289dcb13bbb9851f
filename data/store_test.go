package data_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

var ctx = context.Background()

func count(t *testing.T, s *data.Store, table string) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestOpenTwiceDoesNotDuplicateSeeds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadRegion(ctx, "ULY"); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, tb := range []string{"region", "direction", "env_item", "indicator_block", "indicator", "round", "kindergarten", "settings", "schema_version"} {
		want[tb] = count(t, s, tb)
	}
	s.Close()
	s, err = data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.LoadRegion(ctx, "ULY"); err != nil {
		t.Fatal(err)
	}
	for tb, n := range want {
		if got := count(t, s, tb); got != n {
			t.Errorf("%s: %d rows after reopening, want %d", tb, got, n)
		}
	}
	if want["region"] != 20 || want["kindergarten"] != 5 || want["direction"] != 8 || want["indicator"] != 9 || want["round"] != 3 {
		t.Errorf("seed counts = %v", want)
	}
}

func TestPragmasReachTheConnection(t *testing.T) {
	s := datatest.New(t)
	for pragma, want := range map[string]string{"foreign_keys": "1", "journal_mode": "wal", "synchronous": "2"} {
		var got string
		if err := s.DB().QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
}

func TestVersionAndTooNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.Version(ctx)
	if err != nil || v != data.SchemaVersion() {
		t.Fatalf("version %d, %v; want %d", v, err, data.SchemaVersion())
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO schema_version VALUES (999, 'x')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := data.Open(ctx, path, data.Options{}); !errors.Is(err, data.ErrTooNew) {
		t.Fatalf("opening a newer schema: %v, want ErrTooNew", err)
	}
}

func TestCheckConstraintsGuardRanges(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Күншуақ", data.RoleExperimental)
	c := datatest.AddChildren(t, s, g.ID, 1)[0]
	cases := []struct {
		name, sql string
		args      []any
	}{
		{"score 4", `INSERT INTO assessment VALUES (?, 1, 1, 4, 'x')`, []any{c.ID}},
		{"score 0", `INSERT INTO assessment VALUES (?, 1, 1, 0, 'x')`, []any{c.ID}},
		{"likelihood 5", `INSERT INTO risk(region_code, description, category, likelihood, impact, identified_on, created_at, updated_at) VALUES ('ULY','x','other',5,1,'2026-01-01','x','x')`, nil},
		{"bad date", `INSERT INTO event(region_code, kind, held_on, topic, format, created_at, updated_at) VALUES ('ULY','seminar','2026-02-30','x','online','x','x')`, nil},
		{"negative parents", `INSERT INTO event_participation VALUES (1, 76, 1, -1, 0)`, nil},
		{"unknown kindergarten", `INSERT INTO child_group(kindergarten_id, name, role, code, created_at, updated_at) VALUES (7, 'x', 'control', 'C9', 'x', 'x')`, nil},
	}
	// The score writer's gate open, so the CHECK constraints are what
	// refuse the scores (TestScoresOnlyThroughTheWriter tests the gate).
	if _, err := s.DB().ExecContext(ctx, `UPDATE score_writer SET open = 1`); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		if _, err := s.DB().ExecContext(ctx, tc.sql, tc.args...); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
}

func TestTxIsAllOrNothing(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	before := count(t, s, "child_group")
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO child_group(kindergarten_id, name, role, code, created_at, updated_at) VALUES (76, 'a', 'control', 'C1', 'x', 'x')`); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO child_group(kindergarten_id, name, role, code, created_at, updated_at) VALUES (76, 'a', 'control', 'C2', 'x', 'x')`)
		return err
	})
	if !errors.Is(err, data.ErrDuplicate) {
		t.Fatalf("err = %v, want ErrDuplicate", err)
	}
	if got := count(t, s, "child_group"); got != before {
		t.Fatalf("groups = %d after a failed transaction, want %d", got, before)
	}
}
