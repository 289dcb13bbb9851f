package regionpkg

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
)

var (
	t1 = time.Date(2026, 6, 30, 12, 0, 0, 0, time.UTC)
	t2 = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
)

// entries unzips a plain package.
func entries(t testing.TB, pkg []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		out[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return out
}

// scores lists a region's scores as "child round indicator=score".
func scores(t *testing.T, s *data.Store, region string) map[string]int {
	t.Helper()
	records, err := s.ScoreRecords(ctx, region)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, x := range records {
		out[x.ChildCode+" "+x.RoundCode+" "+x.IndicatorCode] = x.Score
	}
	return out
}

func TestExportImportRoundTrip(t *testing.T) {
	src := regionFixture(t, "ULY", 12)
	pkg := export(t, src, "ULY", "", t1)

	files := entries(t, pkg)
	if len(files) != 2 || files[manifestName] == nil || files[dataName] == nil {
		t.Fatalf("package holds %d entries", len(files))
	}
	for _, secret := range []string{secretName, "2021-02-02", "consent_date", "full_name"} {
		if bytes.Contains(pkg, []byte(secret)) || bytes.Contains(files[dataName], []byte(secret)) {
			t.Errorf("the package contains %q", secret)
		}
	}
	m, err := Inspect(bytes.NewReader(pkg), "")
	if err != nil {
		t.Fatal(err)
	}
	if m.Region != "ULY" || m.CentreName != "Әдістемелік орталық" || !m.Created.Equal(t1) || m.Encrypted ||
		m.SchemaVersion != data.SchemaVersion() || m.AppVersion != "test" || m.Counts.Children != 120 || m.Counts.Events != 2 {
		t.Fatalf("manifest %+v", m)
	}

	dst := datatest.New(t) // the Institute's database: never configured for ULY
	res, err := Import(ctx, dst, bytes.NewReader(pkg), ImportOptions{Now: t2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Region != "ULY" || res.Replaced || res.Counts != m.Counts {
		t.Errorf("result %+v", res)
	}
	want, got := scores(t, src, "ULY"), scores(t, dst, "ULY")
	if len(want) < 2500 || len(got) != len(want) {
		t.Fatalf("%d scores imported, want %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("score %s = %d, want %d", k, got[k], v)
		}
	}
	// The strongest check: the imported region exports to the same data.json.
	again := entries(t, export(t, dst, "ULY", "", t1))
	if !bytes.Equal(again[dataName], files[dataName]) {
		t.Error("data.json differs after export → import → export")
	}
	if n := datatest.Int(t, dst, `SELECT count(*) FROM child WHERE birth_year IS NULL OR birth_date IS NOT NULL`); n != 0 {
		t.Errorf("%d imported children without a birth year or with a birth date", n)
	}
	if msg := ImportedText(res, "kk"); !strings.Contains(msg, "Ұлытау") || !strings.Contains(msg, "120") {
		t.Errorf("success message %q", msg)
	}
}

func TestPassphraseRoundTrip(t *testing.T) {
	src := regionFixture(t, "ULY", 3)
	pkg := export(t, src, "ULY", "Жезқазған-2026", t1)
	if !bytes.HasPrefix(pkg, []byte("age-encryption.org/v1\n")) || bytes.Contains(pkg, []byte("manifest.json")) {
		t.Fatal("an encrypted package must start with the age header and hide its content")
	}
	m, err := Inspect(bytes.NewReader(pkg), "Жезқазған-2026")
	if err != nil || !m.Encrypted {
		t.Fatalf("inspect: %+v, %v", m, err)
	}
	dst := datatest.New(t)
	if _, err := Import(ctx, dst, bytes.NewReader(pkg), ImportOptions{Passphrase: "Жезқазған-2026"}); err != nil {
		t.Fatal(err)
	}
	if len(scores(t, dst, "ULY")) != len(scores(t, src, "ULY")) {
		t.Error("scores differ")
	}
	// A passphrase given for a plain package is simply not needed.
	plain := export(t, src, "ULY", "", t2)
	if _, err := Import(ctx, dst, bytes.NewReader(plain), ImportOptions{Passphrase: "whatever"}); err != nil {
		t.Fatalf("plain package with a passphrase: %v", err)
	}
}

func TestDefaultWorkFactor(t *testing.T) {
	if testing.Short() {
		t.Skip("a second of scrypt")
	}
	defer func(w, m int) { scryptWorkFactor, maxWorkFactor = w, m }(scryptWorkFactor, maxWorkFactor)
	scryptWorkFactor, maxWorkFactor = 18, 20
	src := regionFixture(t, "ULY", 1)
	pkg := export(t, src, "ULY", "құпия", t1)
	if !bytes.Contains(pkg[:200], []byte(" 18\n")) {
		t.Errorf("header %q does not carry work factor 18", pkg[:120])
	}
	if _, err := Inspect(bytes.NewReader(pkg), "құпия"); err != nil {
		t.Fatal(err)
	}
	// A reader capped below the file's factor refuses without the work.
	maxWorkFactor = 12
	if _, err := Inspect(bytes.NewReader(pkg), "құпия"); !errors.Is(err, ErrDamaged) {
		t.Fatalf("work factor above the cap: %v", err)
	}
}

// The Institute's copy: regions side by side; a newer package of a region
// replaces that region only; an older one is refused unless forced.
func TestNationalCopyKeepsRegionsApart(t *testing.T) {
	uly := regionFixture(t, "ULY", 4)
	ast := regionFixture(t, "AST", 5)
	nat := datatest.NewConfigured(t, "AKM") // the Institute chose some region at first run
	for _, p := range [][]byte{export(t, uly, "ULY", "", t1), export(t, ast, "AST", "", t1)} {
		if _, err := Import(ctx, nat, bytes.NewReader(p), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	astBefore := scores(t, nat, "AST")
	if len(scores(t, nat, "ULY")) == 0 || len(astBefore) == 0 {
		t.Fatal("a region is missing")
	}

	// ULY works on: a child leaves the database, then a newer package.
	gone, err := uly.ChildByCode(ctx, "ULY-01-E1-001")
	if err != nil {
		t.Fatal(err)
	}
	if err := uly.DeleteChild(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	res, err := Import(ctx, nat, bytes.NewReader(export(t, uly, "ULY", "", t2)), ImportOptions{})
	if err != nil || !res.Replaced || !res.PreviousCreated.Equal(t1) {
		t.Fatalf("newer package: %+v, %v", res, err)
	}
	if n := datatest.Int(t, nat, `SELECT count(*) FROM child WHERE code LIKE 'ULY-01-E1-001'`); n != 0 {
		t.Error("the newer package did not replace the region's children")
	}
	if len(scores(t, nat, "ULY")) != len(scores(t, uly, "ULY")) {
		t.Error("ULY scores differ from the newer package")
	}
	if got := scores(t, nat, "AST"); len(got) != len(astBefore) {
		t.Errorf("AST changed: %d scores, had %d", len(got), len(astBefore))
	}
	for _, table := range []string{"event", "risk", "feedback", "correction"} {
		if n := datatest.Int(t, nat, `SELECT count(*) FROM `+table+` WHERE region_code = 'ULY'`); n == 0 || n > 2 {
			t.Errorf("%s: %d rows of ULY after re-import (duplicated or lost)", table, n)
		}
	}

	old := export(t, uly, "ULY", "", t1.Add(-time.Hour))
	if _, err := Import(ctx, nat, bytes.NewReader(old), ImportOptions{}); !errors.Is(err, ErrOlderPackage) {
		t.Fatalf("older package: %v", err)
	}
	if _, err := Import(ctx, nat, bytes.NewReader(old), ImportOptions{Force: true}); err != nil {
		t.Fatalf("older package, forced: %v", err)
	}
}

func TestFileName(t *testing.T) {
	if got := FileName("ULY", t2); got != "baulu-ULY-2026-11-25.baulu" {
		t.Errorf("FileName = %q", got)
	}
}
