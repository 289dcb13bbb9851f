package data_test

import (
	"errors"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestRiskScoreAndLevel(t *testing.T) {
	want := map[[2]int]string{
		{1, 1}: "low", {1, 2}: "low", {2, 1}: "low",
		{1, 3}: "medium", {3, 1}: "medium", {2, 2}: "medium",
		{2, 3}: "high", {3, 2}: "high", {3, 3}: "high",
	}
	for li, lv := range want {
		r := data.Risk{Likelihood: li[0], Impact: li[1]}
		if r.Score() != li[0]*li[1] || r.Level() != lv {
			t.Errorf("L%d×I%d: score %d level %q, want %q", li[0], li[1], r.Score(), r.Level(), lv)
		}
	}
}

func risk() data.Risk {
	return data.Risk{RegionCode: "ULY", KindergartenID: 79, Description: "Шеберхана құралдарын сатып алу кешігуде",
		Category: data.RiskMaterial, Likelihood: 3, Impact: 2, Mitigation: "Демеушілермен келіссөз", Owner: "Әдіскер",
		IdentifiedOn: d(2026, 2, 1), ReviewOn: d(2026, 4, 1)}
}

func TestRiskAddEditDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	r := risk()
	if err := s.SaveRisk(ctx, &r); err != nil {
		t.Fatal(err)
	}
	got, err := s.Risk(ctx, r.ID)
	if err != nil || got.Status != data.RiskOpen || got.Level() != data.RiskHigh || !got.Open() || got.KindergartenID != 79 {
		t.Fatalf("saved %+v, %v", got, err)
	}
	got.Status, got.ClosedOn, got.KindergartenID = data.RiskClosed, d(2026, 5, 5), 0
	if err := s.SaveRisk(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Risk(ctx, r.ID); again != got || again.Open() {
		t.Fatalf("closed %+v, want %+v", again, got)
	}
	// Reopening forgets the closing date.
	got.Status = data.RiskMitigating
	if err := s.SaveRisk(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Risk(ctx, r.ID); !again.ClosedOn.IsZero() || again.Status != data.RiskMitigating {
		t.Fatalf("reopened %+v", again)
	}
	if list, _ := s.Risks(ctx, "ULY"); len(list) != 1 || list[0].ID != r.ID {
		t.Fatalf("list %+v", list)
	}
	if err := s.DeleteRisk(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRisk(ctx, r.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}

func TestRiskValidationWritesNothing(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	saved := risk()
	if err := s.SaveRisk(ctx, &saved); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s, "risk")
	closed := func(on data.Date) func(*data.Risk) {
		return func(r *data.Risk) { r.Status, r.ClosedOn = data.RiskClosed, on }
	}
	cases := []struct {
		name string
		edit func(*data.Risk)
		want string
	}{
		{"likelihood 4", func(r *data.Risk) { r.Likelihood = 4 }, "likelihood:range"},
		{"likelihood 0", func(r *data.Risk) { r.Likelihood = 0 }, "likelihood:range"},
		{"impact 4", func(r *data.Risk) { r.Impact = 4 }, "impact:range"},
		{"impact -1", func(r *data.Risk) { r.Impact = -1 }, "impact:range"},
		{"no description", func(r *data.Risk) { r.Description = " " }, "description:required"},
		{"no category", func(r *data.Risk) { r.Category = "" }, "category:required"},
		{"unknown category", func(r *data.Risk) { r.Category = "weather" }, "category:range"},
		{"unknown status", func(r *data.Risk) { r.Status = "forgotten" }, "status:range"},
		{"not identified", func(r *data.Risk) { r.IdentifiedOn = data.Date{} }, "identified_on:required"},
		{"identified in 2024", func(r *data.Risk) { r.IdentifiedOn = d(2024, 6, 1) }, "identified_on:date"},
		{"review before identified", func(r *data.Risk) { r.ReviewOn = d(2026, 1, 31) }, "review_on:order"},
		{"closed without a date", closed(data.Date{}), "closed_on:required"},
		{"closed before identified", closed(d(2026, 1, 15)), "closed_on:order"},
		{"closed in 2031", closed(d(2031, 1, 15)), "closed_on:date"},
		{"another region's kindergarten", func(r *data.Risk) { r.KindergartenID = 2 }, "kindergarten:range"},
		{"no region", func(r *data.Risk) { r.RegionCode = "" }, "region:required"},
		{"unknown region", func(r *data.Risk) { r.RegionCode = "QQQ" }, "region:range"},
	}
	for _, tc := range cases {
		for _, id := range []int64{0, saved.ID} {
			r := risk()
			r.ID = id
			tc.edit(&r)
			if got := reason(s.SaveRisk(ctx, &r)); got != tc.want {
				t.Errorf("%s (id %d): got %q, want %q", tc.name, id, got, tc.want)
			}
		}
	}
	if dump(t, s, "risk") != before {
		t.Fatal("rejected risks changed the table")
	}
}
