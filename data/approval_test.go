package data_test

import (
	"errors"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// An approved round refuses the grid, the import and the roster changes
// touching its scores, each with the sentence naming who approved it and
// when; copies (a package) still pass; unlocking needs a reason, which the
// history keeps, and then the same writes go through.
func TestApprovedRoundRefusesWrites(t *testing.T) {
	f := newFixture(t)
	if err := f.s.SetMethodologist(ctx, "Айгүл  Сейітова"); err != nil {
		t.Fatal(err)
	}
	k0, k1 := f.ekids[0], f.ekids[1]
	if err := f.s.WriteScores(ctx, []data.Score{{k0.ID, f.base.ID, f.ins[0].ID, 2}, {k1.ID, f.base.ID, f.ins[0].ID, 1}},
		data.WriteOptions{Source: data.SourceGrid, GroupID: f.e.ID}); err != nil {
		t.Fatal(err)
	}
	if err := f.s.SubmitRound(ctx, 76, f.base.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.s.ApproveRound(ctx, 76, f.base.ID); err != nil {
		t.Fatal(err)
	}
	st, err := f.s.RoundStatusOf(ctx, 76, f.base.ID)
	if err != nil || !st.Approved() || !strings.HasPrefix(st.ApprovedBy, "Айгүл Сейітова") || !st.ApprovedAt.Equal(datatest.Today.Truncate(1e9)) {
		t.Fatalf("status %+v, %v", st, err)
	}
	before := datatest.Dump(t, f.s)
	moved := k0
	moved.GroupID = f.c.ID
	leftEarly := k0
	leftEarly.LeftOn = data.NewDate(2026, 1, 2)
	control := f.e
	control.Role = data.RoleControl
	refused := []struct {
		name  string
		write func() error
	}{
		{"grid", func() error {
			return f.s.WriteScores(ctx, []data.Score{{k0.ID, f.base.ID, f.ins[0].ID, 3}}, data.WriteOptions{Source: data.SourceGrid, Clear: true})
		}},
		{"grid clear", func() error {
			return f.s.WriteScores(ctx, []data.Score{{k0.ID, f.base.ID, f.ins[0].ID, 0}}, data.WriteOptions{Source: data.SourceGrid, Clear: true})
		}},
		{"import", func() error {
			return f.s.WriteScores(ctx, []data.Score{{k1.ID, f.base.ID, f.ins[1].ID, 3}}, data.WriteOptions{Source: data.SourceImport, File: "a.xlsx"})
		}},
		{"child deleted", func() error { return f.s.DeleteChild(ctx, k0.ID) }},
		{"group deleted", func() error { return f.s.DeleteGroup(ctx, f.e.ID) }},
		{"child moved to another group", func() error { return f.s.SaveChild(ctx, &moved) }},
		{"child left before the round", func() error { return f.s.SaveChild(ctx, &leftEarly) }},
		{"group switched to control", func() error { return f.s.SaveGroup(ctx, &control) }},
		{"resubmitted", func() error { return f.s.SubmitRound(ctx, 76, f.base.ID) }},
	}
	for _, tc := range refused {
		err := tc.write()
		var ae *data.ApprovedError
		if !errors.As(err, &ae) || !errors.Is(err, data.ErrApproved) || ae.KindergartenID != 76 || ae.Round.ID != f.base.ID {
			t.Fatalf("%s: %v, want the round approved", tc.name, err)
		}
		msg := ae.Message("kk")
		if !strings.Contains(msg, "Бастапқы") || !strings.Contains(msg, "№76") || !strings.Contains(msg, "Айгүл Сейітова") ||
			!strings.Contains(msg, "25.11.2026") {
			t.Errorf("%s: message %q", tc.name, msg)
		}
		if ru := ae.Message("ru"); !strings.Contains(ru, "утверждён") {
			t.Errorf("%s: ru message %q", tc.name, ru)
		}
	}
	if after := datatest.Dump(t, f.s); after != before {
		t.Fatal("a refused change wrote something")
	}
	// Not touching the approved round: another round, another
	// kindergarten, the same value again, a child's name.
	for name, write := range map[string]func() error{
		"final round": func() error {
			return f.s.WriteScores(ctx, []data.Score{{k0.ID, f.fin.ID, f.ins[0].ID, 3}}, data.WriteOptions{Source: data.SourceGrid})
		},
		"same value": func() error {
			return f.s.WriteScores(ctx, []data.Score{{k0.ID, f.base.ID, f.ins[0].ID, 2}}, data.WriteOptions{Source: data.SourceGrid})
		},
		"name": func() error { c := k1; c.FullName = "Айбек"; return f.s.SaveChild(ctx, &c) },
		"package copy": func() error {
			return f.s.WriteScores(ctx, []data.Score{{k1.ID, f.base.ID, f.ins[2].ID, 3}}, data.WriteOptions{Source: data.SourcePackage})
		},
	} {
		if err := write(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}

	if err := f.s.UnlockRound(ctx, 76, f.base.ID, "  "); !isField(err, "reason", data.ReasonRequired) {
		t.Fatalf("unlock without a reason: %v", err)
	}
	if err := f.s.UnlockRound(ctx, 76, f.base.ID, "Балапан тобының  бағасы қате енгізілген"); err != nil {
		t.Fatal(err)
	}
	if st, _ := f.s.RoundStatusOf(ctx, 76, f.base.ID); st.Status != data.StatusOpen || st.ApprovedBy != "" || st.SubmittedBy == "" {
		t.Fatalf("after unlock: %+v", st)
	}
	h, err := f.s.History(ctx, data.HistoryFilter{RoundID: f.base.ID, KindergartenID: 76})
	if err != nil {
		t.Fatal(err)
	}
	var unlock *data.HistoryEntry
	for i := range h {
		if h[i].Entity == data.EntityRoundStatus && h[i].New == data.StatusOpen {
			unlock = &h[i]
			break
		}
	}
	if unlock == nil || unlock.Old != data.StatusApproved || unlock.Set.Note != "Балапан тобының бағасы қате енгізілген" ||
		unlock.Set.Who.Methodologist != "Айгүл Сейітова" {
		t.Fatalf("unlock in the history: %+v", unlock)
	}
	if err := f.s.WriteScores(ctx, []data.Score{{k0.ID, f.base.ID, f.ins[0].ID, 3}}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatalf("after unlock: %v", err)
	}
	if err := f.s.DeleteChild(ctx, k0.ID); err != nil {
		t.Fatalf("delete after unlock: %v", err)
	}
	// The summary the reports use.
	if err := f.s.ApproveRound(ctx, 77, f.base.ID); err != nil {
		t.Fatal(err)
	}
	sum, err := f.s.ApprovalSummary(ctx, "ULY")
	if err != nil || len(sum.Rounds) != 3 || sum.Rounds[0].Kindergartens != 5 || sum.Rounds[0].Approved != 1 ||
		sum.Rounds[0].Submitted != 0 || sum.AllApproved() {
		t.Fatalf("summary %+v, %v", sum, err)
	}
}

// isField reports whether err is a ValidationError of field and reason.
func isField(err error, field, reason string) bool {
	var ve *data.ValidationError
	return errors.As(err, &ve) && ve.Field == field && ve.Reason == reason
}
