package datatest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/internal/rawdb"
)

// The few fixtures and checks the store's API does not offer (a row the
// screens never write, "did anything change at all") run SQL here, under
// data/, so the packages above data stay free of it. Use them sparingly:
// a test that can say what it means through the API should.

func db(s *data.Store) *sql.DB { return s.Raw(rawdb.Key{}) }

// Exec runs one statement and returns the last inserted row id.
func Exec(tb testing.TB, s *data.Store, query string, args ...any) int64 {
	tb.Helper()
	res, err := db(s).ExecContext(context.Background(), query, args...)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	id, _ := res.LastInsertId()
	return id
}

// Int reads one integer (a count).
func Int(tb testing.TB, s *data.Store, query string, args ...any) int {
	tb.Helper()
	return one[int](tb, s, query, args...)
}

// Float reads one number (an average).
func Float(tb testing.TB, s *data.Store, query string, args ...any) float64 {
	tb.Helper()
	return one[float64](tb, s, query, args...)
}

// one reads the single value of a one-row, one-column query.
func one[T any](tb testing.TB, s *data.Store, query string, args ...any) T {
	tb.Helper()
	var v T
	if err := db(s).QueryRowContext(context.Background(), query, args...).Scan(&v); err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return v
}

// Strings reads the first column of every row as text.
func Strings(tb testing.TB, s *data.Store, query string, args ...any) []string {
	tb.Helper()
	rows, err := db(s).QueryContext(context.Background(), query, args...)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v sql.NullString
		if err := rows.Scan(&v); err != nil {
			tb.Fatalf("%s: %v", query, err)
		}
		out = append(out, v.String)
	}
	if err := rows.Err(); err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return out
}

// Dump is every row of every table, so a test can tell whether anything
// was written (a refused import) or two databases hold the same data.
func Dump(tb testing.TB, s *data.Store) string {
	tb.Helper()
	var out strings.Builder
	for _, table := range Strings(tb, s, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`) {
		fmt.Fprintf(&out, "## %s\n", table)
		rows, err := db(s).QueryContext(context.Background(), `SELECT * FROM "`+table+`" ORDER BY 1, 2`)
		if err != nil {
			tb.Fatalf("dump %s: %v", table, err)
		}
		cols, _ := rows.Columns()
		vals := make([]sql.RawBytes, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				tb.Fatalf("dump %s: %v", table, err)
			}
			for _, v := range vals {
				out.Write(v)
				out.WriteByte('|')
			}
			out.WriteByte('\n')
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			tb.Fatalf("dump %s: %v", table, err)
		}
	}
	return out.String()
}
