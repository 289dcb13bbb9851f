package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/crashpoint"
	"baulu/data/datatest"
	"baulu/data/text"
)

// fileBytes is the content of path, "" when it is missing.
func fileBytes(t *testing.T, path string) string {
	t.Helper()
	b, _ := os.ReadFile(path)
	return string(b)
}

// Issue 13 item 1: --out naming the database (or its -wal, lock, backups
// folder) is refused by every command that writes a file, in the user's
// language, and the database is untouched.
func TestOutputsNeverReplaceTheDatabase(t *testing.T) {
	db := demoDB(t, "ULY")
	captureAll(t, "backup", "--db", db)
	before := fileBytes(t, db)
	t.Setenv(passphraseEnv, "")
	for _, out := range []string{db, db + "-wal", db + ".lock", filepath.Join(data.BackupDir(db), "r.pdf")} {
		for _, args := range [][]string{
			{"report", "--kind", "regional", "--lang", "ru"},
			{"report", "--kind", "national", "--lang", "ru"},
			{"export", "--lang", "ru"},
			{"package", "export", "--lang", "ru"},
			{"template", "--kindergarten", "76", "--lang", "ru"},
			{"roster", "template", "--kindergarten", "76", "--lang", "ru"},
			{"handout", "--group", "1", "--direction", "garden", "--lang", "ru"},
			{"backup", "--lang", "ru"},
		} {
			code, stdout, errs := captureAll(t, append(args, "--db", db, "--out", out)...)
			if code != 1 || stdout != "" || !strings.Contains(errs, out) || !strings.Contains(errs, "выберите друг") {
				t.Errorf("%v --out %s: %d %q %q", args, filepath.Base(out), code, stdout, errs)
			}
		}
	}
	if fileBytes(t, db) != before {
		t.Fatal("the database changed")
	}
	if code, _, errs := captureAll(t, "screenshots", "--db", db, "--out", data.BackupDir(db)); code != 1 || !strings.Contains(errs, "резервтік") {
		t.Errorf("screenshots into backups: %d %q", code, errs)
	}
}

// Issue 21: a folder as --out is said in the user's language, not as
// "rename …: file exists"; a missing folder too.
func TestFolderAsOutIsSaid(t *testing.T) {
	db := demoDB(t, "ULY")
	dir := t.TempDir()
	code, _, errs := captureAll(t, "report", "--db", db, "--lang", "ru", "--out", dir)
	if code != 1 || strings.TrimSpace(errs) != dir+" — это папка: укажите и имя файла." {
		t.Errorf("report --out a folder: %d %q", code, errs)
	}
	missing := filepath.Join(dir, "no such", "r.xlsx")
	code, _, errs = captureAll(t, "export", "--db", db, "--lang", "kk", "--out", missing)
	if code != 1 || !strings.Contains(errs, filepath.Dir(missing)+" қалтасы жоқ") {
		t.Errorf("export into a missing folder: %d %q", code, errs)
	}
}

// Issue 13: `export --region XXX` wrote a file; now it says there is no
// such region and writes nothing.
func TestExportOfAnUnknownRegionWritesNothing(t *testing.T) {
	db := demoDB(t, "ULY")
	out := filepath.Join(t.TempDir(), "x.xlsx")
	code, _, errs := captureAll(t, "export", "--db", db, "--region", "XXX", "--lang", "ru", "--out", out)
	if code != 1 || !strings.Contains(errs, "Региона «XXX» нет") {
		t.Errorf("%d %q", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a file was written")
	}
}

// Items 3 and 8: a zero-length baulu.db or a foreign SQLite file is never
// initialised by any command; check calls the empty one damaged.
func TestEmptyOrForeignDatabaseIsNeverInitialised(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "baulu.db")
	os.WriteFile(empty, nil, 0o600)
	foreign := filepath.Join(dir, "notes.db")
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	datatest.Exec(t, s, `VACUUM INTO ?`, foreign)
	s.Close()
	withSQL(t, foreign, `DROP TABLE schema_version`)
	code, _, errs := captureAll(t, "check", "--db", empty, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "is empty (0 bytes); that is damage") {
		t.Errorf("check of an empty file: %d %q", code, errs)
	}
	for _, db := range []string{empty, foreign} {
		before := fileBytes(t, db)
		for _, args := range [][]string{{"check"}, {"backup"}, {"stats", "--region", "ULY"}, {"demo", "--region", "ULY"}, {"export", "--out", filepath.Join(dir, "x.xlsx")}} {
			if code, _, _ := captureAll(t, append(args, "--db", db)...); code == 0 {
				t.Errorf("%v on %s succeeded", args, filepath.Base(db))
			}
			if fileBytes(t, db) != before {
				t.Fatalf("%v wrote to %s", args, filepath.Base(db))
			}
		}
	}
	if list, _ := data.ListBackups(data.BackupDir(empty)); len(list) != 0 {
		t.Errorf("backups of nothing: %v", list)
	}
}

