package data_test

import (
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
)

// tickingStore is a configured database whose clock moves a minute at
// every reading, so consecutive backups get distinct names.
func tickingStore(t *testing.T) *data.Store {
	t.Helper()
	now := datatest.Today
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "baulu.db"), data.Options{Now: func() time.Time {
		now = now.Add(time.Minute)
		return now
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestAutoBackupKeepsTheLastN(t *testing.T) {
	s := tickingStore(t)
	dir := data.BackupDir(s.Path())
	if dir != filepath.Join(filepath.Dir(s.Path()), "backups") {
		t.Fatalf("backup dir %s", dir)
	}
	os.MkdirAll(dir, 0o755)
	mine := filepath.Join(dir, "my notes.txt")
	os.WriteFile(mine, []byte("x"), 0o644)
	premig := filepath.Join(dir, "baulu-20260101-090000-schema1.db")
	os.WriteFile(premig, []byte("x"), 0o644)

	var made []string
	for i := 0; i < data.KeepBackups+3; i++ {
		p, err := s.AutoBackup(ctx, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(filepath.Base(p), "baulu-2026") {
			t.Fatalf("backup name %s", p)
		}
		made = append(made, p)
	}
	list, err := data.ListBackups(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != data.KeepBackups+1 {
		t.Fatalf("%d backups listed, want %d automatic + 1 before a migration", len(list), data.KeepBackups)
	}
	for i := 0; i < data.KeepBackups; i++ {
		if want := made[len(made)-1-i]; list[i].Path != want {
			t.Errorf("list[%d] = %s, want %s (newest first)", i, list[i].Path, want)
		}
		if list[i].Size == 0 || list[i].Time.IsZero() || list[i].BeforeMigration {
			t.Errorf("list[%d] = %+v", i, list[i])
		}
	}
	if last := list[len(list)-1]; last.Path != premig || !last.BeforeMigration {
		t.Errorf("last = %+v, want the pre-migration backup", last)
	}
	for _, p := range made[:3] {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("old backup %s not pruned", p)
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("a file of the user was touched: %v", err)
	}
}

func TestBackupsInTheSameSecondGetDistinctNames(t *testing.T) {
	s := datatest.New(t) // the clock stands still
	dir := t.TempDir()
	var names []string
	for i := 0; i < 3; i++ {
		p, err := s.AutoBackup(ctx, dir, 2)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(p))
	}
	list, _ := data.ListBackups(dir)
	if len(list) != 2 || filepath.Base(list[0].Path) != names[2] || filepath.Base(list[1].Path) != names[1] {
		t.Fatalf("made %v, listed %+v", names, list)
	}
}

func TestListBackupsMissingFolder(t *testing.T) {
	list, err := data.ListBackups(filepath.Join(t.TempDir(), "none"))
	if err != nil || len(list) != 0 {
		t.Fatalf("%v, %v", list, err)
	}
	if _, err := data.NewestGoodBackup(filepath.Join(t.TempDir(), "none")); !errors.Is(err, data.ErrNoBackup) {
		t.Fatalf("NewestGoodBackup of nothing: %v", err)
	}
}

func TestBackupToReplacesOnlyWhenDone(t *testing.T) {
	s := scoredFixture(t)
	dir := t.TempDir()
	dest := filepath.Join(dir, "copy.db")
	os.WriteFile(dest, []byte("older content"), 0o644)
	if err := s.BackupTo(ctx, dest); err != nil {
		t.Fatal(err)
	}
	if v, err := data.CheckBackup(dest); err != nil || v != data.SchemaVersion() {
		t.Fatalf("backup: version %d, %v", v, err)
	}
	if err := s.BackupTo(ctx, filepath.Join(dir, "missing", "x.db")); err == nil {
		t.Error("backup into a missing folder succeeded")
	}
	es, _ := os.ReadDir(dir)
	if len(es) != 1 {
		t.Errorf("folder holds %d entries, want only copy.db", len(es))
	}
}

func TestCheckBackupRejects(t *testing.T) {
	s := scoredFixture(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if err := s.BackupTo(ctx, good); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "newer.db")
	s.BackupTo(ctx, newer)
	withDB(t, newer, `INSERT INTO schema_version VALUES (99, 'x')`)
	foreign := filepath.Join(dir, "foreign.db")
	withDB(t, foreign, `CREATE TABLE notes(x)`)
	damaged := filepath.Join(dir, "damaged.db")
	s.BackupTo(ctx, damaged)
	p, size := pageOf(t, damaged, "assessment", "leaf")
	overwrite(t, damaged, (p-1)*size+size/2, 200)
	text := filepath.Join(dir, "text.db")
	os.WriteFile(text, []byte(strings.Repeat("not a database ", 100)), 0o644)
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)

	cases := []struct {
		path string
		want error
	}{
		{good, nil},
		{newer, data.ErrTooNew},
		{foreign, data.ErrNotDatabase},
		{damaged, data.ErrCorrupt},
		{text, data.ErrCorrupt},
		{empty, data.ErrNotDatabase},
		{filepath.Join(dir, "none.db"), fs.ErrNotExist},
	}
	for _, tc := range cases {
		_, err := data.CheckBackup(tc.path)
		if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: %v, want %v", filepath.Base(tc.path), err, tc.want)
		}
	}
	var ve *data.VersionError
	if _, err := data.CheckBackup(newer); !errors.As(err, &ve) || ve.Found != 99 || ve.Max != data.SchemaVersion() {
		t.Errorf("newer: %v", err)
	}
}

// withDB runs statements on a plain SQLite file (created if missing).
func withDB(t *testing.T, path, stmt string) {
	t.Helper()
	db, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

func TestRestoreKeepsTheCurrentDatabaseAside(t *testing.T) {
	s := scoredFixture(t)
	backup := filepath.Join(t.TempDir(), "b.db")
	if err := s.BackupTo(ctx, backup); err != nil {
		t.Fatal(err)
	}
	want := count(t, s, "child")
	g := datatest.AddGroup(t, s, 77, "Кейінгі", data.RoleControl)
	datatest.AddChildren(t, s, g.ID, 5)
	path := closedCopy(t, s)

	kept, err := data.Restore(path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(kept, ".before-restore-") {
		t.Fatalf("kept aside as %q", kept)
	}
	s2, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := count(t, s2, "child"); got != want {
		t.Errorf("restored database has %d children, want %d", got, want)
	}
	s2.Close()
	old, err := data.Open(ctx, kept, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if got := count(t, old, "child"); got != want+5 {
		t.Errorf("kept-aside database has %d children, want %d", got, want+5)
	}
}

func TestRestoreRefusesABadBackupAndTouchesNothing(t *testing.T) {
	s := scoredFixture(t)
	path := closedCopy(t, s)
	before, _ := os.ReadFile(path)
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte(strings.Repeat("x", 5000)), 0o644)
	for _, b := range []string{bad, path, filepath.Join(t.TempDir(), "none.db")} {
		if kept, err := data.Restore(path, b); err == nil || kept != "" {
			t.Errorf("restore from %s: kept %q, %v", b, kept, err)
		}
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("the database changed")
	}
	es, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range es {
		if strings.Contains(e.Name(), "before-restore") {
			t.Errorf("left %s", e.Name())
		}
	}
}

func sqlOpen(path string) (*sql.DB, error) { return sql.Open("sqlite", "file:"+filepath.ToSlash(path)) }
