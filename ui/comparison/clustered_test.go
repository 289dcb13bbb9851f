package comparison

import (
	"slices"
	"strings"
	"testing"

	"baulu/reports/comparison"
	"baulu/reports/resultview"
	"baulu/ui/kit/kittest"
)

// The screen shows the design and the primary clustered result in the
// same rows as the reports (reports/resultview), and the verdict's caveats
// before its results. The known region has two groups per arm: no causal
// verdict, and the screen says why.
func TestComparisonShowsTheClusteredResult(t *testing.T) {
	s := cmpRegion(t, knownGroups)
	h := kittest.New(t, s)
	c := openComparison(t, h)
	want := sameResult(t, s, c)
	v := c.view
	d, p := resultview.Design(want, "kk"), resultview.Primary(want, "kk")
	if !slices.EqualFunc(v.design.Rows, d.Rows, slices.Equal) || !slices.EqualFunc(v.primary.Rows, p.Rows, slices.Equal) {
		t.Fatalf("design %q\nprimary %q", v.design.Rows, v.primary.Rows)
	}
	shown := strings.Join(texts(v.pages()[2]), "\n")
	if !strings.Contains(shown, resultview.PrimaryNote("kk")) {
		t.Errorf("the tests page lacks the primary note and the φ* convention:\n%s", shown)
	}
	if want.Primary.Causal || !want.Has(comparison.WarnFewGroups) || !strings.Contains(p.Rows[0][5], "сипаттамалық") {
		t.Errorf("two groups per arm: causal %v, conclusion %q", want.Primary.Causal, p.Rows[0][5])
	}
	verdict := texts(v.pages()[0])
	few := slices.IndexFunc(verdict, func(s string) bool {
		return strings.Contains(s, "педагогтың әсерінен ажырату мүмкін емес")
	})
	primary := slices.IndexFunc(verdict, func(s string) bool {
		return strings.Contains(s, "Топтар ескерілген негізгі нәтиже")
	})
	if few < 0 || primary < 0 || few > primary {
		t.Errorf("few groups at %d, primary at %d: %q", few, primary, verdict)
	}
	line := slices.IndexFunc(v.warnings, func(s string) bool {
		return strings.Contains(s, "себеп-салдарлық қорытынды жасалмайды")
	})
	if line < 0 {
		t.Errorf("no warning line for few groups: %q", v.warnings)
	}
}
