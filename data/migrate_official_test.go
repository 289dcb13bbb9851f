package data_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/demo"
)

// A database made by the release before migration 0004 (schema 3) with a
// whole region of demo data in it upgrades to version 4 and keeps every row
// and every value; the ratings made before start their history.
func TestUpgradeToOfficialTextsKeepsEveryRow(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// The demo data, made by this build.
	src := filepath.Join(dir, "demo.db")
	s, err := data.Open(ctx, src, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// A schema-3 database with the same rows, as the release before writes it.
	old := filepath.Join(dir, "old.db")
	db := rawOpen(t, old)
	mustExec(t, db, `CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	files, _ := filepath.Glob("migrations/000[123]_*.sql")
	if len(files) != 3 {
		t.Fatalf("migrations 1–3: %v", files)
	}
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		mustExec(t, db, string(b))
		mustExec(t, db, `INSERT INTO schema_version VALUES (?, '2026-01-01 00:00:00')`, i+1)
	}
	tables := tableNames(t, db)
	mustExec(t, db, `ATTACH DATABASE ? AS demo`, src)
	for _, tb := range tables {
		if tb == "schema_version" {
			continue
		}
		cols := strings.Join(columns(t, db, tb), ", ")
		mustExec(t, db, fmt.Sprintf(`INSERT INTO main.%s (%s) SELECT %[2]s FROM demo.%[1]s`, tb, cols))
	}
	mustExec(t, db, `DETACH DATABASE demo`)
	oldCols := map[string][]string{}
	for _, tb := range tables {
		oldCols[tb] = columns(t, db, tb)
	}
	before := dumpRows(t, db, oldCols)
	ratings := before["env_rating"]
	db.Close()
	if len(ratings) == 0 || len(before["assessment"]) == 0 || len(before["kindergarten"]) != 5 {
		t.Fatalf("the old database is not filled: %d ratings, %d scores", len(ratings), len(before["assessment"]))
	}

	s, err = data.Open(ctx, old, data.Options{})
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	v, _ := s.Version(ctx)
	k, kerr := s.Kindergarten(ctx, 77)
	s.Close()
	if v != data.SchemaVersion() || v < 4 || kerr != nil || k.NameRU != "КГКП «Ясли-сад «Акбота»»" {
		t.Fatalf("upgraded to %d; kindergarten 77 %q %v", v, k.NameRU, kerr)
	}
	db = rawOpen(t, old)
	defer db.Close()
	after := dumpRows(t, db, oldCols)
	for _, tb := range tables {
		if tb == "schema_version" {
			continue
		}
		if !reflect.DeepEqual(before[tb], after[tb]) {
			t.Errorf("table %s changed: %d rows before, %d after", tb, len(before[tb]), len(after[tb]))
		}
	}
	var history int
	if err := db.QueryRow(`SELECT count(*) FROM env_rating_history`).Scan(&history); err != nil || history != len(ratings) {
		t.Errorf("%d history rows (%v), want one per rating (%d)", history, err, len(ratings))
	}
}

func rawOpen(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	return db
}

func mustExec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%.60s: %v", q, err)
	}
}

func tableNames(t *testing.T, db *sql.DB) []string {
	return strings1(t, db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
}

func columns(t *testing.T, db *sql.DB, table string) []string {
	return strings1(t, db, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
}

// strings1 reads the one text column of a query.
func strings1(t *testing.T, db *sql.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, n)
	}
	return out
}

// dumpRows reads every row of the tables in the given columns (the old
// schema's), as text.
func dumpRows(t *testing.T, db *sql.DB, tables map[string][]string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for tb, c := range tables {
		rows, err := db.Query(fmt.Sprintf(`SELECT %s FROM %s ORDER BY 1, 2`, strings.Join(c, ", "), tb))
		if err != nil {
			t.Fatal(err)
		}
		n := len(c)
		for rows.Next() {
			vals := make([]any, n)
			ptrs := make([]any, n)
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out[tb] = append(out[tb], fmt.Sprint(vals...))
		}
		rows.Close()
	}
	return out
}
