package data_test

import (
	"errors"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestInsertChildren(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := datatest.AddGroup(t, s, 77, "Балапан", data.RoleExperimental)
	c := datatest.AddGroup(t, s, 77, "Күншуақ", data.RoleControl)
	datatest.AddChildren(t, s, e.ID, 2) // ULY-02-E1-001, -002 exist already
	kids := []data.Child{
		{GroupID: e.ID, Sex: "F", BirthDate: d(2021, 3, 4), Consent: true, ConsentDate: d(2026, 1, 6)},
		{GroupID: c.ID, Sex: "M"},
		{GroupID: e.ID, Code: " uly-02-e1-050 "},
		{GroupID: c.ID},
	}
	if err := s.InsertChildren(ctx, kids); err != nil {
		t.Fatal(err)
	}
	want := []string{"ULY-02-E1-003", "ULY-02-C1-001", "ULY-02-E1-050", "ULY-02-C1-002"}
	for i, k := range kids {
		got, err := s.Child(ctx, k.ID)
		if err != nil || k.Code != want[i] || got.Code != want[i] {
			t.Errorf("child %d: code %q / stored %+v, %v; want %s", i, k.Code, got, err, want[i])
		}
	}
	if got, _ := s.Child(ctx, kids[0].ID); got.BirthDate != d(2021, 3, 4) || !got.Consent || got.Sex != "F" {
		t.Errorf("fields not stored: %+v", got)
	}

	before := dump(t, s, "child")
	for _, tc := range []struct {
		name string
		kids []data.Child
		want string
	}{
		{"one bad birth date", []data.Child{{GroupID: c.ID}, {GroupID: c.ID, BirthDate: d(2027, 1, 1)}}, "birth_date:date"},
		{"no group", []data.Child{{GroupID: c.ID}, {}}, "group:required"},
		{"code taken", []data.Child{{GroupID: c.ID}, {GroupID: c.ID, Code: "ULY-02-E1-001"}}, "duplicate"},
		{"code twice in the batch", []data.Child{{GroupID: c.ID, Code: "X-1"}, {GroupID: c.ID, Code: "x-1"}}, "duplicate"},
		{"unknown group", []data.Child{{GroupID: c.ID}, {GroupID: 999}}, "not found"},
	} {
		err := s.InsertChildren(ctx, tc.kids)
		ok := reason(err) == tc.want ||
			(tc.want == "duplicate" && errors.Is(err, data.ErrDuplicate)) ||
			(tc.want == "not found" && errors.Is(err, data.ErrNotFound))
		if !ok {
			t.Errorf("%s: got %v", tc.name, err)
		}
	}
	if dump(t, s, "child") != before {
		t.Fatal("a rejected batch wrote children")
	}
}

func TestDemoScoresAndEnvRatings(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, 2)
	if err := s.WriteScores(ctx, []data.Score{{kids[0].ID, 1, 1, 1}, {kids[1].ID, 1, 1, 2}, {kids[0].ID, 1, 1, 3}}, data.WriteOptions{Source: data.SourceDemo}); err != nil {
		t.Fatal(err)
	}
	m, _ := s.GroupScores(ctx, g.ID, 1)
	if m[kids[0].ID][1] != 3 || m[kids[1].ID][1] != 2 {
		t.Fatalf("scores %v: the later score of a cell must win", m)
	}
	before := dump(t, s, "assessment")
	for _, bad := range [][]data.Score{
		{{kids[0].ID, 1, 2, 2}, {kids[1].ID, 1, 2, 4}},
		{{kids[0].ID, 1, 2, 2}, {kids[1].ID, 1, 2, 0}},
		{{kids[0].ID, 1, 2, 2}, {999, 1, 2, 1}},
	} {
		if err := s.WriteScores(ctx, bad, data.WriteOptions{Source: data.SourceDemo}); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	if dump(t, s, "assessment") != before {
		t.Fatal("a rejected batch wrote scores")
	}

	if err := s.SetEnvRatings(ctx, []data.EnvRating{
		{KindergartenID: 76, DirectionID: 1, ItemID: 1, Status: data.EnvFully, Note: " ок "},
		{KindergartenID: 76, DirectionID: 1, ItemID: 2, Status: data.EnvPartly, RatedOn: d(2026, 3, 1)},
		{KindergartenID: 76, DirectionID: 1, ItemID: 1, Status: data.EnvPartly},
	}); err != nil {
		t.Fatal(err)
	}
	rs, _ := s.EnvRatings(ctx, 76, 1)
	if len(rs) != 2 || rs[0].Status != data.EnvPartly || rs[0].RatedOn != data.DateOf(datatest.Today) || rs[1].RatedOn != d(2026, 3, 1) {
		t.Fatalf("ratings %+v", rs)
	}
	if err := s.SetEnvRatings(ctx, []data.EnvRating{{KindergartenID: 76, DirectionID: 1, ItemID: 3, Status: 1}, {KindergartenID: 76, DirectionID: 1, ItemID: 4, Status: 3}}); reason(err) != "status:range" {
		t.Fatalf("status 3: %v", err)
	}
	if rs, _ := s.EnvRatings(ctx, 76, 1); len(rs) != 2 {
		t.Fatalf("a rejected batch wrote ratings: %+v", rs)
	}
}

func TestBulkRestoresDurableCommits(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	sync := func() int {
		var v int
		if err := s.DB().QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	inside := -1
	boom := errors.New("boom")
	err := s.Bulk(ctx, func() error {
		inside = sync()
		datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
		return boom
	})
	if !errors.Is(err, boom) || inside != 1 || sync() != 2 {
		t.Fatalf("err %v, synchronous inside %d (want 1 = NORMAL), after %d (want 2 = FULL)", err, inside, sync())
	}
	if count(t, s, "child_group") != 1 {
		t.Fatal("Bulk is not a transaction: what fn committed stays")
	}
}
