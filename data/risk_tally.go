package data

// RiskTally counts risks by level and by status, and those not yet closed:
// the one count of risks every report and screen prints, so that a section
// and the conclusions never disagree («open – 3» there, «open – 5» here,
// when one counted the status open and the other every risk not closed).
type RiskTally struct {
	Total    int
	ByLevel  map[string]int // RiskLow, RiskMedium, RiskHigh
	ByStatus map[string]int // RiskOpen, RiskMitigating, RiskClosed
	// Unclosed are the risks open or being mitigated (Risk.Open);
	// UnclosedHigh those of them at the high level.
	Unclosed, UnclosedHigh int
}

// TallyRisks counts risks.
func TallyRisks(risks []Risk) RiskTally {
	t := RiskTally{ByLevel: map[string]int{}, ByStatus: map[string]int{}}
	for _, r := range risks {
		t.Total++
		t.ByLevel[r.Level()]++
		t.ByStatus[r.Status]++
		if r.Open() {
			t.Unclosed++
			if r.Level() == RiskHigh {
				t.UnclosedHigh++
			}
		}
	}
	return t
}

// RiskLevels lists the levels from the highest, as reports list them.
func RiskLevels() []string { return []string{RiskHigh, RiskMedium, RiskLow} }
