package data_test

import (
	"errors"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestReportRecords(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	p, err := s.Period(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dl := p.Deadlines()
	if len(dl) != 5 || dl[3].Code() != "report" || dl[0].Code() != "q1" {
		t.Fatalf("deadlines %+v", dl)
	}
	r, err := s.RecordReport(ctx, "report", "/home/u/Documents/Ұлытау-өңірлік-есеп-2026.pdf", "kk")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordReport(ctx, "q1", "x.pdf", "en"); err == nil {
		t.Fatal("a report in English recorded")
	}
	if err := s.MarkReportSent(ctx, r.ID, data.NewDate(2026, 12, 3)); err != nil {
		t.Fatal(err)
	}
	got, err := s.ReportRecords(ctx)
	if err != nil || len(got) != 1 {
		t.Fatalf("%v %v", got, err)
	}
	if g := got[0]; g.File != "Ұлытау-өңірлік-есеп-2026.pdf" || g.Lang != "kk" || g.MadeOn != s.Today() || g.SentOn != data.NewDate(2026, 12, 3) || g.PeriodID != p.ID {
		t.Fatalf("record %+v", g)
	}
	if err := s.MarkReportSent(ctx, 999, s.Today()); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("marking a record that is not there: %v", err)
	}
}
