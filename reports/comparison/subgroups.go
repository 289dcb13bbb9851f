package comparison

import "baulu/reports/analysis"

// SubgroupDimensions are the subgroups' dimensions, in the order of the
// rows, with their values in order: the child's sex, the kindergarten's
// locality, the group's language of instruction and age group (data's
// codes). A child whose value is not recorded ("") is in no row.
var SubgroupDimensions = [4]struct {
	Name   string
	Values []string
}{
	{"sex", []string{"F", "M"}},
	{"locality", []string{"urban", "rural"}},
	{"language", []string{"kk", "ru", "mixed"}},
	{"age_group", []string{"senior", "preschool", "mixed"}},
}

// SubgroupRow compares the gains of the paired children of one subgroup,
// E against C. It is descriptive: the test is child-level (assuming
// independence), and its p is Holm-adjusted over every row of the table.
type SubgroupRow struct {
	// Dimension is "sex", "locality", "language" or "age_group"; Value a
	// code of SubgroupDimensions.
	Dimension string `json:"dimension"`
	Value     string `json:"value"`
	// PairedE and PairedC count the subgroup's paired children.
	PairedE int `json:"paired_e"`
	PairedC int `json:"paired_c"`
	// GainE, GainC are the mean gains; DiD = GainE − GainC.
	GainE Float `json:"gain_e"`
	GainC Float `json:"gain_c"`
	DiD   Float `json:"did"`
	// WelchP is Welch's t-test of the gains, E vs C; WelchPHolm the same
	// Holm-adjusted over the rows (R: p.adjust(p, method = "holm")).
	WelchP     Float `json:"welch_p"`
	WelchPHolm Float `json:"welch_p_holm"`
}

// subgroups builds the rows: every value of every dimension with a paired
// child in either arm.
func subgroups(p paired) []SubgroupRow {
	out := []SubgroupRow{}
	for d, dim := range SubgroupDimensions {
		for _, val := range dim.Values {
			var e, c []float64
			for i, a := range p.attrs {
				if a[d] != val {
					continue
				}
				if p.exp[i] {
					e = append(e, p.gain[i])
				} else {
					c = append(c, p.gain[i])
				}
			}
			if len(e)+len(c) == 0 {
				continue
			}
			me, _ := analysis.MeanSD(e)
			mc, _ := analysis.MeanSD(c)
			out = append(out, SubgroupRow{Dimension: dim.Name, Value: val, PairedE: len(e), PairedC: len(c),
				GainE: Float(me), GainC: Float(mc), DiD: Float(me - mc), WelchP: Float(analysis.Welch(e, c).P)})
		}
	}
	ps := make([]float64, len(out))
	for i, r := range out {
		ps[i] = float64(r.WelchP)
	}
	for i, adj := range analysis.Holm(ps) {
		out[i].WelchPHolm = Float(adj)
	}
	return out
}
