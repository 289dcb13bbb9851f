package data_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
)

// listDir is the sorted names in dir.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// Item 2 of issue 13: a path with '#', '?', '%', spaces and Cyrillic opens
// the file of that name and no other; backups and the check find it too.
func TestOpenPathWithURICharacters(t *testing.T) {
	names := []string{"Baulu #2", "what?now", "100% 20", "Әсел Құрманова", "a%23b", "x?mode=ro"}
	if runtime.GOOS == "windows" {
		names = []string{"Baulu #2", "100% 20", "Әсел Құрманова", "a%23b"}
	}
	for _, name := range names {
		parent := t.TempDir()
		db := filepath.Join(parent, name, "baulu #1.db")
		s, err := data.Open(ctx, db, data.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := s.SetLanguage(ctx, "ru"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AutoBackup(ctx, "", data.Retention{}); err != nil {
			t.Fatalf("%s: backup: %v", name, err)
		}
		s.Close()
		if got := listDir(t, parent); len(got) != 1 || got[0] != name {
			t.Fatalf("%s: the parent folder holds %q", name, got)
		}
		if err := data.CheckFile(db); err != nil {
			t.Fatalf("%s: check: %v", name, err)
		}
		s, err = data.Open(ctx, db, data.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if st, err := s.Settings(ctx); err != nil || st.Language != "ru" {
			t.Errorf("%s: reopened, the language is %q (%v)", name, st.Language, err)
		}
		s.Close()
		if b, err := data.NewestGoodBackupFor(db); err != nil || !strings.HasPrefix(b.Path, data.BackupDir(db)) {
			t.Errorf("%s: backup %+v %v", name, b, err)
		}
	}
}

// Items 3 and 8: a file that exists is never initialised. An empty one is
// damage (CheckFile and Open say so, matching ErrCorrupt), a foreign SQLite
// file is not a Baulu database; neither gets a single byte written.
func TestOpenNeverInitialisesAnExistingFile(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	foreign := filepath.Join(dir, "foreign.db")
	withDB(t, foreign, `CREATE TABLE notes(x)`)
	blank := filepath.Join(dir, "blank.db") // a valid SQLite file with no table
	withDB(t, blank, `PRAGMA user_version = 7`)
	cases := []struct {
		path string
		want error
	}{
		{empty, data.ErrEmptyFile},
		{foreign, data.ErrNotDatabase},
		{blank, data.ErrNotDatabase},
	}
	for _, tc := range cases {
		before, _ := os.ReadFile(tc.path)
		err := data.CheckFile(tc.path)
		if !errors.Is(err, tc.want) {
			t.Errorf("CheckFile(%s): %v, want %v", filepath.Base(tc.path), err, tc.want)
		}
		_, err = data.Open(ctx, tc.path, data.Options{BeforeMigrate: data.BackupBeforeMigrate("")})
		var pe *fs.PathError
		if !errors.Is(err, tc.want) || !errors.As(err, &pe) || pe.Path != tc.path {
			t.Errorf("Open(%s): %v, want %v naming the file", filepath.Base(tc.path), err, tc.want)
		}
		after, _ := os.ReadFile(tc.path)
		if string(before) != string(after) {
			t.Errorf("%s was written to", filepath.Base(tc.path))
		}
	}
	if !errors.Is(data.CheckFile(empty), data.ErrCorrupt) {
		t.Error("an empty database is not reported as damaged")
	}
	for _, n := range listDir(t, dir) {
		if strings.HasSuffix(n, "-wal") || strings.HasSuffix(n, "-shm") || n == "backups" {
			t.Errorf("left %s", n)
		}
	}
}

// A new database is built under a temporary name and renamed complete, so
// the folder holds nothing else afterwards; it is 0600 in a 0700 folder.
func TestNewDatabaseIsCompleteOrAbsentAndPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Baulu")
	db := filepath.Join(dir, "baulu.db")
	s, err := data.Open(ctx, db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(ctx, "", data.Retention{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := listDir(t, dir); strings.Join(got, " ") != "backups baulu.db" {
		t.Errorf("folder holds %q", got)
	}
	if runtime.GOOS == "windows" {
		return
	}
	backups, _ := data.ListBackups(data.BackupDir(db))
	for path, want := range map[string]os.FileMode{dir: 0o700, db: 0o600, data.BackupDir(db): 0o700, backups[0].Path: 0o600} {
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v (%v)", path, fi.Mode().Perm(), want, err)
		}
	}
}

// Item 12: a database and backups folder made 0644/0755 by an earlier
// version are tightened when opened and backed up.
func TestOldPermissionsAreTightened(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix modes")
	}
	s := datatest.New(t)
	path := s.Path()
	s.Close()
	os.Chmod(path, 0o644)
	os.MkdirAll(data.BackupDir(path), 0o755)
	os.Chmod(data.BackupDir(path), 0o755)
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AutoBackup(ctx, "", data.Retention{}); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]os.FileMode{path: 0o600, data.BackupDir(path): 0o700} {
		if fi, _ := os.Stat(p); fi.Mode().Perm() != want {
			t.Errorf("%s: %v, want %v", p, fi.Mode().Perm(), want)
		}
	}
}

// Item 7: a damaged database is not backed up — the error says so — and
// no file is left in the backups folder.
func TestBackupOfADamagedDatabaseFailsAndKeepsNothing(t *testing.T) {
	s := scoredFixture(t)
	path := closedCopy(t, s)
	p, size := pageOf(t, path, "assessment", "leaf")
	overwrite(t, path, (p-1)*size+size/2, 200)
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.AutoBackup(ctx, "", data.Retention{})
	if !errors.Is(err, data.ErrBackupOfDamaged) || !errors.Is(err, data.ErrCorrupt) {
		t.Fatalf("backup of a damaged database: %v", err)
	}
	if msg := data.ExplainReliability(err, "kk"); !strings.Contains(msg, "резервтік көшірме жасалмады") {
		t.Errorf("message %q", msg)
	}
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := s.BackupTo(ctx, out); !errors.Is(err, data.ErrBackupOfDamaged) {
		t.Fatalf("BackupTo: %v", err)
	}
	if list, _ := data.ListBackups(data.BackupDir(path)); len(list) != 0 {
		t.Errorf("kept %v", list)
	}
	if names := listDir(t, filepath.Dir(out)); len(names) != 0 {
		t.Errorf("left %v", names)
	}
}

// Item 1: outputs are never the database, its working files, lock or
// backups folder, also through another name (a link).
func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "baulu.db")
	s, err := data.Open(ctx, db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.AutoBackup(ctx, "", data.Retention{})
	s.Close()
	hard := filepath.Join(t.TempDir(), "same.db")
	if err := os.Link(db, hard); err != nil {
		hard = ""
	}
	sym := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(db, sym); err != nil {
		sym = ""
	}
	cases := []struct {
		out, reason string
	}{
		{db, "is_database"},
		{filepath.Join(dir, ".", "baulu.db"), "is_database"},
		{db + "-wal", "is_database"},
		{db + "-shm", "is_database"},
		{db + "-journal", "is_database"},
		{db + ".lock", "is_database"},
		{hard, "is_database"},
		{sym, "is_database"},
		{data.BackupDir(db), "in_backups"},
		{filepath.Join(data.BackupDir(db), "report.pdf"), "in_backups"},
		{dir, "is_folder"},
		{filepath.Join(dir, "report.pdf"), ""},
		{filepath.Join(dir, "baulu.db.pdf"), ""},
	}
	for _, tc := range cases {
		if tc.out == "" {
			continue
		}
		err := data.CheckOutput(db, tc.out)
		var oe *data.OutputError
		if tc.reason == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.out, err)
			}
			continue
		}
		if !errors.As(err, &oe) || oe.Reason != tc.reason || oe.Path != tc.out {
			t.Errorf("%s: %v, want %s", tc.out, err, tc.reason)
		}
	}
	if err := data.CheckOutputFolder(db, data.BackupDir(db)); err == nil {
		t.Error("screenshots into the backups folder accepted")
	}
	if err := data.CheckOutputFolder(db, filepath.Join(dir, "screens")); err != nil {
		t.Error(err)
	}
}

