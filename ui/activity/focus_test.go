package activity

import (
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

// Focus is where the dashboard's overdue and high-risk warnings lead: the
// record selected, the filters cleared so that it is listed.
func TestFocusSelectsTheRecord(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
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

	vs := open(h, newVisitsScreen(h))
	vs.kg.SetID(79) // a filter that hides the visit
	vs.Focus(kit.Target{ID: visit.ID})
	if v, ok := vs.table.Current(); !ok || v.ID != visit.ID {
		t.Fatalf("visit %+v selected: %v", v, ok)
	}

	rs := open(h, newRisksScreen(h))
	rs.status.SetKey(data.RiskClosed)
	rs.Focus(kit.Target{ID: risk.ID})
	if r, ok := rs.table.Current(); !ok || r.ID != risk.ID {
		t.Fatalf("risk %+v selected: %v", r, ok)
	}
}
