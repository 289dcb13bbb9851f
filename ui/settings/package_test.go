package settings

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/reports/comparison"
	"baulu/ui/kit/kittest"
)

// demoStore is a configured database of region with its demo data.
func demoStore(t *testing.T, region string) *data.Store {
	t.Helper()
	s := datatest.NewConfigured(t, region)
	if _, err := demo.Generate(ctx, s, demo.Options{Seed: 1}); err != nil {
		t.Fatal(err)
	}
	return s
}

// exportThroughUI writes the package of s's region to dir through the
// Region package tab, with passphrase pass ("" = plain).
func exportThroughUI(t *testing.T, s *data.Store, dir, pass string) string {
	t.Helper()
	h := kittest.New(t, s)
	p := settingsTab(t, h, settingsPackage).pkg
	p.form.Entry("passphrase").SetText(pass)
	p.form.Entry("passphrase_confirm").SetText(pass)
	path := filepath.Join(dir, h.Settings().RegionCode) // the extension is added
	p.exportTo(path)
	path += ".baulu"
	if st, err := os.Stat(path); err != nil || st.Size() == 0 || !strings.Contains(h.Dialogs().Message, path) {
		t.Fatalf("package not written: %v, %q", err, h.Dialogs().Message)
	}
	h.Win.Close()
	return path
}

// importCount is the number of regions whose data came from a package.
func importCount(t *testing.T, s *data.Store) int {
	t.Helper()
	srcs, err := comparison.RegionSources(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, src := range srcs {
		if !src.Created.IsZero() {
			n++
		}
	}
	return n
}

func TestRegionPackageExportThenImportIntoAnotherDatabase(t *testing.T) {
	dir := t.TempDir()
	src := demoStore(t, "ULY")

	// Passphrases that differ: refused, naming the field; no file.
	h := kittest.New(t, src)
	p := settingsTab(t, h, settingsPackage).pkg
	p.form.Entry("passphrase").SetText("Ұлытау 2026")
	p.form.Entry("passphrase_confirm").SetText("Ұлытау 2025")
	p.exportTo(filepath.Join(dir, "mismatch"))
	if !strings.Contains(h.Dialogs().Message, "«Құпия сөзді қайталаңыз» өрісі: құпия сөздер сәйкес келмейді.") {
		t.Fatalf("mismatch message %q", h.Dialogs().Message)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Fatalf("files written despite the mismatch: %v", files)
	}
	// A folder that does not exist: one sentence naming the file.
	p.form.Entry("passphrase_confirm").SetText("Ұлытау 2026")
	p.form.Entry("passphrase").SetText("Ұлытау 2026")
	missing := filepath.Join(dir, "жоқ қалта", "ULY.baulu")
	p.exportTo(missing)
	if h.Dialogs().Message != "Файлды оқу немесе жазу мүмкін болмады: "+missing {
		t.Fatalf("missing folder message %q", h.Dialogs().Message)
	}
	h.Win.Close()
	pkg := exportThroughUI(t, src, dir, "Ұлытау 2026")

	// The Institute's copy: the file asks for its passphrase.
	dst := datatest.NewConfigured(t, "AST")
	h = kittest.New(t, dst)
	p = settingsTab(t, h, settingsPackage).pkg
	p.importFrom(pkg)
	if p.prompt == nil {
		t.Fatalf("no passphrase asked; message %q", h.Dialogs().Message)
	}
	// A wrong one: said in the prompt, which stays; nothing written.
	p.prompt.entry.SetText("Ұлытау 2025")
	test.Tap(p.prompt.ok)
	if p.prompt == nil || p.prompt.errText.Text != "Құпия сөз бұл пакетті ашпайды: оны тексеріп, қайта енгізіңіз." {
		t.Fatalf("wrong passphrase: prompt %v", p.prompt)
	}
	if n := importCount(t, dst); n != 0 {
		t.Fatalf("%d imports after a wrong passphrase", n)
	}
	// The right one: the manifest is shown for confirmation.
	p.prompt.entry.SetText("Ұлытау 2026")
	test.Tap(p.prompt.ok)
	if p.prompt != nil || h.Dialogs().Confirm == nil {
		t.Fatalf("no confirmation after the right passphrase; message %q", h.Dialogs().Message)
	}
	if n := importCount(t, dst); n != 0 {
		t.Fatal("imported before the confirmation")
	}
	for _, want := range []string{"Өңір: Ұлытау облысы", "Пакет шифрланған.", "Балабақшалар: 5,", "Пакетті жүктейсіз бе?"} {
		if !strings.Contains(p.manifest, want) {
			t.Errorf("manifest text lacks %q:\n%s", want, p.manifest)
		}
	}
	test.Tap(h.Dialogs().Confirm.Yes)
	if !strings.HasPrefix(h.Dialogs().Message, "Ұлытау облысы пакеті") || !strings.Contains(h.Dialogs().Message, "жүктелді") {
		t.Fatalf("import message %q", h.Dialogs().Message)
	}
	if n := importCount(t, dst); n != 1 {
		t.Fatalf("%d imports", n)
	}
	if kids, _ := dst.Groups(ctx, 76); len(kids) == 0 {
		t.Fatal("no groups of kindergarten 76 after the import")
	}

	// A file that is not a package: one sentence, nothing written.
	junk := filepath.Join(dir, "junk.baulu")
	os.WriteFile(junk, []byte("PK not really"), 0o644)
	p.importFrom(junk)
	if h.Dialogs().Message != "Бұл файл Baulu өңір пакеті емес." {
		t.Fatalf("junk message %q", h.Dialogs().Message)
	}
}

func TestImportingARegionAgainSaysWhatItReplaces(t *testing.T) {
	dir := t.TempDir()
	var pkgs []string
	for _, r := range []string{"ULY", "AST"} {
		pkgs = append(pkgs, exportThroughUI(t, demoStore(t, r), dir, ""))
	}
	inst := datatest.NewConfigured(t, "KAR") // the Institute's copy: no data of its own
	h := kittest.New(t, inst)
	p := settingsTab(t, h, settingsPackage).pkg
	for _, pkg := range pkgs {
		p.importFrom(pkg)
		if h.Dialogs().Confirm == nil {
			t.Fatalf("no confirmation for %s: %q", pkg, h.Dialogs().Message)
		}
		test.Tap(h.Dialogs().Confirm.Yes)
		h.Dialogs().Confirm = nil
	}

	// Importing a region again: the manifest says what it replaces.
	p.importFrom(pkgs[0])
	if !strings.Contains(p.manifest, "Бұл өңірдің ") || !strings.Contains(p.manifest, "пакетінен жүктелген деректері ауыстырылады.") ||
		strings.Contains(p.manifest, "шифрланған") {
		t.Fatalf("manifest of a repeated import:\n%s", p.manifest)
	}
	test.Tap(h.Dialogs().Confirm.No)
}
