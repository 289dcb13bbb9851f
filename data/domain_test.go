package data_test

import (
	"errors"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func reason(err error) string {
	var ve *data.ValidationError
	if errors.As(err, &ve) {
		return ve.Field + ":" + ve.Reason
	}
	if err == nil {
		return ""
	}
	return "other:" + err.Error()
}

func TestFirstRunLoadsTheRegionsFive(t *testing.T) {
	s := datatest.New(t)
	st, err := s.Settings(ctx)
	if err != nil || st.Configured() || st.Language != "kk" {
		t.Fatalf("fresh settings = %+v, %v", st, err)
	}
	if got := reason(s.SaveSettings(ctx, data.Settings{RegionCode: "ULY", HeadName: "x", Language: "kk", ThresholdLow: 1.5, ThresholdHigh: 2.5})); got != "centre_name:required" {
		t.Fatalf("empty centre: %q", got)
	}
	if count(t, s, "kindergarten") != 0 {
		t.Fatal("a rejected first run wrote kindergartens")
	}
	if err := s.SaveSettings(ctx, data.Settings{RegionCode: "ULY", CentreName: "Орталық", HeadName: "x", Language: "ru", ThresholdLow: 1.5, ThresholdHigh: 2.5}); err != nil {
		t.Fatal(err)
	}
	kgs, err := s.Kindergartens(ctx, "ULY")
	if err != nil || len(kgs) != 5 || kgs[0].ID != 76 || kgs[0].Name != "«Тамаша» бөбекжай-бақшасы» КМҚК" || kgs[0].Form != "КМҚК" {
		t.Fatalf("kindergartens = %+v, %v", kgs, err)
	}
}

func TestSettingsValidation(t *testing.T) {
	s := datatest.New(t)
	ok := data.Settings{RegionCode: "AST", CentreName: "c", HeadName: "h", Language: "kk", ThresholdLow: 1.5, ThresholdHigh: 2.5}
	cases := []struct {
		name string
		edit func(*data.Settings)
		want string
	}{
		{"ok", func(*data.Settings) {}, ""},
		{"no head", func(s *data.Settings) { s.HeadName = "  " }, "head_name:required"},
		{"bad language", func(s *data.Settings) { s.Language = "de" }, "language:range"},
		{"thresholds reversed", func(s *data.Settings) { s.ThresholdLow, s.ThresholdHigh = 2.5, 1.5 }, "thresholds:range"},
		{"threshold at 3", func(s *data.Settings) { s.ThresholdHigh = 3 }, "thresholds:range"},
		{"unknown region", func(s *data.Settings) { s.RegionCode = "XXX" }, "region:range"},
	}
	for _, tc := range cases {
		st := ok
		tc.edit(&st)
		if got := reason(s.SaveSettings(ctx, st)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestKindergartenProfile(t *testing.T) {
	s := datatest.NewConfigured(t, "AST")
	k, err := s.Kindergarten(ctx, 86)
	if err != nil || k.Form != "филиал" || !k.State() {
		t.Fatalf("№86 = %+v, %v", k, err)
	}
	k.Director, k.Email, k.Locality, k.Phone = "  Айгүл Серікқызы ", "bulbirshin@mail.kz", "urban", "+7 (7172) 55-12-34"
	if err := s.UpdateKindergarten(ctx, k); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Kindergarten(ctx, 86)
	if got.Director != "Айгүл Серікқызы" || got.Email != "bulbirshin@mail.kz" {
		t.Fatalf("saved %+v", got)
	}
	for _, tc := range []struct {
		edit func(*data.Kindergarten)
		want string
	}{
		{func(k *data.Kindergarten) { k.Name = " " }, "name:required"},
		{func(k *data.Kindergarten) { k.Email = "not an address" }, "email:format"},
		{func(k *data.Kindergarten) { k.Phone = "call me" }, "phone:format"},
		{func(k *data.Kindergarten) { k.Locality = "space" }, "locality:range"},
	} {
		bad := got
		tc.edit(&bad)
		if r := reason(s.UpdateKindergarten(ctx, bad)); r != tc.want {
			t.Errorf("got %q, want %q", r, tc.want)
		}
	}
	if again, _ := s.Kindergarten(ctx, 86); again != got {
		t.Fatalf("rejected edits changed the row: %+v", again)
	}
	if _, err := s.Kindergarten(ctx, 7); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("kindergarten of another region: %v", err)
	}
}

func TestGroupsAndChildCodes(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := datatest.AddGroup(t, s, 78, "Балапан", data.RoleExperimental)
	c := datatest.AddGroup(t, s, 78, "Күншуақ", data.RoleControl)
	e2 := datatest.AddGroup(t, s, 78, "Ботақан", data.RoleExperimental)
	if e.Code != "E1" || c.Code != "C1" || e2.Code != "E2" {
		t.Fatalf("codes %s %s %s", e.Code, c.Code, e2.Code)
	}
	dup := data.Group{KindergartenID: 78, Name: "Балапан", Role: data.RoleControl, AgeGroup: "senior", Language: "kk"}
	if r := reason(s.SaveGroup(ctx, &dup)); r != "group_name:duplicate" {
		t.Fatalf("duplicate group: %q", r)
	}
	kids := datatest.AddChildren(t, s, e.ID, 3)
	if kids[0].Code != "ULY-03-E1-001" || kids[2].Code != "ULY-03-E1-003" {
		t.Fatalf("child codes %s … %s", kids[0].Code, kids[2].Code)
	}
	other := data.Child{GroupID: c.ID, Code: "uly-03-e1-002 "}
	if r := reason(s.SaveChild(ctx, &other)); r != "code:duplicate" {
		t.Fatalf("duplicate child code: %q", r)
	}
	for _, tc := range []struct {
		c    data.Child
		want string
	}{
		{data.Child{GroupID: c.ID, BirthDate: data.NewDate(2027, 1, 1)}, "birth_date:date"},
		{data.Child{GroupID: c.ID, BirthDate: data.NewDate(2009, 1, 1)}, "birth_date:date"},
		{data.Child{GroupID: c.ID, Sex: "X"}, "sex:range"},
		{data.Child{GroupID: c.ID, BirthDate: data.NewDate(2021, 5, 1), ConsentDate: data.NewDate(2020, 1, 1)}, "consent_date:date"},
		{data.Child{GroupID: c.ID, FullName: "Әли  Нұрланұлы", BirthDate: data.NewDate(2021, 5, 1), Sex: "M"}, ""},
	} {
		ch := tc.c
		if r := reason(s.SaveChild(ctx, &ch)); r != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.c, r, tc.want)
		}
	}
	g, _ := s.Group(ctx, c.ID)
	if g.Children != 1 {
		t.Fatalf("control group has %d children, want 1", g.Children)
	}
	// Deleting a group takes its children and their scores with it.
	if err := s.WriteScores(ctx, []data.Score{{ChildID: kids[0].ID, RoundID: 1, IndicatorID: 1, Value: 3}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteGroup(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "assessment"); n != 0 {
		t.Fatalf("%d scores left after deleting the group", n)
	}
	if err := s.DeleteGroup(ctx, e.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}

func TestScores(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, 2)
	if err := s.WriteScores(ctx, []data.Score{{kids[0].ID, 1, 1, 2}, {kids[1].ID, 1, 1, 3}}, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	err := s.WriteScores(ctx, []data.Score{{kids[0].ID, 1, 2, 1}, {kids[1].ID, 1, 2, 5}}, data.WriteOptions{Source: data.SourceImport, Clear: true})
	if !errors.Is(err, data.ErrInvalid) {
		t.Fatalf("score 5: %v", err)
	}
	m, _ := s.GroupScores(ctx, g.ID, 1)
	if len(m) != 2 || m[kids[0].ID][1] != 2 || m[kids[0].ID][2] != 0 {
		t.Fatalf("scores after a rejected batch: %v", m)
	}
	if err := s.WriteScores(ctx, []data.Score{{kids[0].ID, 1, 1, 0}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatal(err)
	}
	m, _ = s.GroupScores(ctx, g.ID, 1)
	if _, ok := m[kids[0].ID]; ok {
		t.Fatalf("cleared score still there: %v", m)
	}
}
