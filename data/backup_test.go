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

// AutoBackup prunes to a spread over days, not the last starts (the rule
// itself: TestRetentionKeepsASpread), and never touches a backup before a
// migration, a file of the user or a backup-named file without Baulu's
// marker.
func TestAutoBackupPrunesOnlyItsOwn(t *testing.T) {
	start := time.Date(2026, 9, 1, 8, 0, 0, 0, time.Local)
	now := start
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "baulu.db"), data.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dir := data.BackupDir(s.Path())
	if dir != filepath.Join(filepath.Dir(s.Path()), "backups") {
		t.Fatalf("backup dir %s", dir)
	}
	os.MkdirAll(dir, 0o700)
	mine := filepath.Join(dir, "my notes.txt")
	os.WriteFile(mine, []byte("x"), 0o644)
	premig := filepath.Join(dir, "baulu-20260101-090000-schema1.db")
	os.WriteFile(premig, []byte("x"), 0o644)
	unmarked := filepath.Join(dir, "baulu-20260102-090000.db") // looks like one, is not Baulu's
	os.WriteFile(unmarked, []byte("x"), 0o644)

	r := data.Retention{Last: 1, Daily: 2}
	var made []string
	for day := 0; day < 3; day++ {
		for _, hour := range []int{8, 17} {
			now = start.AddDate(0, 0, day).Add(time.Duration(hour-8) * time.Hour)
			p, err := s.AutoBackup(ctx, "", r)
			if err != nil {
				t.Fatal(err)
			}
			made = append(made, p)
		}
	}
	// Kept: the newest (day 3, 17:00, also day 3's), and day 2's newest.
	for i, p := range made {
		_, err := os.Stat(p)
		if want := i == 5 || i == 3; (err == nil) != want {
			t.Errorf("backup %d (%s): kept %v, want %v", i, filepath.Base(p), err == nil, want)
		}
	}
	for _, p := range []string{premig, unmarked, mine} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was deleted", filepath.Base(p))
		}
	}
}

// The newest good backup is never pruned, whatever the retention says, and
// pruning never deletes through a backups folder that is a symbolic link.
func TestPruningKeepsTheNewestGoodAndNeverFollowsALink(t *testing.T) {
	s := datatest.New(t)
	dir := t.TempDir()
	first, err := s.AutoBackup(ctx, dir, data.Retention{Last: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(ctx, dir, data.Retention{Last: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(first); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Last: 1 kept the older backup: %v", err)
	}

	real := t.TempDir()
	link := filepath.Join(t.TempDir(), "backups")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	var paths []string
	for i := 0; i < 3; i++ {
		p, err := s.AutoBackup(ctx, link, data.Retention{Last: 1})
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s deleted through a symbolic link", p)
		}
	}
}

// A backup of another database sharing the backups folder (demo.db beside
// baulu.db) is never pruned by this one's retention.
func TestPruningLeavesOtherDatabasesBackups(t *testing.T) {
	dir := t.TempDir()
	other, err := data.Open(ctx, filepath.Join(dir, "demo.db"), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := other.AutoBackup(ctx, "", data.Retention{})
	other.Close()
	if err != nil {
		t.Fatal(err)
	}
	now := datatest.Today
	s, err := data.Open(ctx, filepath.Join(dir, "baulu.db"), data.Options{Now: func() time.Time { now = now.Add(time.Hour); return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 3; i++ {
		if _, err := s.AutoBackup(ctx, "", data.Retention{Last: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(theirs); err != nil {
		t.Fatalf("demo.db's backup was pruned: %v", err)
	}
	if b, err := data.NewestGoodBackupFor(filepath.Join(dir, "demo.db")); err != nil || b.Path != theirs {
		t.Fatalf("newest good backup of demo.db: %+v %v", b, err)
	}
}

func TestBackupsInTheSameSecondGetDistinctNames(t *testing.T) {
	s := datatest.New(t) // the clock stands still
	dir := t.TempDir()
	var names []string
	for i := 0; i < 3; i++ {
		p, err := s.AutoBackup(ctx, dir, data.Retention{Last: 2})
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
		{empty, data.ErrEmptyFile},
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
