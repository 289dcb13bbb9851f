package dashboard

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// open shows the dashboard; its figures are read by the time it returns.
func open(h *kittest.Host) *dashboardScreen {
	d := newDashboardScreen(h)
	h.Show(d.Content())
	return d
}

func TestDashboardWarningsOpenThePlace(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY") // today is 25.11.2026
	e1 := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	datatest.AddGroup(t, s, 76, "Құлыншақ", data.RoleControl)
	kids := datatest.AddChildren(t, s, e1.ID, 3)
	kids[1].Consent = false
	if err := s.SaveChild(ctx, &kids[1]); err != nil {
		t.Fatal(err)
	}
	visit := data.Visit{KindergartenID: 78, VisitedOn: data.NewDate(2026, 10, 1), Purpose: data.PurposeEnvironment, FollowupOn: data.NewDate(2026, 11, 5)}
	if err := s.SaveVisit(ctx, &visit); err != nil {
		t.Fatal(err)
	}
	risk := data.Risk{RegionCode: "ULY", Description: "Құрал-жабдық жетіспейді", Category: data.RiskMaterial,
		Likelihood: 3, Impact: 3, IdentifiedOn: data.NewDate(2026, 2, 1)}
	if err := s.SaveRisk(ctx, &risk); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	d := open(h)

	find := func(kind string, kg int) int {
		t.Helper()
		for i, w := range d.warnings {
			if w.Kind == kind && (kg == 0 || w.KindergartenID == kg) {
				return i
			}
		}
		t.Fatalf("no %s warning for %d among %+v", kind, kg, d.warnings)
		return -1
	}
	// 76 has both groups; the four others have no control group.
	for _, kg := range []int{77, 78, 79, 80} {
		find(data.WarnNoControlGroup, kg)
	}
	for _, w := range d.warnings {
		if w.Kind == data.WarnNoControlGroup && w.KindergartenID == 76 {
			t.Fatal("76 has a control group")
		}
	}
	if txt := d.warningText(d.warnings[find(data.WarnNoControlGroup, 79)]); txt != d.refs.KgName(79)+": бақылау тобы жоқ" || !strings.HasPrefix(txt, "«Ажар»") {
		t.Fatalf("warning text %q", txt)
	}
	// Texts missing in Russian: the settings' executor, a settlement.
	if txt := d.warningText(data.Warning{Kind: data.WarnNoRussianSetting, Text: data.FieldExecutorName}); txt != "Баптаулар: «Орындаушы (аты-жөні)» орыс тілінде енгізілмеген" {
		t.Fatalf("setting warning %q", txt)
	}
	if txt := d.warningText(data.Warning{Kind: data.WarnNoRussianName, KindergartenID: 79}); !strings.HasPrefix(txt, d.refs.KgName(79)+": атауы орыс тілінде") {
		t.Fatalf("name warning %q", txt)
	}
	if sec, tg := warningPlace(data.Warning{Kind: data.WarnNoRussianSettlement, KindergartenID: 78}); sec != kit.Kindergartens || tg.KindergartenID != 78 {
		t.Fatalf("a settlement missing in Russian opens %s %+v", sec, tg)
	}

	// Pressing a warning opens the place to fix it (each screen's Focus
	// shows the target: see its package's tests).
	cases := []struct {
		name    string
		kind    string
		kg      int
		section string
		target  kit.Target
	}{
		{"no control group", data.WarnNoControlGroup, 79, kit.Kindergartens, kit.Target{KindergartenID: 79}},
		{"no consent", data.WarnNoConsent, 76, kit.Kindergartens, kit.Target{KindergartenID: 76, GroupID: e1.ID}},
		{"overdue follow-up", data.WarnOverdueFollowup, 78, kit.Visits, kit.Target{ID: visit.ID}},
		{"high risk", data.WarnHighRisk, 0, kit.Risks, kit.Target{ID: risk.ID}},
		{"missing scores", data.WarnMissingScores, 76, kit.Monitoring, kit.Target{}}, // the round checked below
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			i := -1
			for j, w := range d.warnings {
				if w.Kind == tc.kind && (tc.kg == 0 || w.KindergartenID == tc.kg) {
					i = j
				}
			}
			if i < 0 {
				t.Fatalf("no %s warning", tc.kind)
			}
			h.Opened = nil
			test.Tap(d.warnRows[i])
			if len(h.Opened) != 1 || h.Opened[0].Section != tc.section {
				t.Fatalf("opened %+v, want %s", h.Opened, tc.section)
			}
			if tc.kind != data.WarnMissingScores && h.Opened[0].Target != tc.target {
				t.Fatalf("opened %+v, want %+v", h.Opened[0].Target, tc.target)
			}
			if tc.kind == data.WarnMissingScores && (h.Opened[0].Target.KindergartenID != 76 || h.Opened[0].Target.RoundID == 0) {
				t.Fatalf("opened %+v", h.Opened[0].Target)
			}
		})
	}

	// Fixing the data on the opened screen clears its warning.
	datatest.AddGroup(t, s, 79, "Бақылау", data.RoleControl)
	d = open(h)
	for _, w := range d.warnings {
		if w.Kind == data.WarnNoControlGroup && w.KindergartenID == 79 {
			t.Fatal("the warning stays after the fix")
		}
	}
}

func TestDashboardDeadlinesAndCompleteness(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY") // today is 25.11.2026
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, 2)
	rounds, _ := s.Rounds(ctx)
	inds, _ := s.Indicators(ctx, false)
	var scores []data.Score
	for _, in := range inds { // baseline: one child of two
		scores = append(scores, data.Score{ChildID: kids[0].ID, RoundID: rounds[0].ID, IndicatorID: in.ID, Value: 2})
	}
	if err := s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	d := open(h)

	want := map[string]string{ // deadline → what the third column says
		"30.11": "5 күн қалды", "31.12": "36 күн қалды", "31.03": "мерзімі өтті",
	}
	for r := 1; r < d.deadlines.Rows(); r++ {
		if w, ok := want[d.deadlines.Text(r, 1)]; ok && d.deadlines.Text(r, 2) != w {
			t.Errorf("%s: %q, want %q", d.deadlines.Text(r, 1), d.deadlines.Text(r, 2), w)
		}
	}
	if !strings.Contains(d.deadlines.Text(4, 0), "талдамалық есеп") {
		t.Fatalf("fourth deadline %q", d.deadlines.Text(4, 0))
	}
	// Row 1 is 76: half its children scored in the baseline, none after.
	if got := []string{d.completeness.Text(1, 1), d.completeness.Text(1, 2), d.completeness.Text(1, 3)}; strings.Join(got, "|") != "50 %|0 %|0 %" {
		t.Fatalf("76 completeness %v", got)
	}
	if d.completeness.Text(2, 1) != "—" {
		t.Fatalf("a kindergarten without children shows %q", d.completeness.Text(2, 1))
	}
	if last := d.completeness.Rows() - 1; d.completeness.Text(last, 1) != "50 %" {
		t.Fatalf("region baseline %q", d.completeness.Text(last, 1))
	}
}
