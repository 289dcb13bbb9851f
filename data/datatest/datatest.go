// Package datatest gives tests a fresh, migrated Baulu database and small
// factories for rows, so tests read given / when / then.
package datatest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"baulu/data"
)

// Today is the date the test clock shows: a day inside the pilot year.
var Today = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)

// New opens a fresh database under t.TempDir() with the clock fixed at Today.
func New(t testing.TB) *data.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "baulu.db")
	s, err := data.Open(context.Background(), path, data.Options{Now: func() time.Time { return Today }})
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// NewConfigured is New with the first-run choice made for region code,
// the centre and its head named in Kazakh and Russian.
func NewConfigured(t testing.TB, region string) *data.Store {
	t.Helper()
	s := New(t)
	err := s.SaveSettings(context.Background(), data.Settings{
		RegionCode: region, CentreName: "Әдістемелік орталық", HeadName: "Сәуле Әбдіқызы",
		CentreNameRU: "Методический центр", HeadNameRU: "Сауле Абдикызы",
		Language: "kk", ThresholdLow: 1.5, ThresholdHigh: 2.5,
	})
	if err != nil {
		t.Fatalf("configure test database: %v", err)
	}
	return s
}

// AddGroup adds a group to kindergarten kg.
func AddGroup(t testing.TB, s *data.Store, kg int, name, role string) data.Group {
	t.Helper()
	g := data.Group{KindergartenID: kg, Name: name, Role: role, AgeGroup: "senior", Language: "kk"}
	if err := s.SaveGroup(context.Background(), &g); err != nil {
		t.Fatalf("add group %q: %v", name, err)
	}
	return g
}

// AddChildren adds n children with generated codes to a group.
func AddChildren(t testing.TB, s *data.Store, groupID int64, n int) []data.Child {
	t.Helper()
	var out []data.Child
	for i := 0; i < n; i++ {
		c := data.Child{GroupID: groupID, Consent: true}
		if err := s.SaveChild(context.Background(), &c); err != nil {
			t.Fatalf("add child: %v", err)
		}
		out = append(out, c)
	}
	return out
}
