package dashboard

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

// buttons lists the buttons of a part of the dashboard, by text.
func buttons(o fyne.CanvasObject) map[string]*widget.Button {
	out := map[string]*widget.Button{}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Button:
			out[w.Text] = w
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// An empty database starts with the first steps, ticked as they are done,
// and no overdue reports.
func TestFirstSteps(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	d := open(h)
	b := buttons(d.box)
	if _, ok := b["1. Балабақшалар туралы мәліметті тексеріңіз — орындалды"]; !ok {
		t.Fatalf("first steps: %v", b)
	}
	groups, ok := b["2. Топтарды қосыңыз (эксперименттік және бақылау) — орындалмаған"]
	if !ok {
		t.Fatalf("first steps: %v", b)
	}
	if _, ok := b["Есепті жасау"]; ok {
		t.Fatal("an empty database is told its reports are overdue")
	}
	test.Tap(groups)
	if len(h.Opened) != 1 || h.Opened[0].Section != kit.Kindergartens {
		t.Fatalf("opened %+v", h.Opened)
	}
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	datatest.AddChildren(t, s, g.ID, 2)
	d = open(h)
	if _, ok := buttons(d.box)["2. Топтарды қосыңыз (эксперименттік және бақылау) — орындалды"]; !ok {
		t.Fatalf("the groups step is not ticked: %v", buttons(d.box))
	}
}

// A passed deadline with no report is overdue and opens Reports on it; a
// report made is shown made and can be marked sent.
func TestDeadlinesKnowWhatWasDone(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY") // today is 25.11.2026
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	datatest.AddChildren(t, s, g.ID, 2)
	if _, err := s.RecordReport(ctx, "q1", "Ұлытау-есеп-1-тоқсан-2026.pdf", "kk"); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	d := open(h)
	row := func(i int) string { return d.deadlines.Cell(i+1, 3).Text }
	if !strings.HasPrefix(row(0), "жасалды") || row(1) != "жасалмаған" {
		t.Fatalf("report column: %q, %q", row(0), row(1))
	}
	b := buttons(d.box)
	sent, ok := b["Жіберілді деп белгілеу"]
	if !ok {
		t.Fatalf("no «mark sent» for the report made: %v", b)
	}
	test.Tap(sent)
	if recs, _ := s.ReportRecords(ctx); recs[0].SentOn != s.Today() {
		t.Fatalf("not marked sent: %+v", recs)
	}
	if !strings.HasPrefix(row(0), "жіберілді") {
		t.Fatalf("after marking: %q", row(0))
	}
	test.Tap(buttons(d.box)["Есепті жасау"])
	if n := len(h.Opened); n == 0 || h.Opened[n-1].Section != kit.Reports || h.Opened[n-1].Target.Deadline == "" || h.Opened[n-1].Target.Deadline == "q1" {
		t.Fatalf("opened %+v", h.Opened)
	}
}
