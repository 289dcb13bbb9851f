package data_test

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// webinar is a valid event of Ulytau (kindergartens 76–80).
func webinar() data.Event {
	return data.Event{
		RegionCode: "ULY", Kind: data.EventWebinar, HeldOn: d(2026, 2, 12), Format: data.FormatOnline,
		Topic: "  Ерте кәсіптік бағдар беру: шеберханадағы ұйымдастырылған іс-әрекет ", Organiser: "Әдістемелік орталық", Hours: 2,
		Participation: []data.Participation{{KindergartenID: 77, Teachers: 2, Parents: 10, Others: 1}, {KindergartenID: 76, Teachers: 4}},
	}
}

func TestEventAddEditDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := webinar()
	if err := s.SaveEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	got, err := s.Event(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantPart := []data.Participation{{76, 4, 0, 0}, {77, 2, 10, 1}}
	if got.Topic != "Ерте кәсіптік бағдар беру: шеберханадағы ұйымдастырылған іс-әрекет" || got.HeldOn != d(2026, 2, 12) ||
		got.Hours != 2 || !reflect.DeepEqual(got.Participation, wantPart) {
		t.Fatalf("saved %+v", got)
	}
	if tch, par, oth := got.Participants(); tch != 6 || par != 10 || oth != 1 {
		t.Fatalf("participants %d %d %d", tch, par, oth)
	}

	// Editing replaces the participation: 77 leaves, 78 joins, an all-zero row is dropped.
	got.Kind, got.Format, got.Hours = data.EventSeminar, data.FormatOffline, 3.5
	got.Participation = []data.Participation{{KindergartenID: 78, Teachers: 5}, {KindergartenID: 76, Teachers: 3, Parents: 1}, {KindergartenID: 79}}
	if err := s.SaveEvent(ctx, &got); err != nil {
		t.Fatal(err)
	}
	again, _ := s.Event(ctx, e.ID)
	if again.Kind != data.EventSeminar || again.Hours != 3.5 ||
		!reflect.DeepEqual(again.Participation, []data.Participation{{76, 3, 1, 0}, {78, 5, 0, 0}}) {
		t.Fatalf("edited %+v", again)
	}
	if n := count(t, s, "event_participation"); n != 2 {
		t.Fatalf("%d participation rows after the edit, want 2", n)
	}

	if err := s.DeleteEvent(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	if count(t, s, "event") != 0 || count(t, s, "event_participation") != 0 {
		t.Fatal("event or its participation left after delete")
	}
	if err := s.DeleteEvent(ctx, e.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	if _, err := s.Event(ctx, e.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("read deleted: %v", err)
	}
	missing := webinar()
	missing.ID = 999
	if err := s.SaveEvent(ctx, &missing); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("update of a missing event: %v", err)
	}
	if count(t, s, "event_participation") != 0 {
		t.Fatal("a failed update left participation rows")
	}
}

func TestEventValidationWritesNothing(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if err := s.LoadRegion(ctx, "ABA"); err != nil {
		t.Fatal(err)
	}
	saved := webinar()
	if err := s.SaveEvent(ctx, &saved); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s, "event", "event_participation")
	part := func(p ...data.Participation) func(*data.Event) { return func(e *data.Event) { e.Participation = p } }
	cases := []struct {
		name string
		edit func(*data.Event)
		want string
	}{
		{"no topic", func(e *data.Event) { e.Topic = "   " }, "topic:required"},
		{"no date", func(e *data.Event) { e.HeldOn = data.Date{} }, "held_on:required"},
		{"before 2025", func(e *data.Event) { e.HeldOn = d(2024, 12, 31) }, "held_on:date"},
		{"typo year", func(e *data.Event) { e.HeldOn = d(2062, 3, 1) }, "held_on:date"},
		{"no kind", func(e *data.Event) { e.Kind = "" }, "kind:required"},
		{"unknown kind", func(e *data.Event) { e.Kind = "lecture" }, "kind:range"},
		{"unknown format", func(e *data.Event) { e.Format = "hybrid" }, "format:range"},
		{"negative hours", func(e *data.Event) { e.Hours = -1 }, "hours:range"},
		{"too many hours", func(e *data.Event) { e.Hours = 200.5 }, "hours:range"},
		{"NaN hours", func(e *data.Event) { e.Hours = math.NaN() }, "hours:range"},
		{"negative teachers", part(data.Participation{KindergartenID: 76, Teachers: -1}), "participants:range"},
		{"negative parents", part(data.Participation{KindergartenID: 76, Teachers: 2, Parents: -3}), "participants:range"},
		{"negative others", part(data.Participation{KindergartenID: 76, Others: -1}), "participants:range"},
		{"no kindergarten", part(data.Participation{Teachers: 2}), "kindergarten:required"},
		{"kindergarten twice", part(data.Participation{KindergartenID: 76, Teachers: 1}, data.Participation{KindergartenID: 76, Parents: 1}), "kindergarten:duplicate"},
		{"unknown kindergarten", part(data.Participation{KindergartenID: 99, Teachers: 1}), "kindergarten:range"},
		{"another region's kindergarten", part(data.Participation{KindergartenID: 1, Teachers: 1}), "kindergarten:range"},
		{"no region", func(e *data.Event) { e.RegionCode = "" }, "region:required"},
		{"unknown region", func(e *data.Event) { e.RegionCode = "XXX" }, "region:range"},
	}
	for _, tc := range cases {
		for _, id := range []int64{0, saved.ID} { // as a new event and as an edit
			e := webinar()
			e.ID = id
			tc.edit(&e)
			err := s.SaveEvent(ctx, &e)
			if got := reason(err); got != tc.want {
				t.Errorf("%s (id %d): got %q, want %q", tc.name, id, got, tc.want)
			}
			if !errors.Is(err, data.ErrInvalid) {
				t.Errorf("%s: %v is not ErrInvalid", tc.name, err)
			}
		}
	}
	if after := dump(t, s, "event", "event_participation"); after != before {
		t.Fatalf("rejected saves changed the tables:\n%s\nwas\n%s", after, before)
	}
}

