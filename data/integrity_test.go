package data_test

import (
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// scoredFixture is a configured database with 60 children scored on every
// indicator in every round (enough rows for several pages per table).
func scoredFixture(t *testing.T) *data.Store {
	t.Helper()
	s := datatest.NewConfigured(t, "ULY")
	inds, _ := s.Indicators(ctx, false)
	rounds, _ := s.Rounds(ctx)
	var scores []data.Score
	for _, role := range []string{data.RoleExperimental, data.RoleControl} {
		g := datatest.AddGroup(t, s, 76, "Топ "+role, role)
		for i, c := range datatest.AddChildren(t, s, g.ID, 30) {
			for _, r := range rounds {
				for _, in := range inds {
					scores = append(scores, data.Score{ChildID: c.ID, RoundID: r.ID, IndicatorID: in.ID, Value: 1 + (i+int(in.ID))%3})
				}
			}
		}
	}
	if err := s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	return s
}

// pageOf finds a page of a table by its role in the b-tree (dbstat).
func pageOf(t *testing.T, path, table, pagetype string) (pageno, pageSize int64) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow(`PRAGMA page_size`).Scan(&pageSize); err != nil {
		t.Fatal(err)
	}
	err = db.QueryRow(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno LIMIT 1 OFFSET 1`, table, pagetype).Scan(&pageno)
	if err != nil {
		t.Fatalf("no %s page of %s: %v", pagetype, table, err)
	}
	return pageno, pageSize
}

// overwrite writes n bytes of garbage at off.
func overwrite(t *testing.T, path string, off int64, n int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := make([]byte, n)
	for i := range junk {
		junk[i] = byte(i*131 + 7)
	}
	if _, err := f.WriteAt(junk, off); err != nil {
		t.Fatal(err)
	}
}

// closedCopy closes s and returns the path of its (checkpointed) file.
func closedCopy(t *testing.T, s *data.Store) string {
	t.Helper()
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCheckFileFindsOverwrittenPages(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(t *testing.T, path string)
	}{
		{"garbage in the middle of an assessment leaf page", func(t *testing.T, path string) {
			p, size := pageOf(t, path, "assessment", "leaf")
			overwrite(t, path, (p-1)*size+size/2, 200)
		}},
		{"garbage over a child leaf page's header", func(t *testing.T, path string) {
			p, size := pageOf(t, path, "child", "leaf")
			overwrite(t, path, (p-1)*size, 64)
		}},
		{"garbage in the middle of an index page", func(t *testing.T, path string) {
			p, size := pageOf(t, path, "assessment_round_idx", "leaf")
			overwrite(t, path, (p-1)*size+size/2, 200)
		}},
		{"file header overwritten", func(t *testing.T, path string) { overwrite(t, path, 0, 100) }},
		{"file cut in half", func(t *testing.T, path string) {
			fi, _ := os.Stat(path)
			if err := os.Truncate(path, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := closedCopy(t, scoredFixture(t))
			if err := data.CheckFile(path); err != nil {
				t.Fatalf("sound file: %v", err)
			}
			tc.spoil(t, path)
			err := data.CheckFile(path)
			if !errors.Is(err, data.ErrCorrupt) {
				t.Fatalf("CheckFile = %v, want ErrCorrupt", err)
			}
			t.Logf("detected: %v", err)
		})
	}
}

func TestCheckFileMissingIsNotDamage(t *testing.T) {
	err := data.CheckFile(filepath.Join(t.TempDir(), "none.db"))
	if !errors.Is(err, fs.ErrNotExist) || errors.Is(err, data.ErrCorrupt) {
		t.Fatalf("missing file: %v, want ErrNotExist", err)
	}
}

func TestStoreCheck(t *testing.T) {
	s := scoredFixture(t)
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("sound database: %+v, %v", rep, err)
	}
	// A broken reference that foreign_keys(1) would have refused: written
	// with the enforcement switched off, as an old tool might have done.
	if _, err := s.DB().ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO child(group_id, code, created_at, updated_at) VALUES (9999, 'ORPHAN', 'x', 'x')`); err != nil {
		t.Fatal(err)
	}
	s.DB().ExecContext(ctx, `PRAGMA foreign_keys = ON`)
	rep, err = s.Check(ctx)
	if !errors.Is(err, data.ErrCorrupt) || len(rep.ForeignKeys) != 1 || !strings.Contains(rep.ForeignKeys[0], "child") {
		t.Fatalf("orphan child: %+v, %v", rep, err)
	}
}

func TestMoveAsideNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "baulu.db")
	var moved []string
	for i := 0; i < 3; i++ {
		for _, name := range []string{db, db + "-wal", db + "-shm"} {
			os.WriteFile(name, []byte(name+string(rune('0'+i))), 0o644)
		}
		p, err := data.MoveAside(db)
		if err != nil {
			t.Fatal(err)
		}
		moved = append(moved, p)
		for _, sc := range []string{"", "-wal", "-shm"} {
			b, err := os.ReadFile(p + sc)
			if err != nil || string(b) != db+sc+string(rune('0'+i)) {
				t.Errorf("round %d: %s holds %q (%v)", i, p+sc, b, err)
			}
			if _, err := os.Stat(db + sc); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("round %d: %s still there", i, db+sc)
			}
		}
	}
	if moved[0] == moved[1] || moved[1] == moved[2] || !strings.Contains(moved[0], ".damaged-") {
		t.Errorf("names %v", moved)
	}
	if _, err := data.MoveAside(db); err == nil {
		t.Error("moving a missing file succeeded")
	}
}

// The whole start-up story: a database is damaged, the check finds it, it
// is moved aside, the newest good backup (a newer damaged one is skipped)
// is restored and opens with the data of the backup.
func TestDamagedDatabaseIsRestoredFromNewestGoodBackup(t *testing.T) {
	s := scoredFixture(t)
	dir := data.BackupDir(s.Path())
	good, err := s.AutoBackup(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := count(t, s, "assessment")
	bad, err := s.AutoBackup(ctx, "", 0) // same second: named -2, newer
	if err != nil {
		t.Fatal(err)
	}
	path := closedCopy(t, s)
	p, size := pageOf(t, bad, "assessment", "leaf")
	overwrite(t, bad, (p-1)*size+size/2, 200)
	p, size = pageOf(t, path, "assessment", "leaf")
	overwrite(t, path, (p-1)*size+size/2, 200)

	if err := data.CheckFile(path); !errors.Is(err, data.ErrCorrupt) {
		t.Fatalf("damaged database passed: %v", err)
	}
	aside, err := data.MoveAside(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := data.NewestGoodBackup(dir)
	if err != nil {
		t.Fatal(err)
	}
	if b.Path != good {
		t.Fatalf("newest good backup %s, want %s (skipping the damaged %s)", b.Path, good, bad)
	}
	kept, err := data.Restore(path, b.Path)
	if err != nil || kept != "" {
		t.Fatalf("restore: kept %q, %v", kept, err)
	}
	s2, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if rep, err := s2.Check(ctx); err != nil {
		t.Fatalf("restored database: %+v %v", rep, err)
	}
	if got := count(t, s2, "assessment"); got != want {
		t.Errorf("restored %d scores, want %d", got, want)
	}
	if _, err := os.Stat(aside); err != nil {
		t.Errorf("damaged file not kept: %v", err)
	}
}
