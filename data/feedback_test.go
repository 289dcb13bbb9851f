package data_test

import (
	"errors"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestFeedbackAndCorrections(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if err := s.LoadRegion(ctx, "ABA"); err != nil {
		t.Fatal(err)
	}
	f := data.Feedback{RegionCode: "ULY", KindergartenID: 80, Source: data.SourceParent, ReceivedOn: d(2026, 3, 3),
		Text: "  Хотелось бы получать рекомендации, какие поручения давать ребёнку дома. "}
	if err := s.SaveFeedback(ctx, &f); err != nil {
		t.Fatal(err)
	}
	got, err := s.Feedback(ctx, f.ID)
	if err != nil || got.Text != "Хотелось бы получать рекомендации, какие поручения давать ребёнку дома." || got.KindergartenID != 80 {
		t.Fatalf("saved %+v, %v", got, err)
	}
	got.Source, got.KindergartenID = data.SourceDirector, 0
	if err := s.SaveFeedback(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Feedback(ctx, f.ID); again != got {
		t.Fatalf("edited %+v, want %+v", again, got)
	}
	c := data.Correction{RegionCode: "ULY", FeedbackID: f.ID, ChangedOn: d(2026, 3, 20),
		Change: "Ата-аналарға арналған жадынама әзірленді", Effect: "Ата-аналардың 70%-ы жадынаманы пайдаланады", EffectOn: d(2026, 5, 15)}
	if err := s.SaveCorrection(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if cs, _ := s.Corrections(ctx, "ULY"); len(cs) != 1 || cs[0] != c {
		t.Fatalf("corrections %+v, want %+v", cs, c)
	}

	beforeF, beforeC := dump(t, s, "feedback"), dump(t, s, "correction")
	fcases := []struct {
		name string
		edit func(*data.Feedback)
		want string
	}{
		{"no text", func(f *data.Feedback) { f.Text = "" }, "text:required"},
		{"no source", func(f *data.Feedback) { f.Source = "" }, "source:required"},
		{"unknown source", func(f *data.Feedback) { f.Source = "child" }, "source:range"},
		{"no date", func(f *data.Feedback) { f.ReceivedOn = data.Date{} }, "received_on:required"},
		{"date in 2028", func(f *data.Feedback) { f.ReceivedOn = d(2028, 3, 3) }, "received_on:date"},
		{"another region's kindergarten", func(f *data.Feedback) { f.KindergartenID = 4 }, "kindergarten:range"},
		{"no region", func(f *data.Feedback) { f.RegionCode = "" }, "region:required"},
	}
	for _, tc := range fcases {
		for _, id := range []int64{0, f.ID} {
			bad := got
			bad.ID = id
			tc.edit(&bad)
			if r := reason(s.SaveFeedback(ctx, &bad)); r != tc.want {
				t.Errorf("%s (id %d): got %q, want %q", tc.name, id, r, tc.want)
			}
		}
	}
	abaFeedback := data.Feedback{RegionCode: "ABA", Source: data.SourceTeacher, ReceivedOn: d(2026, 3, 3), Text: "Пікір"}
	if err := s.SaveFeedback(ctx, &abaFeedback); err != nil {
		t.Fatal(err)
	}
	ccases := []struct {
		name string
		edit func(*data.Correction)
		want string
	}{
		{"effect before change", func(c *data.Correction) { c.EffectOn = d(2026, 3, 19) }, "effect_on:order"},
		{"no change", func(c *data.Correction) { c.Change = "  " }, "change:required"},
		{"no date", func(c *data.Correction) { c.ChangedOn = data.Date{} }, "changed_on:required"},
		{"change in 2024", func(c *data.Correction) { c.ChangedOn = d(2024, 3, 1) }, "changed_on:date"},
		{"effect in 2099", func(c *data.Correction) { c.EffectOn = d(2099, 3, 1) }, "effect_on:date"},
		{"another region's feedback", func(c *data.Correction) { c.FeedbackID = abaFeedback.ID }, "feedback:range"},
		{"missing feedback", func(c *data.Correction) { c.FeedbackID = 999 }, "feedback:range"},
	}
	for _, tc := range ccases {
		for _, id := range []int64{0, c.ID} {
			bad := c
			bad.ID = id
			tc.edit(&bad)
			if r := reason(s.SaveCorrection(ctx, &bad)); r != tc.want {
				t.Errorf("%s (id %d): got %q, want %q", tc.name, id, r, tc.want)
			}
		}
	}
	if dump(t, s, "correction") != beforeC {
		t.Fatal("rejected corrections changed the table")
	}
	if err := s.DeleteFeedback(ctx, abaFeedback.ID); err != nil {
		t.Fatal(err)
	}
	if dump(t, s, "feedback") != beforeF {
		t.Fatal("rejected feedback changed the table")
	}

	// Deleting feedback keeps the correction it prompted, unlinked.
	if err := s.DeleteFeedback(ctx, f.ID); err != nil {
		t.Fatal(err)
	}
	if again, err := s.Correction(ctx, c.ID); err != nil || again.FeedbackID != 0 {
		t.Fatalf("correction after its feedback was deleted: %+v, %v", again, err)
	}
	if err := s.DeleteCorrection(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{s.DeleteCorrection(ctx, c.ID), s.DeleteFeedback(ctx, f.ID)} {
		if !errors.Is(err, data.ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
	}
	if list, _ := s.Feedbacks(ctx, "ULY"); len(list) != 0 {
		t.Fatalf("feedback left: %+v", list)
	}
}
