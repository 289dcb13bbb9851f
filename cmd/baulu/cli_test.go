package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadCommandsRefuseAMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "typo", "b.db")
	for _, args := range [][]string{
		{"stats", "--json"},
		{"report", "--kind", "regional", "--out", filepath.Join(dir, "r.pdf")},
		{"export", "--out", filepath.Join(dir, "e.xlsx")},
		{"import", filepath.Join(dir, "x.xlsx")},
		{"template", "--kindergarten", "77"},
		{"handout", "--group", "E1", "--direction", "cooking"},
		{"groups"},
		{"roster", "export"},
		{"backup"},
		{"package", "export", "--out", filepath.Join(dir, "p.baulu")},
	} {
		code, stdout, stderr := captureAll(t, append(args, "--db", db, "--lang", "en")...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != 1 || stdout != "" || !strings.HasPrefix(lines[0], "There is no database at "+db) {
			t.Errorf("%v: status %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
		if _, err := os.Stat(filepath.Dir(db)); err == nil {
			t.Fatalf("%v created %s", args, filepath.Dir(db))
		}
	}
}

func TestImportTakesFlagsAfterTheFileAndSaysWhatItWrote(t *testing.T) {
	dir := t.TempDir()
	db := demoDB(t, "ULY")
	code, out, _ := captureAll(t, "template", "--db", db, "--kindergarten", "78", "--round", "intermediate", "--group", "e1", "--out", dir)
	if code != 0 {
		t.Fatalf("template --group e1: %d", code)
	}
	file := strings.TrimSpace(out)
	if !strings.HasSuffix(file, "-E1-intermediate.xlsx") {
		t.Fatalf("a group's template: %s", file)
	}
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetList()[1]
	for _, c := range []string{"B6", "C6", "B7"} {
		f.SetCellValue(sheet, c, 3)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	// the order the usage line shows: the file first, flags after
	code, out, _ = captureAll(t, "import", file, "--dry-run", "--db", db, "--lang", "en")
	if code != 0 || strings.Contains(out, "Written") {
		t.Fatalf("dry run: %d\n%s", code, out)
	}
	code, out, _ = captureAll(t, "import", file, "--db", db, "--lang", "en")
	last := out[strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n")+1:]
	if code != 0 || !regexp.MustCompile(`^Written: \d+ new, \d+ changed\.\n$`).MatchString(last) {
		t.Fatalf("import: %d\n%s", code, out)
	}
	// everything after a lone -- is a file, even if it looks like a flag
	if code, _, stderr := captureAll(t, "import", "--db", db, "--lang", "en", "--", "--dry-run"); code != 1 || !strings.Contains(stderr, "--dry-run: there is no such file") {
		t.Fatalf("import -- --dry-run: %d %q", code, stderr)
	}
}

func TestMessagesAreSentencesInTheDatabaseLanguage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	if code, _, errs := captureAll(t, "setup", "--db", db, "--region", "ULY", "--centre", "Центр", "--head", "Иванова", "--lang", "ru"); code != 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"stats", "--from", "nosuch"}, "Этапа «nosuch» нет. Этапы: baseline"},
		{[]string{"template", "--kindergarten", "77", "--group", "E1"}, "Запись не найдена"},
		{[]string{"report", "--kind", "yearly"}, "Вида отчёта «yearly» нет"},
		{[]string{"report", "--kind", "quarterly", "--quarter", "7", "--lang", "kk"}, "Бұл параметрлермен есеп жасалмайды"}, // --lang wins
		{[]string{"import", filepath.Join(dir, "none.xlsx")}, "none.xlsx: такого файла нет"},
	} {
		code, _, stderr := captureAll(t, append(tc.args, "--db", db)...)
		if code != 1 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "baulu ") {
			t.Errorf("%v: %d %q, want %q", tc.args, code, stderr, tc.want)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := captureAll(t, "version")
	if code != 0 || !strings.HasPrefix(out, "baulu "+version) {
		t.Fatalf("%d %q", code, out)
	}
}
