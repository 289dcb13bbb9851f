package comparison_test

import (
	"regexp"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/comparison"
)

// synth builds a dataset of nE + nC children scored on nine indicators; the
// functions give child i's integer score sums (9..27) in each round, 0 for
// not scored. Each arm is one group when groups is 1, else spread over two.
func synth(nE, nC, groups int, eFrom, eTo, cFrom, cTo func(i int) int) *comparison.Dataset {
	ds := &comparison.Dataset{ThresholdLow: 1.5, ThresholdHigh: 2.5, Scope: comparison.Scope{RegionCode: "ULY"}}
	add := func(n int, role string, g0 int64, from, to func(int) int) {
		for i := range n {
			cs := comparison.ChildScores{ChildID: int64(len(ds.Children) + 1), GroupID: g0 + int64(i%groups), KindergartenID: 76, Role: role}
			if s := from(i); s > 0 {
				cs.From = comparison.Tally{Sum: s, Count: 9}
			}
			if s := to(i); s > 0 {
				cs.To = comparison.Tally{Sum: s, Count: 9}
			}
			ds.Children = append(ds.Children, cs)
		}
	}
	add(nE, data.RoleExperimental, 1, eFrom, eTo)
	add(nC, data.RoleControl, 10, cFrom, cTo)
	return ds
}

var verdictCases = map[string]*comparison.Dataset{
	// Experimental children climb to level III, control children barely move.
	"significant": synth(40, 40, 2,
		func(i int) int { return 9 + i%9 }, func(i int) int { return 21 + i%7 },
		func(i int) int { return 9 + i%9 }, func(i int) int { return 10 + i%9 }),
	// Both arms change alike (the control arm is the experimental one with
	// children shifted by three places: four reach level III in each).
	"not significant": synth(40, 40, 2,
		func(i int) int { return 12 + i%9 }, func(i int) int { return 13 + i%9 + i%3 },
		func(i int) int { return 12 + (i+3)%9 }, func(i int) int { return 13 + (i+3)%9 + i%3 }),
	// The significant pattern with six children per arm, one group each.
	"small sample": synth(6, 6, 1,
		func(i int) int { return 9 + i%3 }, func(i int) int { return 24 + i%3 },
		func(i int) int { return 9 + i%3 }, func(i int) int { return 10 + i%3 }),
	// Experimental groups start far ahead of control groups.
	"baseline different": synth(40, 40, 2,
		func(i int) int { return 20 + i%7 }, func(i int) int { return 22 + i%6 },
		func(i int) int { return 9 + i%5 }, func(i int) int { return 12 + i%5 }),
}

// phrases each case's verdict must contain, per language.
var verdictWant = map[string]map[string][]string{
	"significant": {
		"kk": {"III деңгейдегі балалардың үлесі эксперименттік топтарда", "пайыздық тармаққа өсті",
			"айырмашылық эксперименттік топтардың пайдасына статистикалық тұрғыдан маңызды (φ* = ", "; p ≤ 0,01)",
			"Кезең басында топтар арасында статистикалық тұрғыдан маңызды айырмашылық анықталған жоқ", "балға өсті",
			"Уилкоксон критерийі бойынша эксперименттік топтарда балалардың нәтижелері статистикалық тұрғыдан маңызды түрде жақсарды"},
		"ru": {"Доля детей на уровне III в экспериментальных группах выросла на", "п.\u00a0п.",
			"различие на конец периода статистически значимо в пользу экспериментальных групп (φ* = ", "; p ≤ 0,01)",
			"На начало периода статистически значимых различий между группами не обнаружено", "разность приростов",
			"По критерию Уилкоксона в экспериментальных группах результаты детей статистически значимо улучшились"},
		"en": {"The share of children at level III grew by", "percentage points in the experimental groups",
			"statistically significant in favour of the experimental groups (φ* = ", "; p ≤ 0.01)",
			"At the start of the period no statistically significant difference"},
	},
	"not significant": {
		"kk": {"кезең соңында топтар арасында статистикалық тұрғыдан маңызды айырмашылық анықталған жоқ (φ* = ", "p > 0,05)",
			"топтардың өсімдері арасында статистикалық тұрғыдан маңызды айырмашылық анықталған жоқ"},
		"ru": {"статистически значимого различия между группами на конец периода не обнаружено (φ* = ", "p > 0,05)",
			"статистически значимого различия приростов между группами не обнаружено"},
		"en": {"no statistically significant difference between the groups was found at the end of the period (φ* = ", "p > 0.05)",
			"no statistically significant difference in gains"},
	},
	"small sample": {
		"kk": {"Эксперименттік топта бағаланған балалар саны аз (6), сондықтан қорытындылар алдын ала сипатта.",
			"Бақылау тобында бағаланған балалар саны аз (6)", "күтілетін жиіліктер 5-тен кіші"},
		"ru": {"В экспериментальной группе оценено мало детей (6), поэтому выводы предварительные.",
			"В контрольной группе оценено мало детей (6)", "часть ожидаемых частот в критерии χ² меньше 5"},
		"en": {"Few children were assessed in the experimental group (6), so the conclusions are tentative.",
			"some expected counts in the χ² test are below 5"},
	},
	"baseline different": {
		"kk": {"Кезең басында топтар статистикалық тұрғыдан маңызды түрде ерекшеленді (χ² = ",
			"топтардың бастапқы деңгейі бірдей болмады", "толықтай әдістеменің әсері деп санауға болмайды"},
		"ru": {"На начало периода группы статистически значимо различались (χ² = ",
			"то есть не были сопоставимы", "нельзя целиком приписать методике"},
		"en": {"At the start of the period the groups differed significantly (χ² = ", "so they were not comparable"},
	},
}

