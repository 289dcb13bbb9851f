package national

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
	"baulu/reports/official"
	"baulu/reports/resultdoc"
	"baulu/seeds"
)

// scores gives child i's score in the first and the second round.
type scores func(i int) (from, to int)

// regionOf builds a region whose n children per arm, in groups groups per
// arm, are scored on one indicator as e and c say.
func regionOf(code string, n, groups int, e, c scores) *regionFacts {
	ds := &comparison.Dataset{ThresholdLow: 1.5, ThresholdHigh: 2.5, Indicators: []comparison.IndicatorRef{{ID: 1, Code: "K1"}}}
	for i := range n {
		ef, et := e(i)
		cf, ct := c(i)
		ds.Children = append(ds.Children,
			comparison.ChildScores{ChildID: int64(2 * i), GroupID: int64(1 + i%groups), KindergartenID: 1, Role: data.RoleExperimental,
				From: comparison.Tally{Sum: ef, Count: 1}, To: comparison.Tally{Sum: et, Count: 1}},
			comparison.ChildScores{ChildID: int64(2*i + 1), GroupID: int64(101 + i%groups), KindergartenID: 1, Role: data.RoleControl,
				From: comparison.Tally{Sum: cf, Count: 1}, To: comparison.Tally{Sum: ct, Count: 1}})
	}
	r, _ := seeds.RegionByCode(code)
	return &regionFacts{
		region: comparison.RegionRow{RegionSource: comparison.RegionSource{Region: code},
			RegionTotals: comparison.RegionTotals{Kindergartens: 5, Groups: 2 * groups, ChildrenE: n, ChildrenC: n},
			Result:       comparison.Compute(ds)},
		info: data.Region{Code: r.Code, Order: r.Order, NameKK: r.NameKK, NameRU: r.NameRU},
		kgs:  []data.Kindergarten{{ID: r.Order*5 - 4, RegionCode: code, Name: "«Сынақ» бөбекжай-бақшасы КМҚК", Form: "КМҚК"}},
	}
}

