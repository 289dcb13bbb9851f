package data_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

// dashboardRegion builds Ulytau as of datatest.Today (25.11.2026):
// kindergarten 76 has an experimental group (a, b without consent, c who
// left on 01.03 without consent; both withdrew it after being scored) and a control group (d, e); 77 has an
// empty experimental group; 78–80 have no groups. One indicator is retired
// on 01.04. Scores: baseline complete (c included), intermediate only a (and
// c, who had left), final none.
type dashboardRegion struct {
	s                *data.Store
	e1, c1, empty    data.Group
	rounds           []data.Round
	inds             []data.Indicator
	overdue, future  data.Visit
	high, worst, mid data.Risk
}

func newDashboardRegion(t *testing.T) dashboardRegion {
	t.Helper()
	s := datatest.NewConfigured(t, "ULY")
	r := dashboardRegion{s: s}
	r.e1 = datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	r.c1 = datatest.AddGroup(t, s, 76, "Құлыншақ", data.RoleControl)
	r.empty = datatest.AddGroup(t, s, 77, "Бөбек", data.RoleExperimental)
	kids := []data.Child{
		{GroupID: r.e1.ID, Consent: true},
		{GroupID: r.e1.ID, Consent: true},
		{GroupID: r.e1.ID, Consent: true, LeftOn: d(2026, 3, 1)},
		{GroupID: r.c1.ID, Consent: true},
		{GroupID: r.c1.ID, Consent: true},
	}
	for i := range kids {
		if err := s.SaveChild(ctx, &kids[i]); err != nil {
			t.Fatal(err)
		}
	}
	var err error
	if r.rounds, err = s.Rounds(ctx); err != nil || len(r.rounds) != 3 {
		t.Fatalf("rounds %v %v", r.rounds, err)
	}
	if r.inds, err = s.Indicators(ctx, false); err != nil || len(r.inds) != 9 {
		t.Fatalf("indicators %d %v", len(r.inds), err)
	}
	var scores []data.Score
	score := func(round data.Round, kids ...data.Child) {
		for _, k := range kids {
			for _, in := range r.inds {
				scores = append(scores, data.Score{ChildID: k.ID, RoundID: round.ID, IndicatorID: in.ID, Value: 2})
			}
		}
	}
	score(r.rounds[0], kids...)
	score(r.rounds[1], kids[0], kids[2])
	if err := s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport}); err != nil {
		t.Fatal(err)
	}
	// b's and c's parents withdrew consent after the scores were entered.
	for _, k := range kids[1:3] {
		k.Consent = false
		if err := s.SaveChild(ctx, &k); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.DB().ExecContext(ctx, `UPDATE indicator SET retired_on = '2026-04-01' WHERE id = ?`, r.inds[0].ID); err != nil {
		t.Fatal(err)
	}

	r.overdue = data.Visit{KindergartenID: 78, VisitedOn: d(2026, 10, 1), Purpose: data.PurposeEnvironment, FollowupOn: d(2026, 11, 5)}
	r.future = data.Visit{KindergartenID: 79, VisitedOn: d(2026, 11, 10), Purpose: data.PurposeConsultation, FollowupOn: d(2026, 12, 1)}
	done := data.Visit{KindergartenID: 80, VisitedOn: d(2026, 9, 1), Purpose: data.PurposeMonitoring, FollowupOn: d(2026, 9, 20), FollowupStatus: data.FollowupDone}
	for _, v := range []*data.Visit{&r.overdue, &r.future, &done} {
		if err := s.SaveVisit(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	mk := func(l, i int, status string, desc string) data.Risk {
		rk := data.Risk{RegionCode: "ULY", Description: desc, Category: data.RiskStaff, Likelihood: l, Impact: i,
			Status: status, IdentifiedOn: d(2026, 2, 1)}
		if status == data.RiskClosed {
			rk.ClosedOn = d(2026, 6, 1)
		}
		if err := s.SaveRisk(ctx, &rk); err != nil {
			t.Fatal(err)
		}
		return rk
	}
	r.high = mk(3, 2, data.RiskOpen, "Тәрбиешілер ауысады")
	mk(3, 3, data.RiskClosed, "Жабылған")
	r.mid = mk(2, 2, data.RiskOpen, "Орташа")
	r.worst = mk(3, 3, data.RiskMitigating, "Құрал-жабдық жетіспейді")
	ev := data.Event{RegionCode: "ULY", Kind: data.EventWebinar, HeldOn: d(2026, 3, 3), Topic: "Т", Format: data.FormatOnline}
	if err := s.SaveEvent(ctx, &ev); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestDashboardCounts(t *testing.T) {
	r := newDashboardRegion(t)
	got, err := r.s.DashboardCounts(ctx, "ULY")
	want := data.DashboardCounts{Kindergartens: 5, Groups: 3, Children: 4, Events: 1, Visits: 3, Practices: 0, OpenRisks: 3}
	if err != nil || got != want {
		t.Fatalf("counts %+v, %v; want %+v", got, err, want)
	}
	if other, _ := r.s.DashboardCounts(ctx, "AST"); other != (data.DashboardCounts{}) {
		t.Fatalf("another region counts %+v", other)
	}
}

func TestDashboardCompleteness(t *testing.T) {
	r := newDashboardRegion(t)
	cells, err := r.s.Completeness(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) != 15 {
		t.Fatalf("%d cells, want 3 rounds × 5 kindergartens", len(cells))
	}
	type key struct {
		round int64
		kg    int
	}
	byKey := map[key]data.CompletenessCell{}
	for _, c := range cells {
		byKey[key{c.RoundID, c.KindergartenID}] = c
	}
	cases := []struct {
		name                   string
		round                  int
		kg                     int
		children, inds, scored int
		percent                string
	}{
		// a, d, e: b and c have no consent, so neither they nor their
		// scores count; the retired indicator counts in no round.
		{"baseline complete", 0, 76, 3, 8, 24, "100.0"},
		// a is scored; c had left (and has no consent).
		{"intermediate", 1, 76, 3, 8, 8, "33.3"},
		{"final not started", 2, 76, 3, 8, 0, "0.0"},
		{"empty group", 0, 77, 0, 8, 0, "-"},
		{"no groups", 2, 80, 0, 8, 0, "-"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := byKey[key{r.rounds[tc.round].ID, tc.kg}]
			p, ok := c.Percent()
			ps := "-"
			if ok {
				ps = fmt.Sprintf("%.1f", p)
			}
			if c.Children != tc.children || c.Indicators != tc.inds || c.Scored != tc.scored || ps != tc.percent {
				t.Fatalf("cell %+v (%s%%), want children %d, indicators %d, scored %d, %s%%",
					c, ps, tc.children, tc.inds, tc.scored, tc.percent)
			}
		})
	}
	if all, _ := r.s.Completeness(ctx, ""); len(all) != 15 {
		t.Fatalf("every region: %d cells (only Ulytau is loaded)", len(all))
	}
}

func TestDashboardWarnings(t *testing.T) {
	r := newDashboardRegion(t)
	ws, err := r.s.DashboardWarnings(ctx, "ULY", r.s.Today())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range ws {
		got = append(got, fmt.Sprintf("%s kg=%d group=%d round=%d visit=%d risk=%d n=%d %s %s",
			w.Kind, w.KindergartenID, w.GroupID, w.RoundID, w.VisitID, w.RiskID, w.Count, w.GroupName, w.Text))
	}
	want := []string{
		"no_control_group kg=77 group=0 round=0 visit=0 risk=0 n=0  ",
		"no_control_group kg=78 group=0 round=0 visit=0 risk=0 n=0  ",
		"no_control_group kg=79 group=0 round=0 visit=0 risk=0 n=0  ",
		"no_control_group kg=80 group=0 round=0 visit=0 risk=0 n=0  ",
		fmt.Sprintf("empty_group kg=77 group=%d round=0 visit=0 risk=0 n=0 Бөбек ", r.empty.ID),
		// c has no consent either, but has left the pilot.
		fmt.Sprintf("no_consent kg=76 group=%d round=0 visit=0 risk=0 n=1 Балапан ", r.e1.ID),
		// The baseline is complete; the final round has begun (02.11) with nothing entered.
		fmt.Sprintf("missing_scores kg=76 group=0 round=%d visit=0 risk=0 n=16  ", r.rounds[1].ID),
		fmt.Sprintf("missing_scores kg=76 group=0 round=%d visit=0 risk=0 n=24  ", r.rounds[2].ID),
		// Planned for 05.11, today is 25.11; the December follow-up is not due.
		fmt.Sprintf("overdue_followup kg=78 group=0 round=0 visit=%d risk=0 n=20  ", r.overdue.ID),
		// Open or mitigating high risks, the worst first; closed and medium ones are not warned about.
		fmt.Sprintf("high_risk kg=0 group=0 round=0 visit=0 risk=%d n=9  Құрал-жабдық жетіспейді", r.worst.ID),
		fmt.Sprintf("high_risk kg=0 group=0 round=0 visit=0 risk=%d n=6  Тәрбиешілер ауысады", r.high.ID),
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if ws[8].Date != r.overdue.VisitedOn {
		t.Fatalf("overdue warning date %v", ws[8].Date)
	}

	// Before the final round began (01.11) it is not yet due.
	early, err := r.s.DashboardWarnings(ctx, "ULY", d(2026, 11, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range early {
		if w.Kind == data.WarnMissingScores && w.RoundID == r.rounds[2].ID {
			t.Fatal("a round still ahead is warned about")
		}
	}

	// Fixing the data clears the warnings: a control group everywhere, consent, follow-up done, risks closed.
	for _, kg := range []int{77, 78, 79, 80} {
		datatest.AddGroup(t, r.s, kg, "Бақылау", data.RoleControl)
	}
	if _, err := r.s.DB().ExecContext(ctx, `UPDATE child SET consent = 1`); err != nil {
		t.Fatal(err)
	}
	r.overdue.FollowupStatus = data.FollowupDone
	if err := r.s.SaveVisit(ctx, &r.overdue); err != nil {
		t.Fatal(err)
	}
	for _, rk := range []data.Risk{r.worst, r.high} {
		rk.Status, rk.ClosedOn = data.RiskClosed, d(2026, 11, 20)
		if err := r.s.SaveRisk(ctx, &rk); err != nil {
			t.Fatal(err)
		}
	}
	after, err := r.s.DashboardWarnings(ctx, "ULY", r.s.Today())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range after {
		if w.Kind != data.WarnEmptyGroup && w.Kind != data.WarnMissingScores {
			t.Errorf("left after the fix: %+v", w)
		}
	}
}

func TestDaysBetween(t *testing.T) {
	cases := []struct {
		a, b data.Date
		want int
	}{
		{d(2026, 11, 25), d(2026, 11, 30), 5},
		{d(2026, 11, 25), d(2026, 11, 25), 0},
		{d(2026, 11, 25), d(2026, 3, 31), -239},
		{d(2026, 1, 1), d(2026, 12, 31), 364},
	}
	for _, tc := range cases {
		if got := data.DaysBetween(tc.a, tc.b); got != tc.want {
			t.Errorf("DaysBetween(%s, %s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// BenchmarkDashboard is what opening the dashboard asks of the store for a
// region of demo data (five kindergartens, about 270 children).
func BenchmarkDashboard(b *testing.B) {
	s := datatest.NewConfigured(b, "ULY")
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}}); err != nil {
		b.Fatal(err)
	}
	today := s.Today()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.DashboardCounts(ctx, "ULY"); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Completeness(ctx, "ULY"); err != nil {
			b.Fatal(err)
		}
		if _, err := s.DashboardWarnings(ctx, "ULY", today); err != nil {
			b.Fatal(err)
		}
	}
}