// verdictAvoid are phrases a case must not contain: no claim beyond its tests.
var verdictAvoid = map[string]map[string][]string{
	"not significant": {
		"kk": {"пайдасына", "маңызды түрде жоғары"},
		"ru": {"в пользу", "значимо выше"},
		"en": {"in favour of", "significantly higher"},
	},
	"significant": {
		"kk": {"алдын ала", "бірдей болмады"}, "ru": {"предварительн", "не были сопоставимы"}, "en": {"tentative", "not comparable"},
	},
}

var (
	dotDecimal   = regexp.MustCompile(`\d\.\d`)
	commaDecimal = regexp.MustCompile(`\d,\d`)
)

func TestVerdict(t *testing.T) {
	for name, ds := range verdictCases {
		r := comparison.Compute(ds)
		for _, lang := range []string{"kk", "ru", "en"} {
			v := comparison.Verdict(r, lang)
			all := strings.Join(v, " ")
			t.Logf("%s [%s]:\n%s", name, lang, strings.Join(v, "\n"))
			for _, want := range verdictWant[name][lang] {
				if !strings.Contains(all, want) {
					t.Errorf("%s [%s]: missing %q", name, lang, want)
				}
			}
			for _, avoid := range verdictAvoid[name][lang] {
				if strings.Contains(all, avoid) {
					t.Errorf("%s [%s]: must not say %q", name, lang, avoid)
				}
			}
			checkSentences(t, name+" ["+lang+"]", lang, v)
		}
	}
}

// checkSentences asserts the form every verdict sentence must have.
func checkSentences(t *testing.T, name, lang string, v []string) {
	t.Helper()
	if len(v) == 0 {
		t.Errorf("%s: empty verdict", name)
	}
	for _, s := range v {
		switch {
		case strings.Contains(s, "%!"):
			t.Errorf("%s: formatting error in %q", name, s)
		case !strings.HasSuffix(s, "."):
			t.Errorf("%s: sentence without a full stop: %q", name, s)
		case strings.Contains(s, "NaN"):
			t.Errorf("%s: NaN printed: %q", name, s)
		case lang != "en" && dotDecimal.MatchString(s):
			t.Errorf("%s: decimal point instead of comma: %q", name, s)
		case lang == "en" && commaDecimal.MatchString(s):
			t.Errorf("%s: decimal comma in English: %q", name, s)
		}
		if first := []rune(s)[0]; first != []rune(strings.ToUpper(string(first)))[0] {
			t.Errorf("%s: sentence starts lower-case: %q", name, s)
		}
	}
}

