package comparison

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/reports/charts"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/ui/i18n"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// cmpGroup is one group of the test region: its children's scores on the
// first indicator in the baseline and the final round (0 = not scored).
type cmpGroup struct {
	kg          int
	role        string
	base, final []int
}

// cmpRegion builds region ULY with known scores. Only the first indicator
// is scored, so a child's score is that one score and its level is the
// score itself (thresholds 1.5 / 2.5). In kindergarten 76 both arms start
// alike and the experimental group gains more; kindergarten 77 has one
// experimental child scored at baseline only.
func cmpRegion(t *testing.T, groups []cmpGroup) *data.Store {
	t.Helper()
	s := datatest.NewConfigured(t, "ULY")
	base, err := s.RoundByKind(ctx, data.RoundBaseline)
	if err != nil {
		t.Fatal(err)
	}
	final, err := s.RoundByKind(ctx, data.RoundFinal)
	if err != nil {
		t.Fatal(err)
	}
	inds, err := s.Indicators(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	var scores []data.Score
	for i, g := range groups {
		grp := datatest.AddGroup(t, s, g.kg, "Топ "+string(rune('А'+i)), g.role)
		for j, kid := range datatest.AddChildren(t, s, grp.ID, len(g.base)) {
			for _, sc := range []struct {
				round int64
				v     int
			}{{base.ID, g.base[j]}, {final.ID, g.final[j]}} {
				if sc.v > 0 {
					scores = append(scores, data.Score{ChildID: kid.ID, RoundID: sc.round, IndicatorID: inds[0].ID, Value: sc.v})
				}
			}
		}
	}
	if err := s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	return s
}

var knownGroups = []cmpGroup{
	{76, data.RoleExperimental, []int{1, 1, 1, 1, 1, 2, 2, 2, 2, 2}, []int{2, 2, 2, 3, 3, 2, 3, 3, 3, 3}},
	{76, data.RoleControl, []int{1, 1, 1, 1, 1, 2, 2, 2, 2, 2}, []int{1, 1, 1, 2, 2, 2, 2, 2, 3, 3}},
	{77, data.RoleExperimental, []int{1, 2, 2, 1, 2, 1, 2, 1, 1, 2, 2}, []int{2, 3, 3, 2, 3, 2, 3, 2, 2, 3, 0}},
	{77, data.RoleControl, []int{2, 1, 2, 1, 2, 1, 2, 1, 2, 1}, []int{2, 2, 2, 1, 3, 1, 2, 2, 2, 1}},
}

// openComparison opens the section; its first answer is then shown.
func openComparison(t *testing.T, h *kittest.Host) *comparisonScreen {
	t.Helper()
	c := newComparisonScreen(h)
	h.Show(c.Content())
	return c
}

// sameResult fails unless the screen shows exactly what Compare computes
// for its scope (compared as JSON, where NaN is null).
func sameResult(t *testing.T, s *data.Store, c *comparisonScreen) comparison.Result {
	t.Helper()
	want, err := comparison.Compare(ctx, s, c.scope())
	if err != nil {
		t.Fatal(err)
	}
	if c.shown == nil {
		t.Fatal("no result shown")
	}
	got, _ := json.Marshal(c.shown.res)
	exp, _ := json.Marshal(want)
	if !bytes.Equal(got, exp) {
		t.Fatalf("screen result\n%s\nwant\n%s", got, exp)
	}
	return want
}

// texts lists every label's text under o, for asserting what is shown.
func texts(o fyne.CanvasObject) []string {
	switch x := o.(type) {
	case *widget.Label:
		return []string{x.Text}
	case *container.Scroll:
		return texts(x.Content)
	case *fyne.Container:
		var out []string
		for _, c := range x.Objects {
			out = append(out, texts(c)...)
		}
		return out
	}
	return nil
}

func TestComparisonShowsTheFiguresOfCompare(t *testing.T) {
	s := cmpRegion(t, knownGroups)
	h := kittest.New(t, s)
	c := openComparison(t, h)
	base, _ := s.RoundByKind(ctx, data.RoundBaseline)
	final, _ := s.RoundByKind(ctx, data.RoundFinal)
	if sc := c.scope(); sc.From != base.ID || sc.To != final.ID || sc.KindergartenID != 0 || sc.Phi != comparison.PhiIII {
		t.Fatalf("default scope %+v", sc)
	}
	want := sameResult(t, s, c)
	v := c.view

	// The verdict is the package's, word for word, on the first tab.
	shown := strings.Join(texts(v.pages()[0]), "\n")
	for _, sentence := range comparison.Verdict(want, "kk") {
		if !strings.Contains(shown, sentence) {
			t.Fatalf("verdict sentence %q not shown in\n%s", sentence, shown)
		}
	}
	// The warning of the final round's χ² has a line of its own.
	if !want.Has(comparison.WarnSmallExpected) || !strings.Contains(shown, "«Қорытынды» мониторингі: χ² критерийінде") {
		t.Fatalf("small-expected warning line missing: %+v\n%s", want.Warnings, shown)
	}

	// Levels: 21 experimental children at baseline, 10 of them at level I;
	// 20 at the end, 11 at level III.
	if got := v.levels[0]; got[0] != "Эксперименттік топтар — бастапқы" || got[1] != "21" || got[2] != "10 (47,6 %)" || got[4] != "0 (0 %)" {
		t.Fatalf("experimental baseline row %q", got)
	}
	if got := v.levels[1]; got[1] != "20" || got[2] != "0 (0 %)" || got[4] != "11 (55 %)" || got[5] != "2,55 ± 0,51" {
		t.Fatalf("experimental final row %q", got)
	}
	if got := v.levels[3]; got[0] != "Бақылау топтары — қорытынды" || got[4] != "3 (15 %)" {
		t.Fatalf("control final row %q", got)
	}

	// Gains and DiD: 20 paired experimental children; the child of
	// kindergarten 77 scored at baseline only is left out and counted.
	if got := v.gains[0]; got[1] != "20" || got[2] != "1" || got[4] != meanSD(want.Experimental.Gain.Mean, want.Experimental.Gain.SD) {
		t.Fatalf("experimental gains %q", got)
	}
	if !strings.Contains(v.did, format.Num(i18n.Current(), want.DiD, 2)+" балл") || !strings.Contains(v.did, "0,70 балл") {
		t.Fatalf("DiD line %q (DiD %v)", v.did, want.DiD)
	}

	// Tests: the rows carry Compare's figures.
	row := func(name, compared string) []string {
		for _, r := range v.tests {
			if r[0] == name && r[1] == compared {
				return r
			}
		}
		t.Fatalf("no test row %q / %q in %q", name, compared, v.tests)
		return nil
	}
	chiFrom := row("Пирсон χ²", "Э / Б, бастапқы")
	if chiFrom[2] != "χ² = "+format.Num(i18n.Current(), want.AtFrom.ChiSquare.Statistic, 2) || chiFrom[3] != "1" || chiFrom[4] != format.PValue(i18n.Current(), want.AtFrom.ChiSquare.P) {
		t.Fatalf("baseline χ² row %q: %+v", chiFrom, want.AtFrom.ChiSquare)
	}
	mw := row("Манн — Уитни U", "Э / Б, қорытынды")
	if mw[2] != "U = "+format.Trim(i18n.Current(), want.AtTo.MannWhitney.U, 1) || mw[5] != "r = "+format.Num(i18n.Current(), want.AtTo.MannWhitney.R, 2) || mw[6] != "мәнді" {
		t.Fatalf("final Mann–Whitney row %q: %+v", mw, want.AtTo.MannWhitney)
	}
	welch := row("Уэлч t", "Э / Б, өсім")
	if welch[2] != "t = "+format.Num(i18n.Current(), want.Gains.T, 2) || welch[3] != format.Num(i18n.Current(), want.Gains.DF, 1) || welch[5] != "d = "+format.Num(i18n.Current(), want.Gains.CohenD, 2) {
		t.Fatalf("Welch row %q: %+v", welch, want.Gains)
	}
	wx := row("Вилкоксон (жұптық)", "Э: бастапқы → қорытынды")
	if wx[4] != format.PValue(i18n.Current(), want.Experimental.Wilcoxon.P) {
		t.Fatalf("Wilcoxon row %q: %+v", wx, want.Experimental.Wilcoxon)
	}
	for _, r := range v.tests {
		for _, cell := range r {
			if strings.Contains(cell, "NaN") || strings.Contains(cell, "Inf") {
				t.Fatalf("raw float in %q", r)
			}
		}
	}

	// The chart is the print PNG of the level distribution.
	if v.chart == nil {
		t.Fatal("no chart")
	}
	again, _ := charts.LevelDistribution(charts.LevelChart{
		Levels: [3]string{"I — төмен", "II — орташа", "III — жоғары"},
		Bars:   levelBars(want, "Бастапқы", "Қорытынды"),
	})
	if !bytes.Equal(c.shown.chart, again) {
		t.Fatal("the chart on screen is not the report's PNG")
	}
	if cfg, err := png.DecodeConfig(bytes.NewReader(c.shown.chart)); err != nil || cfg.Width != 1260 {
		t.Fatalf("chart PNG %+v %v", cfg, err)
	}
	if bars := levelBars(want, "Бастапқы", "Қорытынды"); len(bars) != 4 || bars[0].Label != "Эксп. топтар — бастапқы" || bars[3].Counts != want.Control.To.Levels {
		t.Fatalf("bars %+v", bars)
	}
}

func TestComparisonFollowsThePickers(t *testing.T) {
	s := cmpRegion(t, knownGroups)
	h := kittest.New(t, s)
	c := openComparison(t, h)

	// One kindergarten: both arms start alike, χ² at baseline is 0.
	c.kgPick.SetKey("76")
	want := sameResult(t, s, c)
	if want.Scope.KindergartenID != 76 || c.view.levels[0][0] != "Эксперименттік топ — бастапқы" || c.view.levels[0][1] != "10" {
		t.Fatalf("kindergarten 76: scope %+v, row %q", want.Scope, c.view.levels[0])
	}
	if r := c.view.tests[0]; r[2] != "χ² = 0,00" || r[4] != "1,000" || r[6] != "мәнді емес" {
		t.Fatalf("identical groups at baseline: %q", r)
	}
	if got := c.view.levels[1]; got[3] != "4 (40 %)" || got[4] != "6 (60 %)" || got[5] != "2,60 ± 0,52" {
		t.Fatalf("kindergarten 76 experimental final %q", got)
	}

	// One indicator nobody was scored on: no data, said in one sentence.
	inds, _ := s.Indicators(ctx, false)
	c.indPick.SetKey("i" + itoa64(inds[1].ID))
	if r := sameResult(t, s, c); !r.NoData || c.view.levels != nil {
		t.Fatalf("unscored indicator: no_data %v, levels %q", r.NoData, c.view.levels)
	}
	if got := texts(c.body); len(got) != 1 || got[0] != comparison.Verdict(comparison.Result{NoData: true}, "kk")[0] {
		t.Fatalf("no-data sentence %q", got)
	}

	// The scored indicator's block, and the II+III cut.
	c.indPick.SetKey("b" + itoa64(inds[0].BlockID))
	c.cutPick.SetKey(comparison.PhiIIandIII)
	if r := sameResult(t, s, c); r.Scope.BlockID != inds[0].BlockID || r.Scope.PhiCut != comparison.PhiIIandIII {
		t.Fatalf("block scope %+v", r.Scope)
	}

	// The same round twice: a sentence, nothing computed.
	c.toPick.SetKey(c.fromPick.Key())
	if c.shown != nil || !strings.Contains(strings.Join(texts(c.body), " "), "өзімен салыстыруға болмайды") {
		t.Fatalf("same round: %q", texts(c.body))
	}
}

func TestComparisonDropsStaleAnswers(t *testing.T) {
	s := cmpRegion(t, knownGroups)
	h := kittest.New(t, s)
	c := openComparison(t, h)
	h.Hold()
	run := kit.Sync // off the test goroutine, as in the app

	c.kgPick.SetKey("77") // request 1
	c.kgPick.SetKey("76") // request 2: the user changed their mind
	if jobs := h.Held(); len(jobs) != 2 || !c.busy.Visible() {
		t.Fatalf("%d jobs, busy %v", len(jobs), c.busy.Visible())
	}
	run(h.Held()[0]) // the older answer arrives first: dropped, still busy
	if c.shown.res.Scope.KindergartenID != 0 || !c.busy.Visible() {
		t.Fatalf("stale answer shown: kindergarten %d, busy %v", c.shown.res.Scope.KindergartenID, c.busy.Visible())
	}
	run(h.Held()[1])
	if c.shown.res.Scope.KindergartenID != 76 || c.busy.Visible() {
		t.Fatalf("newest answer: kindergarten %d, busy %v", c.shown.res.Scope.KindergartenID, c.busy.Visible())
	}

	c.kgPick.SetKey("77") // request 3
	c.kgPick.SetKey("")   // request 4
	run(h.Held()[3])      // the newer one first …
	run(h.Held()[2])      // … and the stale one must not overwrite it
	if c.shown.res.Scope.KindergartenID != 0 {
		t.Fatalf("stale answer overwrote the newer one: kindergarten %d", c.shown.res.Scope.KindergartenID)
	}
	sameResult(t, s, c)
}