// Restore leaves nothing of its own behind but the kept database, and the
// restored file is Baulu's database again (no backup marker), 0600.
func TestRestoreLeavesOnlyTheKeptDatabase(t *testing.T) {
	s := scoredFixture(t)
	backup, err := s.AutoBackup(ctx, "", data.Retention{})
	if err != nil {
		t.Fatal(err)
	}
	path := closedCopy(t, s)
	kept, err := data.Restore(path, backup)
	if err != nil {
		t.Fatal(err)
	}
	names := listDir(t, filepath.Dir(path))
	want := []string{"backups", "baulu.db", filepath.Base(kept)}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("folder holds %q, want %q", names, want)
	}
	s2, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var n int
	s2.DB().QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'baulu_backup'`).Scan(&n)
	if n != 0 {
		t.Error("the restored database still carries the backup marker")
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("restored database mode %v", fi.Mode().Perm())
	}
	if l := data.Tidy(path, 0); len(l.Removed) != 0 || len(l.KeptAside) != 1 || l.KeptAside[0] != kept {
		t.Errorf("Tidy after a restore: %+v", l)
	}
}

// Tidy removes Baulu's temporary files only — by name and age — and names
// the databases kept aside.
func TestTidy(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "baulu.db")
	os.MkdirAll(data.BackupDir(db), 0o700)
	ours := []string{
		filepath.Join(dir, "baulu-123.tmp"), filepath.Join(dir, "baulu-restore-99.tmp"),
		filepath.Join(dir, ".baulu-42.tmp"), filepath.Join(data.BackupDir(db), "baulu-backup-7.tmp"),
		filepath.Join(data.BackupDir(db), "baulu-backup-7.tmp-journal"),
	}
	theirs := []string{filepath.Join(dir, "baulu-notes.tmp"), filepath.Join(dir, "report.tmp"), filepath.Join(dir, "baulu.db.before-restore-20261125-093000")}
	for _, p := range append(ours, theirs...) {
		os.WriteFile(p, []byte("x"), 0o600)
	}
	if l := data.Tidy(db, 24*time.Hour); len(l.Removed) != 0 {
		t.Fatalf("young temporary files removed: %v", l.Removed)
	}
	l := data.Tidy(db, 0)
	if len(l.Removed) != len(ours) {
		t.Errorf("removed %v, want %v", l.Removed, ours)
	}
	for _, p := range theirs {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed", p)
		}
	}
	if len(l.KeptAside) != 1 || l.KeptAside[0] != theirs[2] {
		t.Errorf("kept aside %v", l.KeptAside)
	}
}
