package regionpkg

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
)

// ruFixture is a centre's database of ULY whose Russian official texts are
// set: the centre's name in Settings (datatest's «Методический центр») and
// every kindergarten's name and settlement.
func ruFixture(t *testing.T) *data.Store {
	t.Helper()
	src := regionFixture(t, "ULY", 2)
	datatest.Exec(t, src, `UPDATE kindergarten SET name_ru = 'КГКП «Ясли-сад №' || id || '»', settlement_ru = 'город Жезказган',
		settlement = 'Жезқазған қаласы' WHERE region_code = 'ULY'`)
	return src
}

// A package carries the centre's name and the kindergartens' names and
// settlements in Russian (format 3), and the national copy stores them.
func TestPackageCarriesRussianTexts(t *testing.T) {
	pkg := export(t, ruFixture(t), "ULY", "", time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	m, err := Inspect(bytes.NewReader(pkg), "")
	if err != nil || m.FormatVersion != 3 || m.CentreName != "Әдістемелік орталық" || m.CentreNameRU != "Методический центр" {
		t.Fatalf("manifest %+v, %v", m, err)
	}
	nat := datatest.New(t)
	res, err := Import(ctx, nat, bytes.NewReader(pkg), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ims, _ := nat.RegionImports(ctx)
	if len(ims) != 1 || ims[0].CentreName != "Әдістемелік орталық" || ims[0].CentreNameRU != "Методический центр" {
		t.Fatalf("imports %+v (result %+v)", ims, res)
	}
	kgs, err := nat.Kindergartens(ctx, "ULY")
	if err != nil || len(kgs) != 5 {
		t.Fatalf("%d kindergartens, %v", len(kgs), err)
	}
	for _, k := range kgs {
		if name, ok := k.OfficialName("ru"); !ok || k.NameRUDerived || !strings.HasPrefix(name, "КГКП «Ясли-сад №") {
			t.Errorf("kindergarten %d: Russian name %q (%v, derived %v)", k.ID, name, ok, k.NameRUDerived)
		}
		if set, ok := k.OfficialSettlement("ru"); !ok || set != "город Жезказган" {
			t.Errorf("kindergarten %d: Russian settlement %q (%v)", k.ID, set, ok)
		}
	}
	// The national copy sends it on as it came (a re-export of the region).
	again := export(t, nat, "ULY", "", time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC))
	if m, err := Inspect(bytes.NewReader(again), ""); err != nil || m.CentreNameRU != "Методический центр" {
		t.Fatalf("re-export %+v, %v", m, err)
	}
}

// A package of format 2 (no Russian texts) still imports: the Russian
// fields stay empty, so a Russian report lists them as missing rather
// than print the Kazakh ones; and it replaces Russian texts a newer
// package had brought (the package is the region's data).
func TestFormat2PackageImportsWithoutRussianTexts(t *testing.T) {
	src := ruFixture(t)
	newer := export(t, src, "ULY", "", time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	old := repack(t, export(t, src, "ULY", "", time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)),
		func(m *Manifest) { m.FormatVersion, m.CentreNameRU = 2, "" },
		func(d *packageData) {
			for i := range d.Kindergartens {
				d.Kindergartens[i].NameRU, d.Kindergartens[i].SettlementRU = "", ""
			}
		}, true)
	if bytes.Contains(old, []byte("name_ru\":\"КГКП")) {
		t.Fatal("the format 2 package still has Russian names")
	}
	nat := datatest.New(t)
	if _, err := Import(ctx, nat, bytes.NewReader(newer), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(ctx, nat, bytes.NewReader(old), ImportOptions{}); err != nil {
		t.Fatalf("format 2 package: %v", err)
	}
	ims, _ := nat.RegionImports(ctx)
	if len(ims) != 1 || ims[0].CentreName != "Әдістемелік орталық" || ims[0].CentreNameRU != "" {
		t.Fatalf("imports %+v", ims)
	}
	kgs, _ := nat.Kindergartens(ctx, "ULY")
	for _, k := range kgs {
		if _, ok := k.OfficialSettlement("ru"); ok {
			t.Errorf("kindergarten %d: a Russian settlement after a format 2 package", k.ID)
		}
		if k.NameRU != "" && !k.NameRUDerived {
			t.Errorf("kindergarten %d: Russian name %q kept from the newer package", k.ID, k.NameRU)
		}
	}
}