// Item 3 in the window: a zero-length database is damage — moved aside,
// the newest good backup offered — and closing the recovery window without
// a choice brings it back at the next start instead of a new empty
// database (which the next backups would have rotated the good ones out
// for).
func TestRecoveryWindowComesBackUntilTheUserDecides(t *testing.T) {
	db := demoDB(t, "ULY")
	if code, _, errs := captureAll(t, "backup", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	os.Truncate(db, 0)
	for start := 1; start <= 2; start++ {
		a := test.NewTempApp(t)
		w, finish, err := startGUI(a, db)
		if err != nil {
			t.Fatal(err)
		}
		if want := "Baulu — " + text.T("kk", "rec.title"); w.Title() != want {
			t.Fatalf("start %d: first window %q, want %q", start, w.Title(), want)
		}
		w.Close() // no choice made
		finish(true)
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("start %d: a database was created without the user's choice", start)
		}
	}
	log := fileBytes(t, filepath.Join(filepath.Dir(db), logName))
	if !strings.Contains(log, "moved aside to "+db+".damaged-") || !strings.Contains(log, "recovery offered") {
		t.Errorf("baulu.log:\n%s", log)
	}
	if list, _ := data.ListBackups(data.BackupDir(db)); len(list) != 1 {
		t.Errorf("backups: %v", list)
	}
}

// Item 7: backup of a damaged database fails with a sentence, keeps
// nothing, and the failure is one line in baulu.log.
func TestBackupCommandOfADamagedDatabase(t *testing.T) {
	db := demoDB(t, "ULY")
	st, _ := os.Stat(db)
	overwrite(t, db, st.Size()/2/4096*4096, 4096)
	code, out, errs := captureAll(t, "backup", "--db", db, "--lang", "ru")
	if code != 1 || out != "" || !strings.HasPrefix(errs, "База данных повреждена, поэтому резервная копия не создана") {
		t.Fatalf("%d %q %q", code, out, errs)
	}
	if list, _ := data.ListBackups(data.BackupDir(db)); len(list) != 0 {
		t.Errorf("kept %v", list)
	}
	if log := fileBytes(t, filepath.Join(filepath.Dir(db), logName)); !strings.Contains(log, "backup failed") {
		t.Errorf("baulu.log: %q", log)
	}
}

// Issue 21: every recovery step of the command line is one line in
// baulu.log: the restore, with where the old database went.
func TestRestoreIsLogged(t *testing.T) {
	db := demoDB(t, "ULY")
	_, out, _ := captureAll(t, "backup", "--db", db)
	if code, _, errs := captureAll(t, "restore", strings.TrimSpace(out), "--db", db); code != 0 {
		t.Fatal(errs)
	}
	lines := strings.Split(strings.TrimSpace(fileBytes(t, filepath.Join(filepath.Dir(db), logName))), "\n")
	found := false
	for _, l := range lines {
		found = found || (strings.Contains(l, "baulu") && strings.Contains(l, "restored "+db) && strings.Contains(l, ".before-restore-"))
	}
	if !found {
		t.Errorf("baulu.log: %q", lines)
	}
}

// Issue 13: a full disk, a failing disk or a read-only database is not
// blamed on the Excel file being imported («Не удалось прочитать файл»):
// the sentence names the database. The disk errors are injected where the
// scores are committed (a child process with the crash points armed).
func TestImportBlamesTheDatabaseNotTheExcelFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the child runs with the Unix harness")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	if code, _ := capture(t, "demo", "--db", db, "--region", "ULY"); code != 0 {
		t.Fatal("demo")
	}
	xlsx := filledTemplate(t, db, dir)
	for fault, want := range map[string]string{
		"ENOSPC": "На диске, где находится " + db + ", нет свободного места",
		"EIO":    "Диск сообщил об ошибке при чтении или записи " + db,
	} {
		r := runChild(t, []string{crashpoint.FaultEnv + "=tx.commit:1=" + fault}, "import", xlsx, "--db", db, "--lang", "ru")
		if r.code != 1 || strings.Contains(r.stderr, "Не удалось прочитать файл") || !strings.HasPrefix(r.stderr, want) {
			t.Errorf("%s: %d %q", fault, r.code, r.stderr)
		}
	}
	if os.Getuid() == 0 {
		return // root writes a read-only file all the same
	}
	os.Chmod(db, 0o400)
	defer os.Chmod(db, 0o600)
	code, _, errs := captureAll(t, "import", xlsx, "--db", db, "--lang", "ru")
	if code != 1 || strings.Contains(errs, "Не удалось прочитать файл") || !strings.Contains(errs, "Baulu не может записать") || !strings.Contains(errs, db) {
		t.Errorf("read-only: %d %q", code, errs)
	}
}

