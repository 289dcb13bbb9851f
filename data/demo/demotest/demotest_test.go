package demotest

import (
	"context"
	"testing"
)

func TestStoreIsMadeOnceWithNamedChildren(t *testing.T) {
	defer Close()
	names := [2]string{"Бір", "Екі"}
	s := Store(t, []string{"ULY"}, names)
	if again := Store(t, []string{"ULY"}, names); again != s {
		t.Fatal("a second call made another database")
	}
	var children, named int
	err := s.DB().QueryRowContext(context.Background(),
		`SELECT count(*), count(CASE WHEN full_name IN (?, ?) THEN 1 END) FROM child`, names[0], names[1]).Scan(&children, &named)
	if err != nil || children == 0 || named != children {
		t.Fatalf("%d children, %d named: %v", children, named, err)
	}
}
