package data_test

import (
	"context"
	"testing"

	"baulu/data/datatest"
)

// TestStartInstitute: a new database becomes the national copy (started,
// no region); a centre's database is refused.
func TestStartInstitute(t *testing.T) {
	ctx := context.Background()
	s := datatest.New(t)
	if st, _ := s.Settings(ctx); st.Started() {
		t.Fatal("a new database is started")
	}
	if err := s.StartInstitute(ctx, "ru"); err != nil {
		t.Fatal(err)
	}
	st, err := s.Settings(ctx)
	if err != nil || !st.Institute || !st.Started() || st.Configured() || st.RegionCode != "" || st.Language != "ru" {
		t.Fatalf("settings %+v, %v", st, err)
	}
	if err := datatest.NewConfigured(t, "ULY").StartInstitute(ctx, "kk"); err == nil {
		t.Error("a centre's database became the Institute's")
	}
}
