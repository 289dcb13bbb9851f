package demotest

import (
	"testing"

	"baulu/data/datatest"
)

func TestStoreIsMadeOnceWithNamedChildren(t *testing.T) {
	defer Close()
	names := [2]string{"Бір", "Екі"}
	s := Store(t, []string{"ULY"}, names)
	if again := Store(t, []string{"ULY"}, names); again != s {
		t.Fatal("a second call made another database")
	}
	children := datatest.Int(t, s, `SELECT count(*) FROM child`)
	named := datatest.Int(t, s, `SELECT count(*) FROM child WHERE full_name IN (?, ?)`, names[0], names[1])
	if children == 0 || named != children {
		t.Fatalf("%d children, %d named", children, named)
	}
}
