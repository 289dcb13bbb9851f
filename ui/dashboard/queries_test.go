package dashboard

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/i18n"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

// The dashboard lists each kindergarten's round statuses and the open
// queries until they are resolved; a query opens its scores.
func TestDashboardStatusesAndQueries(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kid := datatest.AddChildren(t, s, g.ID, 1)[0]
	base, _ := s.RoundByKind(ctx, data.RoundBaseline)
	if err := s.ApproveRound(ctx, 77, base.ID); err != nil {
		t.Fatal(err)
	}
	q := data.Query{ChildID: kid.ID, RoundID: base.ID, Text: "екі апта болмады"}
	if err := s.RaiseQuery(ctx, &q); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	d := open(h)
	var approved int
	for _, st := range d.life.statuses {
		if st.Approved() {
			approved++
		}
	}
	if approved != 1 || len(d.life.queries) != 1 || len(d.life.resolve) != 1 {
		t.Fatalf("statuses %d approved, queries %+v", approved, d.life.queries)
	}
	if text := d.queryText(d.life.queries[0]); !strings.Contains(text, kid.Code) || !strings.Contains(text, i18n.T("dashboard.queries.whole_round")) {
		t.Fatalf("query row %q", text)
	}
	test.Tap(d.life.opens[0])
	if o := h.Opened[len(h.Opened)-1]; o.Section != kit.Monitoring || o.Target.KindergartenID != 76 || o.Target.RoundID != base.ID {
		t.Fatalf("opened %+v", o)
	}
	test.Tap(d.life.resolve[0])
	fd := h.Dialogs().Form
	test.Type(fd.Form.Entry("resolution"), "ауырған, анықтама бар")
	test.Tap(fd.Save)
	if qs, _ := s.OpenQueries(ctx, "ULY"); len(qs) != 0 {
		t.Fatalf("still open: %+v", qs)
	}
	if len(d.life.queries) != 0 {
		t.Fatal("the dashboard still lists the query")
	}
}
