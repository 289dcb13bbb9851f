package national

import (
	"testing"

	"baulu/reports/comparison"
	"baulu/ui/i18n"
)

// The centre column shows the Russian name in a Russian window when the
// package carried it, else the name as the centre typed it.
func TestCentreTextFollowsLanguage(t *testing.T) {
	t.Cleanup(func() { i18n.Set("kk") })
	both := comparison.RegionRow{RegionSource: comparison.RegionSource{CentreName: "Әдістемелік орталық", CentreNameRU: "Методический центр"}}
	kkOnly := comparison.RegionRow{RegionSource: comparison.RegionSource{CentreName: "Әдістемелік орталық"}}
	for lang, want := range map[string][2]string{"ru": {"Методический центр", "Әдістемелік орталық"}, "kk": {"Әдістемелік орталық", "Әдістемелік орталық"}} {
		if err := i18n.Set(lang); err != nil {
			t.Fatal(err)
		}
		if got := [2]string{centreText(both), centreText(kkOnly)}; got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}