// TestCaveatsNameRegions builds four regions by hand — one clear, one too
// small, one whose groups differed at the start, one as clear as the
// first by the children but with two groups per arm — and wants the
// report to name each where it belongs (the findings by each region's
// clustered primary result: the two-group region is only described,
// never "significant"), and to draw a negative gain as zero with a note.
func TestCaveatsNameRegions(t *testing.T) {
	gains := func(i int) (int, int) { from := 1 + i%2; return from, min(3, from+1) }
	flat := func(i int) (int, int) { from := 1 + i%2; return from, from + i%4/3 }
	clear := regionOf("AKM", 40, 4, gains, flat)
	small := regionOf("ULY", 6, 1, gains, func(i int) (int, int) { return 1 + i%2, 1 })
	differ := regionOf("KAR", 40, 4, func(i int) (int, int) { return 2 + i%2, 3 }, func(i int) (int, int) { return 1, 1 + i%2 })
	// Control groups alike (6 and 5 of 20 children gain), so that even the
	// CR2 p is small.
	few := regionOf("AST", 40, 2, gains, func(i int) (int, int) {
		from := 1 + i%2
		if i == 0 || i%8 == 1 || i%8 == 2 {
			return from, from + 1
		}
		return from, from
	})
	present := []*regionFacts{clear, small, differ, few}
	checks := []struct {
		r    *regionFacts
		warn string
		want bool
	}{
		{clear, comparison.WarnSmallSample, false}, {clear, comparison.WarnBaselineDifference, false},
		{small, comparison.WarnSmallSample, true}, {differ, comparison.WarnBaselineDifference, true},
	}
	for _, c := range checks {
		if c.r.region.Result.Has(c.warn) != c.want {
			t.Fatalf("fixture: %s has %s = %v", c.r.info.Code, c.warn, !c.want)
		}
	}
	if !clusteredSignificant(clear.region.Result) || small.region.Result.Control.Gain.Mean >= 0 {
		t.Fatal("fixture: the clear region must show a gain and the small one a negative control gain")
	}
	// The two-group region's children differ as the clear region's do
	// (child-level Welch p < 0.05) and its CR2 p too, but two groups per
	// arm allow no causal finding.
	if fr := few.region.Result; fr.Primary.Causal || !fr.Gains.Computable || float64(fr.Gains.P) >= comparison.Alpha ||
		!fr.Primary.Gain.Computable || float64(fr.Primary.Gain.P) >= comparison.Alpha {
		t.Fatalf("fixture: the two-group region %+v, Welch %+v", fr.Primary, fr.Gains)
	}

	f := &facts{opts: Options{Lang: "kk", Now: datatest.Today}, today: data.DateOf(datatest.Today),
		settings: data.Settings{ThresholdLow: 1.5, ThresholdHigh: 2.5}, present: present, regions: 20,
		from: data.Round{ID: 1, NameKK: "Бастапқы"}, to: data.Round{ID: 3, NameKK: "Қорытынды"}}
	f.off = official.New(f.opts.Lang, f.settings, data.Region{})
	for _, r := range seeds.Regions() {
		if r.Code != "AKM" && r.Code != "ULY" && r.Code != "KAR" && r.Code != "AST" {
			f.missing = append(f.missing, data.Region{Code: r.Code, NameKK: r.NameKK})
		}
	}
	// The pooled result stands in as the clear region's: the caveats
	// under test come from the regions.
	f.all = clear.region.Result
	for _, r := range present {
		f.sum.kgs += len(r.kgs)
	}
	b := &builder{f: f, Writer: resultdoc.Writer{Lang: f.opts.Lang}}
	b.figs = drawCharts(context.Background(), f)()
	if b.figs.err != nil {
		t.Fatal(b.figs.err)
	}
	b.compose()
	var buf bytes.Buffer
	if err := b.Doc.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("BAULU_SAMPLES"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "national-caveats-kk.pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	all := squash(strings.Join(pdftest.Text(t, buf.Bytes()), " "))
	fd := f.findings()
	if len(fd.compared) != 4 || len(fd.small) != 1 || len(fd.baseline) != 1 || len(fd.tested) != 2 ||
		len(fd.better) != 1 || fd.better[0] != clear || len(fd.notSig) != 1 || fd.notSig[0] != differ ||
		len(fd.few) != 2 || fd.few[0] != small || fd.few[1] != few {
		t.Fatalf("findings %+v", fd)
	}
	min := comparison.MinGroupsForVerdict
	// The pooled gains are worded by the clustered primary result.
	g := f.all.Primary.Gain
	pooledGain := b.T("national.c.gain.e", "did", format.Num("kk", g.Estimate, 2), "p", format.P("kk", g.P),
		"low", format.Num("kk", g.CILow, 2), "high", format.Num("kk", g.CIHigh, 2), "d", format.Num("kk", f.all.Gains.CohenD, 2))
	for _, w := range []string{
		b.T("national.s4.small", "limit", comparison.SmallSampleLimit, "list", "Ұлытау облысы"),
		b.T("national.s4.baseline", "list", "Қарағанды облысы"),
		b.T("national.c.caveat.small", "list", "Ұлытау облысы"),
		b.T("national.c.caveat.baseline", "list", "Қарағанды облысы"),
		b.T("national.r.baseline", "list", "Қарағанды облысы"),
		b.T("national.s4.ns", "list", b.names(fd.notSig)),
		pooledGain,
		b.T("national.s4.sig", "n", 1, "tested", 2, "min", min),
		b.T("national.s4.descriptive", "min", min, "list", b.names(fd.few)),
		b.T("national.c.regions", "n", 1, "tested", 2, "min", min),
		b.T("national.c.regions.descriptive", "min", min, "list", b.names(fd.few)),
		b.T("national.r.groups", "min", min, "list", b.names(fd.few)),
		b.T("national.r.regions.ns", "list", b.names(append(fd.notSig, fd.worse...))),
		b.T("national.note.negative"),
		b.T("national.c.caveat.pooled"),
		b.T("national.s1.present", "present", 4, "total", 20),
	} {
		if !strings.Contains(all, squash(w)) {
			t.Errorf("the report lacks %q", w)
		}
	}
}

// TestPooledFewGroups: pooled over two groups per arm, the gains are
// described, never an effect, though the child-level tests are far below
// 0.05.
func TestPooledFewGroups(t *testing.T) {
	few := regionOf("AST", 40, 2, func(i int) (int, int) { from := 1 + i%2; return from, min(3, from+1) },
		func(i int) (int, int) { return 1 + i%2, 1 + i%2 + i%4/3 })
	r := few.region.Result
	if r.Primary.Causal || !r.Primary.Gain.Computable || !(float64(r.Gains.P) < comparison.Alpha) {
		t.Fatalf("fixture: %+v, Welch %+v", r.Primary, r.Gains)
	}
	f := &facts{opts: Options{Lang: "ru"}, all: r}
	b := &builder{f: f, Writer: resultdoc.Writer{Lang: "ru"}}
	out, effect := b.pooledConclusions(r)
	g := r.Primary.Gain
	want := b.T("national.c.gain.descriptive", "did", format.Signed("ru", g.Estimate, 2), "low", format.Num("ru", g.CILow, 2),
		"high", format.Num("ru", g.CIHigh, 2), "min", comparison.MinGroupsForVerdict)
	if effect || len(out) == 0 || out[0] != want {
		t.Errorf("effect %v, sentences %q, want first %q", effect, out, want)
	}
}
