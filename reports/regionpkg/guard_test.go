package regionpkg

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// Issue 13 item 5: an empty package of a region (exported from a database
// without that region's data) would have deleted the region in the national
// copy. It is refused with what it would remove, nothing is written, and
// only Force imports it.
func TestEmptyPackageIsRefusedWithCounts(t *testing.T) {
	uly := regionFixture(t, "ULY", 3)
	national := datatest.NewConfigured(t, "AST")
	if _, err := Import(ctx, national, bytes.NewReader(export(t, uly, "ULY", "", t1)), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	before := fingerprint(t, national)
	empty := datatest.NewConfigured(t, "AST") // ULY loaded by the export, no data of it
	pkg := export(t, empty, "ULY", "", t2)

	_, err := Import(ctx, national, bytes.NewReader(pkg), ImportOptions{})
	if !errors.Is(err, ErrEmptyPackage) || !NeedsConfirm(err) {
		t.Fatalf("empty package: %v", err)
	}
	msg := Message(err, "ru")
	if !strings.Contains(msg, "детей — 30") || !strings.Contains(msg, "Ұлытау") || !strings.Contains(msg, "ничего не изменено") {
		t.Errorf("message %q", msg)
	}
	if fingerprint(t, national) != before {
		t.Fatal("a refused empty package wrote")
	}
	if _, err := Import(ctx, national, bytes.NewReader(pkg), ImportOptions{Force: true}); err != nil {
		t.Fatalf("forced: %v", err)
	}
	if n := datatest.Int(t, national, `SELECT count(*) FROM child`); n != 0 {
		t.Errorf("%d children after the confirmed empty package", n)
	}
}

// A package of the database's own region over data entered here is refused
// with the counts; forced, it keeps every name, birth date and consent of
// the children it brings back (packages never carry them).
func TestOwnRegionPackageKeepsNamesAndConsents(t *testing.T) {
	uly := regionFixture(t, "ULY", 3)
	pkg := export(t, uly, "ULY", "", t1)
	personal := func() string {
		return strings.Join(datatest.Strings(t, uly, `SELECT code || '|' || full_name || '|' || coalesce(birth_date, '') || '|' ||
			consent || '|' || coalesce(consent_date, '') FROM child ORDER BY code`), "\n")
	}
	datatest.Exec(t, uly, `UPDATE child SET consent_date = '2026-02-01' WHERE consent = 1`)
	want := personal()
	_, err := Import(ctx, uly, bytes.NewReader(pkg), ImportOptions{})
	if !errors.Is(err, ErrOwnRegion) {
		t.Fatalf("own region: %v", err)
	}
	if msg := Message(err, "kk"); !strings.Contains(msg, "30 бала") || !strings.Contains(msg, "сақталады") {
		t.Errorf("message %q", msg)
	}
	if _, err := Import(ctx, uly, bytes.NewReader(pkg), ImportOptions{Force: true}); err != nil {
		t.Fatal(err)
	}
	if got := personal(); got != want {
		t.Errorf("names and consents after the forced import:\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(want, secretName) {
		t.Fatal("the fixture has no names to keep")
	}
}

// ImportWithBackup backs the database up before writing, and takes no
// backup for a package it refuses.
func TestImportWithBackupBacksUpFirst(t *testing.T) {
	uly := regionFixture(t, "ULY", 2)
	national := datatest.NewConfigured(t, "AST")
	empty := datatest.NewConfigured(t, "AST")

	_, backup, err := ImportWithBackup(ctx, national, bytes.NewReader(export(t, uly, "ULY", "", t1)), ImportOptions{})
	if err != nil || backup == "" {
		t.Fatalf("import: %q %v", backup, err)
	}
	if _, err := data.CheckBackup(backup); err != nil {
		t.Fatal(err)
	}
	list, _ := data.ListBackups(data.BackupDir(national.Path()))
	if _, _, err := ImportWithBackup(ctx, national, bytes.NewReader(export(t, empty, "ULY", "", t2)), ImportOptions{}); !errors.Is(err, ErrEmptyPackage) {
		t.Fatalf("empty: %v", err)
	}
	if after, _ := data.ListBackups(data.BackupDir(national.Path())); len(after) != len(list) {
		t.Errorf("a refused package took a backup: %d → %d", len(list), len(after))
	}
}