// A folder given as the database is said so, not "disk I/O error (10)".
func TestFolderAsDatabaseIsSaid(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := captureAll(t, "stats", "--db", dir, "--region", "ULY", "--lang", "en")
	if code != 1 || strings.TrimSpace(errs) != dir+" is a folder; give a file name as well." {
		t.Errorf("%d %q", code, errs)
	}
}

// Item 5 on the command line: an empty package is refused with the counts
// it would remove and the flag that confirms; a backup comes before the
// confirmed import, and the log says where.
func TestPackageImportRefusesAnEmptyPackage(t *testing.T) {
	t.Setenv(passphraseEnv, "")
	national := demoDB(t, "AST")
	uly := demoDB(t, "ULY")
	dir := t.TempDir()
	full, empty := filepath.Join(dir, "uly.baulu"), filepath.Join(dir, "empty.baulu")
	if code, _, errs := captureAll(t, "package", "export", "--db", uly, "--out", full); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := captureAll(t, "package", "export", "--db", national, "--region", "ULY", "--out", empty); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := captureAll(t, "package", "import", full, "--db", national); code != 0 {
		t.Fatal(errs)
	}
	children := roQuery(t, national, `SELECT count(*) FROM child`)
	code, _, errs := captureAll(t, "package", "import", empty, "--db", national, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "would remove") || !strings.Contains(errs, "--force") {
		t.Fatalf("empty package: %d %q", code, errs)
	}
	if got := roQuery(t, national, `SELECT count(*) FROM child`); got != children {
		t.Fatalf("children %s → %s after a refusal", children, got)
	}
	if code, _, errs := captureAll(t, "package", "import", empty, "--db", national, "--force"); code != 0 {
		t.Fatalf("--force: %d %q", code, errs)
	}
	log := fileBytes(t, filepath.Join(filepath.Dir(national), logName))
	if !strings.Contains(log, "backup before importing the package "+empty) {
		t.Errorf("baulu.log: %q", log)
	}
}

// The lock says which command holds the database.
func TestLockNamesTheCommand(t *testing.T) {
	db := demoDB(t, "ULY")
	release, err := data.Lock(db, data.HolderCommand("restore"))
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	p, err := beginStart(db)
	if err != nil {
		t.Fatal(err)
	}
	if msg := p.message(); !strings.Contains(msg, "«baulu restore» командасы") || strings.Contains(msg, "терезесінде") {
		t.Errorf("message %q", msg)
	}
}

// withSQL runs one statement on a plain SQLite file.
func withSQL(t *testing.T, path, stmt string) {
	t.Helper()
	s, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

// filledTemplate writes the final round's template of kindergarten 78 into
// dir with the first score of the first group changed, and returns it.
func filledTemplate(t *testing.T, db, dir string) string {
	t.Helper()
	code, out := capture(t, "template", "--db", db, "--kindergarten", "78", "--round", "final", "--out", dir)
	if code != 0 {
		t.Fatalf("template: %d", code)
	}
	path := strings.TrimSpace(out)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(1) // after the instructions: the first group
	v, _ := f.GetCellValue(sheet, "B6")
	n, _ := strconv.Atoi(v)
	if err := f.SetCellValue(sheet, "B6", n%3+1); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return path
}

// runResult is how a child ended.
type runResult struct {
	code           int
	killed         bool
	stdout, stderr string
}

// runChild runs `baulu args…` as a child with extra environment.
func runChild(t *testing.T, env []string, args ...string) runResult {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"--"}, args...)...)
	cmd.Env = append(os.Environ(), append([]string{"BAULU_HELPER_MAIN=1", "DISPLAY=", "WAYLAND_DISPLAY=", passphraseEnv + "="}, env...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := runResult{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.killed = true
		}
	case err != nil:
		t.Fatal(err)
	}
	return r
}

// roQuery runs one query read-only (never migrating or writing) and gives
// its single value as text.
func roQuery(t *testing.T, db, q string) string {
	t.Helper()
	s, err := sql.Open("sqlite", "file:"+filepath.ToSlash(db)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v sql.NullString
	if err := s.QueryRow(q).Scan(&v); err != nil {
		return "unreadable: " + err.Error()
	}
	return v.String
}