func TestEventListFilters(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if err := s.LoadRegion(ctx, "ABA"); err != nil {
		t.Fatal(err)
	}
	add := func(region, kind string, on data.Date, kg int) int64 {
		e := data.Event{RegionCode: region, Kind: kind, HeldOn: on, Topic: "Тақырып", Format: data.FormatOffline,
			Participation: []data.Participation{{KindergartenID: kg, Teachers: 1}}}
		if err := s.SaveEvent(ctx, &e); err != nil {
			t.Fatal(err)
		}
		return e.ID
	}
	a := add("ULY", data.EventSeminar, d(2026, 1, 20), 76)
	b := add("ULY", data.EventWebinar, d(2026, 3, 31), 77)
	c := add("ULY", data.EventSeminar, d(2026, 4, 1), 76)
	old := add("ULY", data.EventSeminar, d(2025, 2, 1), 76)
	add("ABA", data.EventSeminar, d(2026, 2, 1), 1)
	cases := []struct {
		name string
		f    data.EventFilter
		want []int64
	}{
		{"all of the region, latest first", data.EventFilter{RegionCode: "ULY"}, []int64{c, b, a, old}},
		{"Q1 means 2026", data.EventFilter{RegionCode: "ULY", Quarter: 1}, []int64{b, a}},
		{"Q1 2025", data.EventFilter{RegionCode: "ULY", Year: 2025, Quarter: 1}, []int64{old}},
		{"year 2026", data.EventFilter{RegionCode: "ULY", Year: 2026}, []int64{c, b, a}},
		{"Q2", data.EventFilter{RegionCode: "ULY", Quarter: 2}, []int64{c}},
		{"Q3 empty", data.EventFilter{RegionCode: "ULY", Quarter: 3}, nil},
		{"kind", data.EventFilter{RegionCode: "ULY", Kind: data.EventWebinar}, []int64{b}},
		{"kindergarten", data.EventFilter{RegionCode: "ULY", KindergartenID: 76, Year: 2026}, []int64{c, a}},
	}
	for _, tc := range cases {
		evs, err := s.Events(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, e := range evs {
			ids = append(ids, e.ID)
			if len(e.Participation) != 1 {
				t.Errorf("%s: event %d came without its participation", tc.name, e.ID)
			}
		}
		if !reflect.DeepEqual(ids, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, ids, tc.want)
		}
	}
	if all, _ := s.Events(ctx, data.EventFilter{}); len(all) != 5 {
		t.Errorf("every region: %d events, want 5", len(all))
	}
	if _, err := s.Events(ctx, data.EventFilter{Quarter: 5}); reason(err) != "quarter:range" {
		t.Errorf("quarter 5: %v", err)
	}
}

