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

// TestInstituteSettings: the Institute's copy saves its signatory without
// a region, centre or head; choosing a region makes it a centre's.
func TestInstituteSettings(t *testing.T) {
	ctx := context.Background()
	s := datatest.New(t)
	if err := s.StartInstitute(ctx, "kk"); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Settings(ctx)
	st.InstituteSignatoryName = "Айжан Серікқызы"
	if err := s.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Settings(ctx); !got.Institute || got.RegionCode != "" || got.InstituteSignatoryName != "Айжан Серікқызы" {
		t.Fatalf("saved %+v", got)
	}
	st.RegionCode, st.CentreName, st.HeadName = "ULY", "Орталық", "Сәуле Әбдіқызы"
	if err := s.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Settings(ctx); got.Institute || got.RegionCode != "ULY" {
		t.Fatalf("with a region %+v", got)
	}
}
