package regional

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"baulu/data"
	"baulu/reports/labels"
)

// verb finds the fmt verbs of a text.
var verb = regexp.MustCompile(`%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// TestTextsAgree wants the same keys with the same verbs in both languages.
func TestTextsAgree(t *testing.T) {
	for k, kk := range textsKK {
		ru, ok := textsRU[k]
		if !ok {
			t.Errorf("key %q has no Russian text", k)
			continue
		}
		if a, b := verb.FindAllString(kk, -1), verb.FindAllString(ru, -1); !slices.Equal(a, b) {
			t.Errorf("key %q: verbs %v in kk, %v in ru", k, a, b)
		}
	}
	for k := range textsRU {
		if _, ok := textsKK[k]; !ok {
			t.Errorf("key %q has no Kazakh text", k)
		}
	}
}

// TestTextKeysExist reads the sources for the keys they use, literal and
// composed ("event." + kind), and wants each defined.
func TestTextKeysExist(t *testing.T) {
	call := regexp.MustCompile(`\b(?:t|tf|missing|table|rec)\("([a-z0-9._]+)"`)
	quoted := regexp.MustCompile(`"([a-z0-9._]+)"`)
	files, _ := os.ReadDir(".")
	used, mentioned := map[string]bool{}, map[string]bool{}
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".go") || strings.HasSuffix(f.Name(), "_test.go") {
			continue
		}
		src, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
		for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
			mentioned[m[1]] = true
		}
	}
	composed := map[string][]string{
		"event.":      data.EventKinds(),
		"format.":     data.EventFormats(),
		"purpose.":    data.VisitPurposes(),
		"followup.":   data.FollowupStatuses(),
		"practice.":   data.PracticeStatuses(),
		"risk.":       data.RiskCategories(),
		"riskstatus.": data.RiskStatuses(),
		"source.":     data.FeedbackSources(),
		"role.":       {data.RoleExperimental, data.RoleControl},
		"age.":        {"senior", "preschool", "mixed", ""},
		"glang.":      {"kk", "ru", "mixed", ""},
		"short.":      {data.RoundBaseline, data.RoundIntermediate, data.RoundFinal, data.RoundExtra},
		"reason.":     {"none", "too_few_observations", "one_level", "no_variation", "invalid_input"},
		"scale.":      {"1", "2", "3", "1.f", "2.f", "3.f"},
		"level.":      {"1", "2", "3"},
		"chart.":      {"e", "c", "score"},
	}
	for prefix, names := range composed {
		for _, n := range names {
			used[prefix+n] = true
		}
	}
	for k := range used {
		_, label := labels.Text("kk", k)
		if _, ok := textsKK[k]; !ok && !label && !strings.HasSuffix(k, ".") {
			t.Errorf("key %q is used but not defined", k)
		}
	}
	for k := range textsKK {
		if !used[k] && !mentioned[k] {
			t.Errorf("key %q is defined but never used", k)
		}
	}
}

// TestNoLatinInTexts: the report is Kazakh or Russian; Latin letters only
// in statistical symbols.
func TestNoLatinInTexts(t *testing.T) {
	allowed := regexp.MustCompile(`\b(?:p|df|U|Z|V|t|d|r|N|DiD|I|II|III)\b|%[a-z]`)
	for lang, tr := range map[string]texts{"kk": textsKK, "ru": textsRU} {
		for k, v := range tr {
			rest := allowed.ReplaceAllString(v, "")
			for _, r := range rest {
				if r < unicode.MaxASCII && unicode.IsLetter(r) {
					t.Errorf("%s %q: Latin letter %q in %q", lang, k, r, v)
					break
				}
			}
		}
	}
}
