package regional

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/text"
	"baulu/reports/internal/pdftest"
	"baulu/seeds"
)

// TestExecutiveSummary: the summary follows the title page and fits its
// page (the contents start on page 3); it states the coverage, the
// completeness and consent, the comparison with its caveat first, and
// three findings and three recommendations, the first of them naming
// kindergartens. The list of tables and figures follows the contents.
func TestExecutiveSummary(t *testing.T) {
	s := demoStore(t)
	for _, lang := range []string{"kk", "ru"} {
		pages := pdftest.Text(t, render(t, s, Options{Kind: Regional, Lang: lang}))
		tr := func(k string) string { return text.T(lang, "regional."+k) }
		sum := pages[1]
		if !strings.HasPrefix(sum, tr("sum")) || !strings.HasPrefix(pages[2], tr("contents")) {
			t.Fatalf("%s: page 2 %.40q…, page 3 %.40q…: the summary is not one page after the title", lang, sum, pages[2])
		}
		cluster := strings.Index(sum, pdftest.Norm(lead(tr("sum.cluster"))))
		gain := strings.Index(sum, "(")
		for _, w := range []string{tr("sum.findings"), tr("sum.recommendations"), "«Тамаша»"} {
			if !strings.Contains(sum, w) {
				t.Errorf("%s: the summary lacks %q", lang, w)
			}
		}
		if cluster < 0 || gain < 0 {
			t.Errorf("%s: the summary lacks the comparison's caveat: %s", lang, sum)
		}
		if n := strings.Count(sum, "– "); n < 6 {
			t.Errorf("%s: the summary lists %d items, want three findings and three recommendations", lang, n)
		}
		if !strings.HasPrefix(pages[3], tr("captions")) || !strings.Contains(pages[3], text.T(lang, "resultdoc.caption.table", "n", 1, "caption", tr("s1.table"))) {
			t.Errorf("%s: page 4 is not the list of tables and figures: %.80q", lang, pages[3])
		}
	}
}

// TestRussianOfficialFields: the Russian report prints the centre, the
// kindergartens, their settlements, the signatory and the executor in
// Russian (the region's own Russian name, «область Ұлытау», aside), and
// none of the Kazakh texts in their place.
func TestRussianOfficialFields(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	st, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kgs, err := s.Kindergartens(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	ru := strings.Join(pdftest.Text(t, render(t, s, Options{Kind: Regional, Lang: "ru"})), " ")
	checkRussianFields(t, ru, st, kgs)
}

// checkRussianFields wants every official text of the settings and the
// kindergartens in Russian in the Russian document ru, and none of the
// Kazakh ones.
func checkRussianFields(t *testing.T, ru string, st data.Settings, kgs []data.Kindergarten) {
	t.Helper()
	o := st.Official("ru")
	fields := []string{o.CentreName, o.SignatoryName, o.SignatoryPosition, "Исп.: " + o.ExecutorName + ", тел. " + o.ExecutorPhone}
	var kazakh []string
	kazakh = append(kazakh, st.CentreName, st.SignatoryName, st.SignatoryPosition, st.ExecutorName)
	for _, k := range kgs {
		name, _ := k.OfficialName("ru")
		settlement, _ := k.OfficialSettlement("ru")
		fields = append(fields, name, settlement)
		kazakh = append(kazakh, k.Name, k.Settlement)
	}
	for _, f := range fields {
		if f == "" || !strings.Contains(ru, pdftest.Norm(f)) {
			t.Errorf("the Russian report lacks the official text %q", f)
		}
		if seeds.HasKazakhLetters(strings.ReplaceAll(f, "Ұлытау", "")) {
			t.Errorf("the Russian official text %q has Kazakh letters", f)
		}
	}
	for _, k := range kazakh {
		if strings.Contains(ru, pdftest.Norm(k)) {
			t.Errorf("the Russian report prints the Kazakh text %q", k)
		}
	}
}

// zeroCount is a count of nothing stated as a figure: «0 әдістемелік
// сапар жасады», «внесено 0 корректировок».
var zeroCount = regexp.MustCompile(`(?:^|[\p{L},;:])\s0\s\p{L}`)

// TestQuarterIsTheQuarter: a quarter without a monitoring round says so,
// shows the environment at its end with the change since the previous
// quarter, and its key counts beside the previous quarter's and the year's;
// no conclusion counts zero of something.
func TestQuarterIsTheQuarter(t *testing.T) {
	for in, want := range map[string]bool{"ұйымдарға 0 әдістемелік сапар жасады": true, "әдістерге 0 түзету енгізілді": true,
		"педагогтер – 0, ата-аналар – 3": false, "0,47 балға": false} {
		if zeroCount.MatchString(in) != want {
			t.Errorf("zeroCount on %q: %v", in, !want)
		}
	}
	empty := datatest.NewConfigured(t, "ULY")
	for _, lang := range []string{"kk", "ru"} {
		summary := pdftest.Text(t, render(t, empty, Options{Kind: Quarterly, Quarter: 2, Lang: lang}))[1]
		if m := zeroCount.FindString(summary); m != "" {
			t.Errorf("%s: the empty region's summary counts a zero: %s", lang, summary)
		}
	}
	s := demoStore(t)
	for _, lang := range []string{"kk", "ru"} {
		o := Options{Kind: Quarterly, Quarter: 3, Lang: lang}
		all := strings.Join(pdftest.Text(t, render(t, s, o)), " ")
		tr := func(k string, args ...any) string { return pdftest.Norm(text.T(lang, "regional."+k, args...)) }
		for _, w := range []string{tr("s4.rounds.none"), tr("s2.table", "date", "30.09.2026"), tr("kc.table"),
			tr("quarter", "q", "II"), tr("col.since_january"), tr("col.full.change"), "30.06.2026"} {
			if !strings.Contains(all, w) {
				t.Errorf("%s: the Q3 report lacks %q", lang, w)
			}
		}
		if strings.Contains(all, tr("s2.table", "date", "31.12.2026")) {
			t.Errorf("%s: the Q3 report shows the environment at the year's end", lang)
		}
		o.Now = datatest.Today
		for q := 1; q <= 4; q++ {
			o.Quarter = q
			lines, err := Conclusions(context.Background(), s, o)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range lines {
				if m := zeroCount.FindString(l); m != "" {
					t.Errorf("%s Q%d: a zero counted in %q", lang, q, l)
				}
			}
		}
	}
}

// TestRiskCountsAgree: the risks section and the conclusions count the
// risks alike — the statuses of the section add up to the conclusions'
// «not closed».
func TestRiskCountsAgree(t *testing.T) {
	s := demoStore(t)
	all := strings.Join(pdftest.Text(t, render(t, s, Options{Kind: Regional, Lang: "ru"})), " ")
	section := regexp.MustCompile(`по статусу: открыт – (\d+), принимаются меры – (\d+)`).FindStringSubmatch(all)
	concl := regexp.MustCompile(`не закрыто – (\d+) \(открыт – (\d+), принимаются меры – (\d+)\)`).FindStringSubmatch(all)
	if section == nil || concl == nil {
		t.Fatalf("risk counts not found: %q %q", section, concl)
	}
	if section[1] != concl[2] || section[2] != concl[3] {
		t.Errorf("the section counts open %s, mitigating %s; the conclusions %s, %s", section[1], section[2], concl[2], concl[3])
	}
}

// lead is a text up to its first placeholder, for a text with figures.
func lead(s string) string {
	s, _, _ = strings.Cut(s, "{")
	return strings.TrimRight(s, " (")
}
