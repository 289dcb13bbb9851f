package data_test

import (
	"context"
	"slices"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/seeds"
)

// Given a configured centre, when its Russian texts are saved, then they
// read back, Official picks one language's, and the fields still missing
// in Russian are named.
func TestSettingsInTwoLanguages(t *testing.T) {
	ctx := context.Background()
	s := datatest.NewConfigured(t, "ULY")
	st, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st.CentreNameRU, st.HeadNameRU = "", ""
	if got := st.MissingRussian(); !slices.Equal(got, []string{data.FieldCentreName, data.FieldHeadName}) {
		t.Errorf("missing before: %v", got)
	}
	st.CentreNameRU = "  Методический центр  "
	st.HeadNameRU = "Сауле Абдикызы"
	st.SignatoryPosition, st.SignatoryPositionRU = "Директор", "Директор"
	st.ExecutorName, st.ExecutorPhone = "Ә. Ж. Сейітова", "8 (7102) 72-10-15"
	st.InstituteSignatoryNameRU = "А. Б. Иванова"
	if err := s.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Settings(ctx)
	ru, kk := got.Official("ru"), got.Official("kk")
	if ru.CentreName != "Методический центр" || ru.HeadName != "Сауле Абдикызы" || ru.ExecutorPhone != "8 (7102) 72-10-15" ||
		ru.InstituteSignatoryName != "А. Б. Иванова" || ru.ExecutorName != "" {
		t.Errorf("Russian texts: %+v", ru)
	}
	if kk.CentreName != "Әдістемелік орталық" || kk.ExecutorName != "Ә. Ж. Сейітова" || kk.ExecutorPhone != ru.ExecutorPhone {
		t.Errorf("Kazakh texts: %+v", kk)
	}
	if m := got.MissingRussian(); !slices.Equal(m, []string{data.FieldExecutorName}) {
		t.Errorf("missing after: %v", m)
	}
	st.ExecutorPhone = "доб. 12"
	if err := s.SaveSettings(ctx, st); reason(err) != "executor_phone:format" {
		t.Errorf("a phone with letters: %v", err)
	}
}

// The Russian name of a kindergarten starts derived from the order's name,
// is stored only when entered, and is no longer derived once the Kazakh
// name differs from the order's.
func TestKindergartenRussianName(t *testing.T) {
	ctx := context.Background()
	s := datatest.NewConfigured(t, "ULY")
	k, err := s.Kindergarten(ctx, 76)
	if err != nil {
		t.Fatal(err)
	}
	if k.NameRU != "КГКП «Ясли-сад «Тамаша»»" || !k.NameRUDerived {
		t.Fatalf("derived name %q %v", k.NameRU, k.NameRUDerived)
	}
	if name, _ := k.OfficialName("kk"); name != "««Тамаша» бөбекжай-бақшасы» КМҚК" {
		t.Errorf("Kazakh official name %q", name)
	}
	k.Settlement = "Жезқазған қаласы"
	if err := s.UpdateKindergarten(ctx, k); err != nil {
		t.Fatal(err)
	}
	gaps, err := s.RussianGaps(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	want := []data.Warning{{Kind: data.WarnNoRussianSettlement, KindergartenID: 76}}
	if !slices.Equal(gaps, want) {
		t.Errorf("gaps %+v, want %+v", gaps, want)
	}
	// A Kazakh name changed by the centre has no Russian name by rule (a
	// Russian name saved with it, as the form shows it, is kept).
	k.Name, k.NameRU, k.SettlementRU = "«Тамаша» балабақшасы", "", "город Жезказган"
	if err := s.UpdateKindergarten(ctx, k); err != nil {
		t.Fatal(err)
	}
	k, _ = s.Kindergarten(ctx, 76)
	if k.NameRU != "" || k.NameRUDerived {
		t.Errorf("after renaming: derived %q", k.NameRU)
	}
	if _, ok := k.OfficialName("ru"); ok {
		t.Error("a missing Russian name is reported present")
	}
	k.NameRU = "КГКП «Детский сад «Тамаша»»"
	if err := s.UpdateKindergarten(ctx, k); err != nil {
		t.Fatal(err)
	}
	k, _ = s.Kindergarten(ctx, 76)
	if k.NameRU != "КГКП «Детский сад «Тамаша»»" || k.NameRUDerived || k.SettlementRU != "город Жезказган" {
		t.Errorf("entered name %q %v, settlement %q", k.NameRU, k.NameRUDerived, k.SettlementRU)
	}
	// №62 has no regular shape: until entered, the dashboard lists it.
	s2 := datatest.NewConfigured(t, "PAV")
	warnings, err := s2.DashboardWarnings(ctx, "PAV", s2.Today())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(warnings, func(w data.Warning) bool { return w.Kind == data.WarnNoRussianName && w.KindergartenID == 62 }) {
		t.Errorf("the dashboard does not list №62's Russian name: %+v", warnings)
	}
	if seeds.HasKazakhLetters(k.NameRU) {
		t.Errorf("%q", k.NameRU)
	}
}

// Every change of a rating is kept with its date, whichever writer made it,
// so the checklist can be shown as it stood on a given day.
func TestEnvRatingHistory(t *testing.T) {
	ctx := context.Background()
	s := datatest.NewConfigured(t, "ULY")
	dirs, _ := s.Directions(ctx, false)
	items, _ := s.EnvItems(ctx)
	if len(dirs) == 0 || len(items) < 2 {
		t.Fatal("no directions or checklist items seeded")
	}
	d, a, b := dirs[0].ID, items[0].ID, items[1].ID
	mar, jun, oct := data.NewDate(2026, 3, 10), data.NewDate(2026, 6, 5), data.NewDate(2026, 10, 1)
	rate := func(item int64, status int, on data.Date) {
		t.Helper()
		if err := s.SetEnvRating(ctx, data.EnvRating{KindergartenID: 76, DirectionID: d, ItemID: item, Status: status, RatedOn: on}); err != nil {
			t.Fatal(err)
		}
	}
	rate(a, data.EnvPartly, mar)
	rate(a, data.EnvPartly, mar) // the same again: nothing new
	rate(a, data.EnvFully, jun)
	if err := s.SetEnvRatings(ctx, []data.EnvRating{{KindergartenID: 76, DirectionID: d, ItemID: b, Status: data.EnvPartly, RatedOn: oct}}); err != nil {
		t.Fatal(err)
	}
	h, err := s.EnvRatingHistory(ctx, 76, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 3 {
		t.Fatalf("history %+v, want 3 entries", h)
	}
	status := func(day data.Date) map[int64]int {
		out := map[int64]int{}
		for _, r := range data.EnvStateAt(h, day) {
			out[r.ItemID] = r.Status
		}
		return out
	}
	for _, c := range []struct {
		day  data.Date
		want map[int64]int
	}{
		{data.NewDate(2026, 3, 9), map[int64]int{}},
		{data.NewDate(2026, 3, 31), map[int64]int{a: data.EnvPartly}},
		{data.NewDate(2026, 9, 30), map[int64]int{a: data.EnvFully}},
		{data.NewDate(2026, 12, 31), map[int64]int{a: data.EnvFully, b: data.EnvPartly}},
	} {
		if got := status(c.day); !mapsEqual(got, c.want) {
			t.Errorf("state at %s: %v, want %v", c.day.DMY(), got, c.want)
		}
	}
}

func mapsEqual(a, b map[int64]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
