package data_test

import (
	"testing"

	"baulu/data"
)

// The tally counts each risk once by level and once by status, and the
// unclosed ones are the open and the mitigating together.
func TestTallyRisks(t *testing.T) {
	rs := []data.Risk{{Likelihood: 3, Impact: 3, Status: data.RiskOpen}, {Likelihood: 2, Impact: 3, Status: data.RiskMitigating},
		{Likelihood: 1, Impact: 2, Status: data.RiskOpen}, {Likelihood: 3, Impact: 2, Status: data.RiskClosed}}
	got := data.TallyRisks(rs)
	if got.Total != 4 || got.ByLevel[data.RiskHigh] != 3 || got.ByLevel[data.RiskLow] != 1 || got.ByStatus[data.RiskOpen] != 2 ||
		got.ByStatus[data.RiskMitigating] != 1 || got.Unclosed != 3 || got.UnclosedHigh != 2 {
		t.Errorf("%+v", got)
	}
}