func TestEventTotalsAndReach(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if err := s.LoadRegion(ctx, "ABA"); err != nil {
		t.Fatal(err)
	}
	add := func(region string, on data.Date, hours float64, p ...data.Participation) {
		e := data.Event{RegionCode: region, Kind: data.EventSeminar, HeldOn: on, Topic: "Семинар", Format: data.FormatOffline, Hours: hours, Participation: p}
		if err := s.SaveEvent(ctx, &e); err != nil {
			t.Fatal(err)
		}
	}
	P := func(kg, t, p, o int) data.Participation {
		return data.Participation{KindergartenID: kg, Teachers: t, Parents: p, Others: o}
	}
	add("ULY", d(2026, 1, 15), 3, P(76, 4, 0, 0), P(77, 2, 10, 1))
	add("ULY", d(2026, 3, 31), 1.5, P(76, 3, 0, 0))
	add("ULY", d(2026, 7, 1), 2) // nobody recorded yet
	add("ULY", d(2026, 10, 1), 6, P(78, 5, 0, 2), P(76, 1, 20, 0))
	add("ULY", d(2026, 12, 31), 0.5, P(80, 1, 0, 0))
	add("ULY", d(2025, 12, 31), 8, P(76, 9, 9, 9)) // another year
	add("ABA", d(2026, 1, 15), 4, P(1, 7, 7, 7))   // another region

	got, err := s.EventTotals(ctx, "ULY", 2026)
	if err != nil {
		t.Fatal(err)
	}
	want := []data.QuarterTotals{
		{Quarter: 1, Events: 2, Hours: 4.5, Teachers: 9, Parents: 10, Others: 1},
		{Quarter: 2},
		{Quarter: 3, Events: 1, Hours: 2},
		{Quarter: 4, Events: 2, Hours: 6.5, Teachers: 7, Parents: 20, Others: 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("totals\n got %+v\nwant %+v", got, want)
	}
	if got[0].Participants() != 20 {
		t.Fatalf("Q1 participants %d", got[0].Participants())
	}
	if def, _ := s.EventTotals(ctx, "ULY", 0); !reflect.DeepEqual(def, want) {
		t.Fatalf("year 0 is not the pilot year: %+v", def)
	}
	if all, _ := s.EventTotals(ctx, "", 2026); all[0].Events != 3 || all[0].Teachers != 16 {
		t.Fatalf("every region Q1: %+v", all[0])
	}

	reach, err := s.TeacherReach(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	wantReach := []data.KindergartenReach{
		{76, 4, 17, 29, 9}, {77, 1, 2, 10, 1}, {78, 1, 5, 0, 2}, {79, 0, 0, 0, 0}, {80, 1, 1, 0, 0},
	}
	if !reflect.DeepEqual(reach, wantReach) {
		t.Fatalf("reach\n got %+v\nwant %+v", reach, wantReach)
	}
}

func TestDuplicateEvent(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := webinar()
	if err := s.SaveEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	cp, err := s.DuplicateEvent(ctx, e.ID, d(2026, 3, 12))
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := s.Event(ctx, e.ID)
	stored, _ := s.Event(ctx, cp.ID)
	if cp.ID == e.ID || stored.HeldOn != d(2026, 3, 12) || orig.HeldOn != d(2026, 2, 12) {
		t.Fatalf("copy %+v of %+v", stored, orig)
	}
	stored.ID, stored.HeldOn = orig.ID, orig.HeldOn
	if !reflect.DeepEqual(stored, orig) {
		t.Fatalf("copy differs beyond id and date:\n%+v\n%+v", stored, orig)
	}
	before := dump(t, s, "event", "event_participation")
	if _, err := s.DuplicateEvent(ctx, e.ID, d(2029, 1, 1)); reason(err) != "held_on:date" {
		t.Fatalf("bad new date: %v", err)
	}
	if _, err := s.DuplicateEvent(ctx, e.ID, data.Date{}); reason(err) != "held_on:required" {
		t.Fatalf("no new date: %v", err)
	}
	if _, err := s.DuplicateEvent(ctx, 999, d(2026, 3, 1)); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("missing event: %v", err)
	}
	if dump(t, s, "event", "event_participation") != before {
		t.Fatal("failed duplicates wrote rows")
	}
}
