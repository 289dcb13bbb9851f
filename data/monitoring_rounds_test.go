package data_test

import (
	"errors"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestSaveRound(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	ok := data.Round{Kind: data.RoundExtra, NameKK: "Қосымша", NameRU: "Дополнительный",
		Start: data.NewDate(2026, 9, 1), End: data.NewDate(2026, 9, 15)}
	cases := []struct {
		name string
		edit func(*data.Round)
		want string
	}{
		{"end before start", func(r *data.Round) { r.End = data.NewDate(2026, 8, 31) }, "end:order"},
		{"no start", func(r *data.Round) { r.Start = data.Date{} }, "start:required"},
		{"year typo", func(r *data.Round) { r.End = data.NewDate(2206, 9, 15) }, "end:date"},
		{"bad kind", func(r *data.Round) { r.Kind = "weekly" }, "kind:range"},
		{"second baseline", func(r *data.Round) { r.Kind = data.RoundBaseline }, "kind:duplicate"},
		{"second final", func(r *data.Round) { r.Kind = data.RoundFinal }, "kind:duplicate"},
		{"no ru", func(r *data.Round) { r.NameRU = " " }, "name_ru:required"},
		{"taken code", func(r *data.Round) { r.Code = "final" }, "code:duplicate"},
		{"bad code", func(r *data.Round) { r.Code = "раунд" }, "code:format"},
	}
	for _, tc := range cases {
		r := ok
		tc.edit(&r)
		if got := reason(s.SaveRound(ctx, &r)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	if n := count(t, s, "round"); n != 3 {
		t.Fatalf("rejected rounds were written: %d rounds", n)
	}
	r1, r2 := ok, ok
	if err := s.SaveRound(ctx, &r1); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveRound(ctx, &r2); err != nil {
		t.Fatal(err)
	}
	if r1.Code != "extra" || r2.Code != "extra-2" || r2.Order != 5 {
		t.Fatalf("generated codes %q %q, order %d", r1.Code, r2.Code, r2.Order)
	}
	// An intermediate round may repeat; the baseline may be edited in place.
	mid := ok
	mid.Kind, mid.Code = data.RoundIntermediate, "mid-2"
	if err := s.SaveRound(ctx, &mid); err != nil {
		t.Fatal(err)
	}
	base, _ := s.RoundByKind(ctx, data.RoundBaseline)
	base.End = base.End.AddDays(7)
	if err := s.SaveRound(ctx, &base); err != nil {
		t.Fatal(err)
	}
	got, _ := s.RoundByCode(ctx, "baseline")
	if got.End != base.End {
		t.Fatalf("edited baseline %+v", got)
	}
	rs, _ := s.Rounds(ctx)
	if len(rs) != 6 || rs[5].Code != "mid-2" {
		t.Fatalf("rounds %+v", rs)
	}
}

func TestDeleteRound(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kid := datatest.AddChildren(t, s, g.ID, 1)[0]
	base, _ := s.RoundByKind(ctx, data.RoundBaseline)
	ins, _ := s.Indicators(ctx, false)
	if err := s.WriteScores(ctx, []data.Score{{kid.ID, base.ID, ins[0].ID, 2}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRound(ctx, base.ID); !errors.Is(err, data.ErrInUse) {
		t.Fatalf("deleting a round with scores: %v", err)
	}
	if n, _ := s.RoundScores(ctx, base.ID); n != 1 {
		t.Fatalf("round scores %d", n)
	}
	mid, _ := s.RoundByKind(ctx, data.RoundIntermediate)
	if err := s.DeleteRound(ctx, mid.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Round(ctx, mid.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("deleted round still readable: %v", err)
	}
}
