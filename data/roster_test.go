package data_test

import (
	"errors"
	"strconv"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestSaveRosterAddsUpdatesAndNeverDuplicates(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := datatest.AddGroup(t, s, 77, "Балапан", data.RoleExperimental)
	c := datatest.AddGroup(t, s, 77, "Күншуақ", data.RoleControl)
	old := datatest.AddChildren(t, s, e.ID, 1)[0] // ULY-02-E1-001

	// given a roster with the existing child changed, two new ones without
	// codes and one with a code typed by the methodologist
	roster := []data.Child{
		{GroupID: e.ID, Code: old.Code, FullName: "Әлия Серікқызы", Sex: "F", BirthDate: d(2021, 4, 5), Consent: true, ConsentDate: d(2026, 1, 10)},
		{GroupID: e.ID, Sex: "M"},
		{GroupID: c.ID, Sex: "F", LeftOn: d(2026, 5, 20)},
		{GroupID: c.ID, Code: "uly-02-c1-040"},
	}
	n, err := s.SaveRoster(ctx, 77, roster)
	if err != nil || n != (data.RosterCounts{New: 3, Changed: 1}) {
		t.Fatalf("first save: %+v, %v", n, err)
	}
	wantCodes := []string{old.Code, "ULY-02-E1-002", "ULY-02-C1-001", "ULY-02-C1-040"}
	for i, ch := range roster {
		got, err := s.Child(ctx, ch.ID)
		if err != nil || got.Code != wantCodes[i] || ch.Code != wantCodes[i] {
			t.Errorf("child %d: %+v (%v), want code %s", i, got, err, wantCodes[i])
		}
	}
	if got, _ := s.Child(ctx, old.ID); got.FullName != "Әлия Серікқызы" || got.ConsentDate != d(2026, 1, 10) || got.BirthDate != d(2021, 4, 5) {
		t.Errorf("update not stored: %+v", got)
	}

	// when the same roster comes again, with codes now, nothing is added or changed
	again := append([]data.Child(nil), roster...)
	for i := range again {
		again[i].ID = 0 // matched by code, not by the caller's ids
	}
	before := dump(t, s, "child")
	n, err = s.SaveRoster(ctx, 77, again)
	if err != nil || n != (data.RosterCounts{Unchanged: 4}) {
		t.Fatalf("second save: %+v, %v", n, err)
	}
	if dump(t, s, "child") != before {
		t.Fatal("an unchanged roster touched rows")
	}

	// a child moved to the other group of the kindergarten is a change
	again[1].GroupID = c.ID
	if n, err = s.SaveRoster(ctx, 77, again[1:2]); err != nil || n.Changed != 1 {
		t.Fatalf("move: %+v, %v", n, err)
	}
}

func TestSaveRosterRefusesWholeAndSaysWhichChild(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := datatest.AddGroup(t, s, 77, "Балапан", data.RoleExperimental)
	other := datatest.AddGroup(t, s, 78, "Бөбек", data.RoleExperimental)
	stranger := datatest.AddChildren(t, s, other.ID, 1)[0]
	before := dump(t, s, "child")
	for _, tc := range []struct {
		name  string
		kids  []data.Child
		index int
		want  string
	}{
		{"bad birth date", []data.Child{{GroupID: e.ID}, {GroupID: e.ID, BirthDate: d(2030, 1, 1)}}, 1, "birth_date:date"},
		{"impossible sex", []data.Child{{GroupID: e.ID, Sex: "X"}}, 0, "sex:range"},
		{"code twice", []data.Child{{GroupID: e.ID, Code: "A-1"}, {GroupID: e.ID}, {GroupID: e.ID, Code: "a-1"}}, 2, "code:duplicate"},
		{"group of another kindergarten", []data.Child{{GroupID: e.ID}, {GroupID: other.ID}}, 1, "group:range"},
		{"child of another kindergarten", []data.Child{{GroupID: e.ID}, {GroupID: e.ID, Code: stranger.Code}}, 1, "code:duplicate"},
	} {
		_, err := s.SaveRoster(ctx, 77, tc.kids)
		var re *data.RosterError
		if !errors.As(err, &re) || re.Index != tc.index || reason(err) != tc.want || !errors.Is(err, data.ErrInvalid) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if dump(t, s, "child") != before {
		t.Fatal("a refused roster wrote children")
	}
}

func TestFindGroupByIDOrCode(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e77 := datatest.AddGroup(t, s, 77, "Балапан", data.RoleExperimental)
	e78 := datatest.AddGroup(t, s, 78, "Бөбек", data.RoleExperimental)
	c78 := datatest.AddGroup(t, s, 78, "Күншуақ", data.RoleControl)
	for _, tc := range []struct {
		kg   int
		ref  string
		want int64
		err  error
	}{
		{0, "C1", c78.ID, nil},
		{78, " е1 ", e78.ID, nil}, // Cyrillic Е, lower case, spaces
		{77, "E1", e77.ID, nil},
		{0, "E1", 0, data.ErrAmbiguous},
		{77, "C1", 0, data.ErrNotFound},
		{0, itoa(e77.ID), e77.ID, nil},
		{78, itoa(e77.ID), 0, data.ErrNotFound},
		{0, "999", 0, data.ErrNotFound},
	} {
		g, err := s.FindGroup(ctx, tc.kg, tc.ref)
		if g.ID != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("FindGroup(%d, %q) = %d, %v; want %d, %v", tc.kg, tc.ref, g.ID, err, tc.want, tc.err)
		}
	}
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

// A roster's changes are in the history, named as the roster's (with the
// file when the caller gives it, and without a caller's source too).
func TestSaveRosterKeepsHistory(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := datatest.AddGroup(t, s, 77, "Балапан", data.RoleExperimental)
	old := datatest.AddChildren(t, s, e.ID, 1)[0]
	roster := []data.Child{{GroupID: e.ID, Code: old.Code, Sex: "F"}, {GroupID: e.ID, Sex: "M"}}
	file := data.WithChange(ctx, data.Change{Source: data.SourceRoster, File: "тізім.xlsx", SHA256: "ab"})
	if _, err := s.SaveRoster(file, 77, roster); err != nil {
		t.Fatal(err)
	}
	for _, c := range roster {
		h, err := s.History(ctx, data.HistoryFilter{ChildID: c.ID})
		if err != nil || len(h) == 0 || h[0].Set.Source != data.SourceRoster || h[0].Set.File != "тізім.xlsx" {
			t.Errorf("child %s: history %+v, %v", c.Code, h, err)
		}
	}
	if _, err := s.SaveRoster(ctx, 77, []data.Child{{GroupID: e.ID, Sex: "F"}}); err != nil {
		t.Fatal(err)
	}
	h, _ := s.History(ctx, data.HistoryFilter{KindergartenID: 77})
	var roster2 int
	for _, r := range h {
		if r.Set.Source == data.SourceRoster && r.Set.File == "" {
			roster2++
		}
	}
	if roster2 != 1 {
		t.Errorf("a roster saved without a file is %d history rows as the roster's, want 1", roster2)
	}
}
