package regional

import (
	"regexp"
	"testing"
	"unicode"

	"baulu/data"
	"baulu/reports/internal/texttest"
)

// TestTextsAgree wants the same keys with the same verbs in both languages.
func TestTextsAgree(t *testing.T) { texttest.Agree(t, textsKK, textsRU) }

// TestTextKeysExist reads the sources for the keys they use, literal and
// composed ("event." + kind), and wants each defined.
func TestTextKeysExist(t *testing.T) {
	used, mentioned := texttest.Sources(t, false)
	// resultdoc.Writer numbers captions with these.
	used["caption.table"], used["caption.figure"] = true, true
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
	texttest.Defined(t, textsKK, used, mentioned)
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