func TestVerdictCaseFiguresAreWhatTheCasesClaim(t *testing.T) {
	// Guard the fixtures themselves: a verdict test is only as good as the
	// data that is supposed to be significant or not.
	sig := comparison.Compute(verdictCases["significant"])
	if sig.AtTo.Phi.PhiStar < 2.31 || sig.Gains.P >= 0.01 || sig.Has(comparison.WarnBaselineDifference) || sig.Has(comparison.WarnSmallSample) {
		t.Errorf("significant case: φ* %v, Welch p %v, warnings %+v", sig.AtTo.Phi.PhiStar, sig.Gains.P, sig.Warnings)
	}
	ns := comparison.Compute(verdictCases["not significant"])
	if ns.AtTo.Phi.Significance != 0 || ns.Gains.P < 0.05 || ns.AtTo.MannWhitney.P < 0.05 || ns.AtTo.ChiSquare.P < 0.05 {
		t.Errorf("not significant case: φ* %v, Welch p %v, MW p %v", ns.AtTo.Phi.PhiStar, ns.Gains.P, ns.AtTo.MannWhitney.P)
	}
	if !comparison.Compute(verdictCases["baseline different"]).Has(comparison.WarnBaselineDifference) {
		t.Error("baseline different case has no baseline_difference warning")
	}
}

func TestVerdictWithoutControlGroup(t *testing.T) {
	ds := synth(12, 0, 1, func(i int) int { return 9 + i%3 }, func(i int) int { return 20 + i%3 }, nil, nil)
	r := comparison.Compute(ds)
	want := map[string][]string{
		"kk": {"Бақылау топтарының деректері жоқ", "Уилкоксон критерийі бойынша эксперименттік топта балалардың нәтижелері статистикалық тұрғыдан маңызды түрде жақсарды (p < 0,001)"},
		"ru": {"Нет данных контрольных групп", "По критерию Уилкоксона в экспериментальной группе результаты детей статистически значимо улучшились"},
		"en": {"There are no control-group data", "children's results improved significantly in the experimental group"},
	}
	for lang, phrases := range want {
		v := comparison.Verdict(r, lang)
		all := strings.Join(v, " ")
		for _, p := range phrases {
			if !strings.Contains(all, p) {
				t.Errorf("[%s] missing %q in %q", lang, p, all)
			}
		}
		checkSentences(t, "no control ["+lang+"]", lang, v)
	}
}

func TestVerdictUnknownLanguageIsKazakh(t *testing.T) {
	r := comparison.Compute(verdictCases["significant"])
	if got, want := comparison.Verdict(r, "de"), comparison.Verdict(r, "kk"); strings.Join(got, "") != strings.Join(want, "") {
		t.Errorf("unknown language: %q", got)
	}
}

// TestMessagesAgreeAcrossLanguages: every sentence has the same
// placeholders in kk, ru and en (none drops a figure); cmd/baulu's
// TestDomainLanguages wants each in all three.
func TestMessagesAgreeAcrossLanguages(t *testing.T) {
	if err := text.Check(); err != nil {
		t.Error(err)
	}
}

// Mid-year: the final round has not been scored yet.
func TestVerdictBeforeTheFinalRound(t *testing.T) {
	ds := synth(30, 30, 2, func(i int) int { return 9 + i%9 }, func(int) int { return 0 }, func(i int) int { return 10 + i%8 }, func(int) int { return 0 })
	r := comparison.Compute(ds)
	if len(r.Warnings) != 1 || r.Warnings[0].Code != comparison.WarnRoundEmpty || r.Warnings[0].Round != comparison.RoundTo {
		t.Fatalf("warnings %+v", r.Warnings)
	}
	want := map[string][]string{
		"kk": {"Кезең басында топтар арасында", "Кезең соңында бағалау деректері жоқ, сондықтан кезеңдегі өзгерісті бағалау мүмкін емес."},
		"ru": {"На начало периода статистически значимых различий", "На конец периода данных оценивания нет, поэтому изменения за период оценить нельзя."},
		"en": {"There are no assessment data at the end of the period"},
	}
	for lang, phrases := range want {
		v := comparison.Verdict(r, lang)
		all := strings.Join(v, " ")
		for _, p := range phrases {
			if !strings.Contains(all, p) {
				t.Errorf("[%s] missing %q in %q", lang, p, all)
			}
		}
		if len(v) != 2 {
			t.Errorf("[%s] %d sentences, want baseline + no final data: %q", lang, len(v), v)
		}
		checkSentences(t, "mid-year ["+lang+"]", lang, v)
	}
}
