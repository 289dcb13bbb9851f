package data_test

import (
	"errors"
	"reflect"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func visit() data.Visit {
	return data.Visit{KindergartenID: 76, VisitedOn: d(2026, 10, 7), Purpose: data.PurposeEnvironment, DirectionID: 2,
		Findings: " Аспаздық аймағы жабдықталған ", Recommendations: "Қауіпсіздік ережелерін ілу",
		FollowupOn: d(2026, 11, 4), FollowupStatus: data.FollowupPlanned}
}

func TestVisitAddEditDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	v := visit()
	if err := s.SaveVisit(ctx, &v); err != nil {
		t.Fatal(err)
	}
	got, err := s.Visit(ctx, v.ID)
	if err != nil || got.Findings != "Аспаздық аймағы жабдықталған" || got.DirectionID != 2 || got.FollowupOn != d(2026, 11, 4) {
		t.Fatalf("saved %+v, %v", got, err)
	}
	got.FollowupStatus, got.DirectionID, got.Purpose = data.FollowupDone, 0, data.PurposeConsultation
	if err := s.SaveVisit(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Visit(ctx, v.ID); !reflect.DeepEqual(again, got) {
		t.Fatalf("edited %+v, want %+v", again, got)
	}
	// An empty status is inferred from the date.
	plain := data.Visit{KindergartenID: 77, VisitedOn: d(2026, 9, 1), Purpose: data.PurposeMonitoring}
	dated := data.Visit{KindergartenID: 77, VisitedOn: d(2026, 9, 1), Purpose: data.PurposeMonitoring, FollowupOn: d(2026, 9, 1)}
	for _, p := range []*data.Visit{&plain, &dated} {
		if err := s.SaveVisit(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if plain.FollowupStatus != data.FollowupNone || dated.FollowupStatus != data.FollowupPlanned {
		t.Fatalf("inferred statuses %q, %q", plain.FollowupStatus, dated.FollowupStatus)
	}
	if err := s.DeleteVisit(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteVisit(ctx, v.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	if n := count(t, s, "visit"); n != 2 {
		t.Fatalf("%d visits left, want 2", n)
	}
}

func TestVisitValidationWritesNothing(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	saved := visit()
	if err := s.SaveVisit(ctx, &saved); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s, "visit")
	cases := []struct {
		name string
		edit func(*data.Visit)
		want string
	}{
		{"follow-up before the visit", func(v *data.Visit) { v.FollowupOn = d(2026, 10, 6) }, "followup_on:order"},
		{"no visit date", func(v *data.Visit) { v.VisitedOn = data.Date{} }, "visited_on:required"},
		{"visit in 2030", func(v *data.Visit) { v.VisitedOn = d(2030, 10, 7) }, "visited_on:date"},
		{"follow-up in 2028", func(v *data.Visit) { v.FollowupOn = d(2028, 1, 1) }, "followup_on:date"},
		{"no kindergarten", func(v *data.Visit) { v.KindergartenID = 0 }, "kindergarten:required"},
		{"unknown kindergarten", func(v *data.Visit) { v.KindergartenID = 5 }, "kindergarten:range"},
		{"unknown direction", func(v *data.Visit) { v.DirectionID = 999 }, "direction:range"},
		{"no purpose", func(v *data.Visit) { v.Purpose = "" }, "purpose:required"},
		{"unknown purpose", func(v *data.Visit) { v.Purpose = "inspection" }, "purpose:range"},
		{"unknown status", func(v *data.Visit) { v.FollowupStatus = "later" }, "followup_status:range"},
		{"planned without date", func(v *data.Visit) { v.FollowupOn = data.Date{} }, "followup_on:required"},
		{"done without date", func(v *data.Visit) { v.FollowupOn, v.FollowupStatus = data.Date{}, data.FollowupDone }, "followup_on:required"},
		{"none with a date", func(v *data.Visit) { v.FollowupStatus = data.FollowupNone }, "followup_status:required"},
	}
	for _, tc := range cases {
		for _, id := range []int64{0, saved.ID} {
			v := visit()
			v.ID = id
			tc.edit(&v)
			if got := reason(s.SaveVisit(ctx, &v)); got != tc.want {
				t.Errorf("%s (id %d): got %q, want %q", tc.name, id, got, tc.want)
			}
		}
	}
	if dump(t, s, "visit") != before {
		t.Fatal("rejected visits changed the table")
	}
}

func TestOverdueFollowups(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if err := s.LoadRegion(ctx, "ABA"); err != nil {
		t.Fatal(err)
	}
	add := func(kg int, on data.Date, status string, followup data.Date) int64 {
		v := data.Visit{KindergartenID: kg, VisitedOn: on, Purpose: data.PurposeConsultation, FollowupOn: followup, FollowupStatus: status}
		if err := s.SaveVisit(ctx, &v); err != nil {
			t.Fatal(err)
		}
		return v.ID
	}
	late := add(76, d(2026, 9, 10), data.FollowupPlanned, d(2026, 10, 1))
	later := add(78, d(2026, 10, 10), data.FollowupPlanned, d(2026, 11, 24))
	add(77, d(2026, 11, 1), data.FollowupPlanned, d(2026, 11, 25)) // due today: not yet overdue
	add(77, d(2026, 11, 1), data.FollowupPlanned, d(2026, 12, 10))
	add(79, d(2026, 9, 1), data.FollowupDone, d(2026, 10, 1))
	add(79, d(2026, 9, 1), data.FollowupCancelled, d(2026, 10, 1))
	add(80, d(2026, 9, 1), data.FollowupNone, data.Date{})
	add(1, d(2026, 9, 1), data.FollowupPlanned, d(2026, 10, 1)) // another region
	today := data.DateOf(datatest.Today)
	got, err := s.OverdueFollowups(ctx, "ULY", today)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, v := range got {
		ids = append(ids, v.ID)
		if !v.Overdue(today) {
			t.Errorf("visit %d listed but not Overdue", v.ID)
		}
	}
	if !reflect.DeepEqual(ids, []int64{late, later}) {
		t.Fatalf("overdue %v, want %v", ids, []int64{late, later})
	}
	all, _ := s.Visits(ctx, "ULY")
	if len(all) != 7 || all[0].VisitedOn != d(2026, 11, 1) || all[6].VisitedOn != d(2026, 9, 1) {
		t.Fatalf("visit list %+v", all)
	}
	n := 0
	for _, v := range all {
		if v.Overdue(today) {
			n++
		}
	}
	if n != 2 {
		t.Fatalf("Overdue() is true for %d visits, want 2", n)
	}
}
