package data_test

import (
	"testing"

	"baulu/data/datatest"
)

// A migration stamps its rows with the store's clock, not SQLite's 'now':
// a database made under a fixed clock carries that time (two databases made
// a second apart were different, and the demo's same-seed check failed).
func TestMigrationsStampWithTheStoreClock(t *testing.T) {
	s := datatest.New(t)
	want := datatest.Today.UTC().Format("2006-01-02 15:04:05")
	for _, q := range []string{
		`SELECT created_at FROM period`,
		`SELECT updated_at FROM period`,
		`SELECT at FROM change_set WHERE source = 'baseline'`,
		`SELECT applied_at FROM schema_version`,
	} {
		got := datatest.Strings(t, s, q)
		if len(got) == 0 {
			t.Fatalf("%s: no rows", q)
		}
		for _, g := range got {
			if g != want {
				t.Errorf("%s = %q, want the store clock %q", q, g, want)
			}
		}
	}
}
