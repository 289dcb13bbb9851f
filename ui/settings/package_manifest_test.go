package settings

import (
	"strings"
	"testing"

	"baulu/data/datatest"
	"baulu/reports/regionpkg"
	"baulu/ui/i18n"
	"baulu/ui/kit/kittest"
)

// The package to be imported names its centre in the window's language
// when the package carries the Russian name (format 3), else as typed.
func TestManifestNamesTheCentreInTheWindowLanguage(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	p := settingsTab(t, h, settingsPackage).pkg
	t.Cleanup(func() { i18n.Set("kk") })
	if err := h.Reload("ru"); err != nil {
		t.Fatal(err)
	}
	both := &regionpkg.Manifest{Region: "AST", CentreName: "Әдістемелік орталық", CentreNameRU: "Методический центр"}
	if got := p.manifestText(both); !strings.Contains(got, "Методический центр") || strings.Contains(got, "Әдістемелік орталық") {
		t.Errorf("ru window: %q", got)
	}
	kkOnly := &regionpkg.Manifest{Region: "AST", CentreName: "Әдістемелік орталық"}
	if got := p.manifestText(kkOnly); !strings.Contains(got, "Әдістемелік орталық") {
		t.Errorf("ru window, no Russian name: %q", got)
	}
	if err := h.Reload("kk"); err != nil {
		t.Fatal(err)
	}
	if got := p.manifestText(both); !strings.Contains(got, "Әдістемелік орталық") || strings.Contains(got, "Методический центр") {
		t.Errorf("kk window: %q", got)
	}
}
