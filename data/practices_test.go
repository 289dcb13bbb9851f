package data_test

import (
	"errors"
	"reflect"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestPracticeWithEvents(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if err := s.LoadRegion(ctx, "ABA"); err != nil {
		t.Fatal(err)
	}
	ev := func(region string, kg int) int64 {
		e := data.Event{RegionCode: region, Kind: data.EventMasterclass, HeldOn: d(2026, 4, 10), Topic: "Шеберлік сыныбы", Format: data.FormatOffline,
			Participation: []data.Participation{{KindergartenID: kg, Teachers: 3}}}
		if err := s.SaveEvent(ctx, &e); err != nil {
			t.Fatal(err)
		}
		return e.ID
	}
	e1, e2, foreign := ev("ULY", 76), ev("ULY", 77), ev("ABA", 1)

	p := data.Practice{KindergartenID: 78, Title: " «Кішкентай аспаз» жобасы ", Teacher: "Г. Сейітова", DirectionID: 2,
		IdentifiedOn: d(2026, 3, 20), EventIDs: []int64{e2, e1, e2}}
	if err := s.SavePractice(ctx, &p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Practice(ctx, p.ID)
	if err != nil || got.Title != "«Кішкентай аспаз» жобасы" || got.Status != data.PracticeCandidate ||
		!reflect.DeepEqual(got.EventIDs, []int64{e1, e2}) {
		t.Fatalf("saved %+v, %v", got, err)
	}
	got.Status, got.EventIDs = data.PracticeDisseminated, []int64{e2}
	if err := s.SavePractice(ctx, &got); err != nil {
		t.Fatal(err)
	}
	list, err := s.Practices(ctx, "ULY")
	if err != nil || len(list) != 1 || !reflect.DeepEqual(list[0], got) {
		t.Fatalf("list %+v, %v; want %+v", list, err, got)
	}

	before := dump(t, s, "practice", "practice_event")
	cases := []struct {
		name string
		edit func(*data.Practice)
		want string
	}{
		{"no title", func(p *data.Practice) { p.Title = "" }, "title:required"},
		{"no kindergarten", func(p *data.Practice) { p.KindergartenID = 0 }, "kindergarten:required"},
		{"unknown kindergarten", func(p *data.Practice) { p.KindergartenID = 50 }, "kindergarten:range"},
		{"events of the other region than the kindergarten", func(p *data.Practice) { p.KindergartenID = 3 }, "events:range"},
		{"unknown status", func(p *data.Practice) { p.Status = "famous" }, "status:range"},
		{"bad date", func(p *data.Practice) { p.IdentifiedOn = d(2020, 1, 1) }, "identified_on:date"},
		{"unknown direction", func(p *data.Practice) { p.DirectionID = 42 }, "direction:range"},
		{"another region's event", func(p *data.Practice) { p.EventIDs = []int64{e1, foreign} }, "events:range"},
		{"missing event", func(p *data.Practice) { p.EventIDs = []int64{999} }, "events:range"},
		{"zero event", func(p *data.Practice) { p.EventIDs = []int64{0} }, "events:range"},
	}
	for _, tc := range cases {
		for _, id := range []int64{0, got.ID} {
			bad := got
			bad.ID = id
			tc.edit(&bad)
			if r := reason(s.SavePractice(ctx, &bad)); r != tc.want {
				t.Errorf("%s (id %d): got %q, want %q", tc.name, id, r, tc.want)
			}
		}
	}
	if dump(t, s, "practice", "practice_event") != before {
		t.Fatal("rejected practices changed the tables")
	}

	// Deleting an event unlinks it; deleting the practice keeps the events.
	if err := s.DeleteEvent(ctx, e2); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Practice(ctx, got.ID); len(again.EventIDs) != 0 {
		t.Fatalf("link to a deleted event: %v", again.EventIDs)
	}
	if err := s.DeletePractice(ctx, got.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePractice(ctx, got.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	if count(t, s, "event") != 2 {
		t.Fatal("deleting a practice took events with it")
	}
}
