package labels

import (
	"testing"

	"baulu/data"
	"baulu/reports/comparison"
)

// TestEveryValueHasLabels wants a Kazakh and a Russian label for every
// value the data layer knows.
func TestEveryValueHasLabels(t *testing.T) {
	sets := map[string][]string{
		"event.":      data.EventKinds(),
		"format.":     data.EventFormats(),
		"purpose.":    data.VisitPurposes(),
		"followup.":   data.FollowupStatuses(),
		"practice.":   data.PracticeStatuses(),
		"risk.":       data.RiskCategories(),
		"riskstatus.": data.RiskStatuses(),
		"risklevel.":  {data.RiskLow, data.RiskMedium, data.RiskHigh},
		"source.":     data.FeedbackSources(),
		"role.":       {data.RoleExperimental, data.RoleControl},
		"age.":        {"senior", "preschool", "mixed"},
		"glang.":      {"kk", "ru", "mixed"},
		"env.":        {"0", "1", "2"},
		"round.":      {data.RoundBaseline, data.RoundIntermediate, data.RoundFinal, data.RoundExtra},
		"reason.":     {"none", "too_few_observations", "one_level", "no_variation", "invalid_input"},
		"warn.": {comparison.WarnNoData, comparison.WarnNoExperimental, comparison.WarnNoControl, comparison.WarnRoundEmpty,
			comparison.WarnSmallSample, comparison.WarnMissingRound, comparison.WarnSmallExpected, comparison.WarnBaselineDifference},
		"phi.": {"ns", "p<=0.05", "p<=0.01"},
	}
	for prefix, values := range sets {
		for _, v := range values {
			for _, lang := range []string{"kk", "ru"} {
				if s, ok := Text(lang, prefix+v); !ok || s == "" {
					t.Errorf("%s%s has no %s label", prefix, v, lang)
				}
			}
		}
	}
	for k := range kk {
		if _, ok := ru[k]; !ok {
			t.Errorf("%q has no Russian label", k)
		}
	}
	for k := range ru {
		if _, ok := kk[k]; !ok {
			t.Errorf("%q has no Kazakh label", k)
		}
	}
	if Of("ru", "event.", "seminar") != "семинар" || Of("kk", "event.", "new-kind") != "new-kind" {
		t.Error("Of")
	}
}
