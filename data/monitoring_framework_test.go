package data_test

import (
	"errors"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func frameworkVersion(t *testing.T, s *data.Store) int {
	t.Helper()
	st, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st.FrameworkVersion
}

func codesOf(ins []data.Indicator) []string {
	var out []string
	for _, in := range ins {
		out = append(out, in.Code)
	}
	return out
}

func TestSaveIndicatorValidation(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	blocks, _ := s.Blocks(ctx)
	k := blocks[0].ID
	ok := data.Indicator{BlockID: k, Code: " k3 ", NameKK: "Кәсіп туралы әңгімелейді", NameRU: "Рассказывает о профессии"}
	cases := []struct {
		name string
		edit func(*data.Indicator)
		want string
	}{
		{"no kk", func(i *data.Indicator) { i.NameKK = "  " }, "name_kk:required"},
		{"no ru", func(i *data.Indicator) { i.NameRU = "" }, "name_ru:required"},
		{"no code", func(i *data.Indicator) { i.Code = " " }, "code:required"},
		{"code with space", func(i *data.Indicator) { i.Code = "K 3" }, "code:format"},
		{"cyrillic code", func(i *data.Indicator) { i.Code = "К3" }, "code:format"},
		{"duplicate code", func(i *data.Indicator) { i.Code = "s1" }, "code:duplicate"},
		{"no block", func(i *data.Indicator) { i.BlockID = 0 }, "block:required"},
		{"unknown block", func(i *data.Indicator) { i.BlockID = 999 }, "block:range"},
	}
	v0 := frameworkVersion(t, s)
	for _, tc := range cases {
		in := ok
		tc.edit(&in)
		if got := reason(s.SaveIndicator(ctx, &in)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	if v := frameworkVersion(t, s); v != v0 {
		t.Fatalf("rejected edits bumped the framework version %d → %d", v0, v)
	}
	in := ok
	if err := s.SaveIndicator(ctx, &in); err != nil {
		t.Fatal(err)
	}
	if in.Code != "K3" || in.Order != 3 || frameworkVersion(t, s) != v0+1 {
		t.Fatalf("new indicator %+v, version %d", in, frameworkVersion(t, s))
	}
	ins, _ := s.Indicators(ctx, false)
	if got := codesOf(ins); len(got) != 10 || got[2] != "K3" {
		t.Fatalf("framework order %v", got)
	}
	// Moving it to another block puts it last there.
	in.BlockID = blocks[2].ID
	in.NameKK = "Өзгертілген"
	if err := s.SaveIndicator(ctx, &in); err != nil {
		t.Fatal(err)
	}
	ins, _ = s.Indicators(ctx, false)
	if got := codesOf(ins); got[9] != "K3" || in.Order != 4 {
		t.Fatalf("after moving block: %v, order %d", got, in.Order)
	}
}

func TestBlocksEditAndDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	b := data.Block{Code: "p", NameKK: "Ойын", NameRU: "Игра"}
	if err := s.SaveBlock(ctx, &b); err != nil || b.Code != "P" || b.Order != 4 {
		t.Fatalf("new block %+v: %v", b, err)
	}
	dup := data.Block{Code: "K", NameKK: "x", NameRU: "y"}
	if got := reason(s.SaveBlock(ctx, &dup)); got != "code:duplicate" {
		t.Fatalf("duplicate block code: %q", got)
	}
	noRU := data.Block{Code: "Q", NameKK: "x"}
	if got := reason(s.SaveBlock(ctx, &noRU)); got != "name_ru:required" {
		t.Fatalf("block without ru: %q", got)
	}
	blocks, _ := s.Blocks(ctx)
	if err := s.DeleteBlock(ctx, blocks[0].ID); !errors.Is(err, data.ErrInUse) {
		t.Fatalf("deleting a block with indicators: %v", err)
	}
	if err := s.MoveBlock(ctx, b.ID, true); err != nil {
		t.Fatal(err)
	}
	blocks, _ = s.Blocks(ctx)
	if blocks[2].Code != "P" || blocks[3].Code != "A" {
		t.Fatalf("block order after move up: %v %v", blocks[2].Code, blocks[3].Code)
	}
	if err := s.DeleteBlock(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteBlock(ctx, b.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}

func TestMoveIndicator(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	byCode := map[string]data.Indicator{}
	ins, _ := s.Indicators(ctx, true)
	for _, in := range ins {
		byCode[in.Code] = in
	}
	steps := []struct {
		code  string
		up    bool
		want  []string // the S block afterwards
		bumps int
	}{
		{"S3", true, []string{"S1", "S3", "S2", "S4"}, 1},
		{"S3", true, []string{"S3", "S1", "S2", "S4"}, 1},
		{"S3", true, []string{"S3", "S1", "S2", "S4"}, 0}, // first already: nothing
		{"S4", false, []string{"S3", "S1", "S2", "S4"}, 0},
		{"S1", false, []string{"S3", "S2", "S1", "S4"}, 1},
	}
	for i, st := range steps {
		v0 := frameworkVersion(t, s)
		if err := s.MoveIndicator(ctx, byCode[st.code].ID, st.up); err != nil {
			t.Fatal(err)
		}
		ins, _ := s.Indicators(ctx, false)
		got := codesOf(ins)[2:6]
		for j := range got {
			if got[j] != st.want[j] {
				t.Fatalf("step %d: %v, want %v", i, got, st.want)
			}
		}
		if d := frameworkVersion(t, s) - v0; d != st.bumps {
			t.Fatalf("step %d: version moved by %d, want %d", i, d, st.bumps)
		}
	}
	if err := s.MoveIndicator(ctx, 999, true); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("moving a missing indicator: %v", err)
	}
}

func TestRetireKeepsHistoryAndStopsScoring(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kid := datatest.AddChildren(t, s, g.ID, 1)[0]
	ins, _ := s.Indicators(ctx, false)
	a3 := ins[8]
	if err := s.WriteScores(ctx, []data.Score{{kid.ID, 1, a3.ID, 3}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatal(err)
	}
	v0 := frameworkVersion(t, s)
	for _, tc := range []struct {
		on   data.Date
		want string
	}{
		{data.Date{}, "retired_on:required"},
		{data.NewDate(2019, 1, 1), "retired_on:date"},
		{data.NewDate(2031, 1, 1), "retired_on:date"},
	} {
		if got := reason(s.RetireIndicator(ctx, a3.ID, tc.on)); got != tc.want {
			t.Errorf("retire on %v: %q, want %q", tc.on, got, tc.want)
		}
	}
	if err := s.RetireIndicator(ctx, a3.ID, data.NewDate(2026, 6, 1)); err != nil {
		t.Fatal(err)
	}
	if frameworkVersion(t, s) != v0+1 {
		t.Fatal("retiring did not bump the framework version")
	}
	active, _ := s.Indicators(ctx, false)
	all, _ := s.Indicators(ctx, true)
	if len(active) != 8 || len(all) != 9 || !all[8].Retired() {
		t.Fatalf("active %d, all %d", len(active), len(all))
	}
	if got := reason(s.WriteScores(ctx, []data.Score{{kid.ID, 2, a3.ID, 2}}, data.WriteOptions{Source: data.SourceGrid, Clear: true})); got != "indicator:retired" {
		t.Fatalf("scoring a retired indicator: %q", got)
	}
	if got := reason(s.WriteScores(ctx, []data.Score{{kid.ID, 2, ins[0].ID, 2}, {kid.ID, 2, a3.ID, 2}}, data.WriteOptions{Source: data.SourceImport, Clear: true})); got != "indicator:retired" {
		t.Fatalf("bulk scoring a retired indicator: %q", got)
	}
	if n := count(t, s, "assessment"); n != 1 {
		t.Fatalf("%d scores after rejected writes, want the 1 kept", n)
	}
	if err := s.DeleteIndicator(ctx, a3.ID); !errors.Is(err, data.ErrInUse) {
		t.Fatalf("deleting a scored indicator: %v", err)
	}
	if err := s.RestoreIndicator(ctx, a3.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteScores(ctx, []data.Score{{kid.ID, 2, a3.ID, 2}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatalf("scoring a restored indicator: %v", err)
	}
	fresh := data.Indicator{BlockID: a3.BlockID, Code: "A4", NameKK: "Жаңа", NameRU: "Новый"}
	if err := s.SaveIndicator(ctx, &fresh); err != nil {
		t.Fatal(err)
	}
	v1 := frameworkVersion(t, s)
	if err := s.DeleteIndicator(ctx, fresh.ID); err != nil {
		t.Fatal(err)
	}
	if frameworkVersion(t, s) != v1+1 {
		t.Fatal("deleting did not bump the framework version")
	}
}
