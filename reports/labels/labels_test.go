package labels

import (
	"testing"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/comparison"
)

// TestEveryValueHasLabels wants a label for every value the data layer
// knows (cmd/baulu's TestDomainLanguages wants each in kk, ru and en).
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
			comparison.WarnSmallSample, comparison.WarnMissingRound, comparison.WarnSmallExpected, comparison.WarnBaselineDifference,
			comparison.WarnFewGroups, comparison.WarnCeiling, comparison.WarnFloor, comparison.WarnDifferentialAttrition,
			comparison.WarnUnusualEffect},
		"phi.": {"ns", "p<=0.05", "p<=0.01"},
		// national.OnTime … (national imports labels, so not by name)
		"submission.": {"on_time", "late", "missing", "awaited"},
		"table.":      data.RegionTables(),
	}
	for prefix, values := range sets {
		for _, v := range values {
			if !text.Has("labels." + prefix + v) {
				t.Errorf("%s%s has no label", prefix, v)
			}
		}
	}
	if err := text.Check(); err != nil {
		t.Error(err)
	}
}

func TestOf(t *testing.T) {
	cases := []struct{ lang, prefix, value, want string }{
		{"ru", "event.", "seminar", "семинар"},
		{"kk", "event.", "masterclass", "шеберлік сыныбы"},
		{"en", "format.", "offline", "in person"},
		{"kk", "event.", "new-kind", "new-kind"}, // a value a newer version added
		{"ru", "sex.", "", "–"},
	}
	for _, c := range cases {
		if got := Of(c.lang, c.prefix, c.value); got != c.want {
			t.Errorf("Of(%s, %s, %s) = %q, want %q", c.lang, c.prefix, c.value, got, c.want)
		}
	}
}
