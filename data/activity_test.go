package data_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"baulu/data"
)

// dump renders whole tables as text, so a test can assert that a rejected
// save wrote nothing at all (no row added, none changed).
func dump(t *testing.T, s *data.Store, tables ...string) string {
	t.Helper()
	var b strings.Builder
	for _, tb := range tables {
		rows, err := s.DB().QueryContext(ctx, `SELECT * FROM `+tb+` ORDER BY 1, 2`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintf(&b, "%s:\n", tb)
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%v\n", vals)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return b.String()
}

// d is a short way to write a date in a table of cases.
func d(y, m, day int) data.Date { return data.NewDate(y, time.Month(m), day) }
