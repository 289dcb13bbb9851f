package national

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
	"baulu/reports/internal/pdftest"
	"baulu/reports/regionpkg"
	"baulu/seeds"
)

// The centre's name in both languages, as a centre of ULY entered them.
const (
	centreKK = "Ұлытау облысы білім басқармасының әдістемелік орталығы"
	centreRU = "Методический центр управления образования области Улытау"
)

// packagedCopy is the Institute's national copy holding one package of
// ULY from a centre whose Russian official texts are set (the centre's
// name, every kindergarten's name and settlement); ruNames are those
// kindergartens' Russian names and kkNames their Kazakh ones.
func packagedCopy(t *testing.T) (nat *data.Store, ruNames, kkNames []string) {
	t.Helper()
	ctx := context.Background()
	src := datatest.NewConfigured(t, "ULY")
	if _, err := demo.Generate(ctx, src, demo.Options{Regions: []string{"ULY"}, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	st, _ := src.Settings(ctx)
	st.CentreName, st.CentreNameRU = centreKK, centreRU
	if err := src.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	datatest.Exec(t, src, `UPDATE kindergarten SET name_ru = 'КГКП «Ясли-сад «Тестовый-' || id || '»»',
		settlement = 'Тестқала ауылы', settlement_ru = 'село Тестовое' WHERE region_code = 'ULY'`)
	kgs, _ := src.Kindergartens(ctx, "ULY")
	for _, k := range kgs {
		ruNames = append(ruNames, k.NameRU)
		kkNames = append(kkNames, seeds.BalancedName(k.Name))
	}
	var buf bytes.Buffer
	made := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	if err := regionpkg.Export(ctx, src, "ULY", &buf, regionpkg.ExportOptions{Now: made}); err != nil {
		t.Fatal(err)
	}
	nat = datatest.New(t)
	if err := nat.StartInstitute(ctx, "ru"); err != nil {
		t.Fatal(err)
	}
	if _, err := regionpkg.Import(ctx, nat, &buf, regionpkg.ImportOptions{Now: made.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	return nat, ruNames, kkNames
}

// A national copy built from a package whose Russian texts are set prints
// them in the Russian report — the centre in section 1, the kindergartens'
// names and settlements in the annex — and never the Kazakh ones; the
// Kazakh report prints the Kazakh ones.
func TestPackagedRussianTextsInReport(t *testing.T) {
	nat, ruNames, kkNames := packagedCopy(t)
	ru := squash(strings.Join(pdftest.Text(t, render(t, nat, Options{Lang: "ru"})), " "))
	for _, want := range append([]string{centreRU, "село Тестовое"}, ruNames...) {
		if !strings.Contains(ru, squash(pdftest.Norm(want))) {
			t.Errorf("ru report lacks %q", want)
		}
	}
	for _, kk := range append([]string{centreKK, "Тестқала"}, kkNames...) {
		if strings.Contains(ru, squash(pdftest.Norm(kk))) {
			t.Errorf("ru report prints the Kazakh %q", kk)
		}
	}
	if strings.Contains(ru, squash(text.T("ru", "national.note.sources.dash"))) {
		t.Error("ru report explains a dash it does not print")
	}
	kk := squash(strings.Join(pdftest.Text(t, render(t, nat, Options{Lang: "kk"})), " "))
	for _, want := range append([]string{centreKK, "Тестқала ауылы"}, kkNames...) {
		if !strings.Contains(kk, squash(pdftest.Norm(want))) {
			t.Errorf("kk report lacks %q", want)
		}
	}
	if strings.Contains(kk, squash(centreRU)) {
		t.Error("kk report prints the Russian centre name")
	}
}

// A package without the centre's name in Russian (format 2, or none
// entered) gets a dash in the Russian report, explained under the table,
// and never the Kazakh name.
func TestPackageWithoutRussianCentreGetsDash(t *testing.T) {
	nat, _, _ := packagedCopy(t)
	datatest.Exec(t, nat, `UPDATE region_import SET centre_name_ru = ''`)
	ru := squash(strings.Join(pdftest.Text(t, render(t, nat, Options{Lang: "ru"})), " "))
	if strings.Contains(ru, squash(centreKK)) || strings.Contains(ru, squash(centreRU)) ||
		!strings.Contains(ru, squash(text.T("ru", "national.note.sources.dash"))) {
		t.Error("ru report: the centre without a Russian name is not a dash with its note")
	}
}
