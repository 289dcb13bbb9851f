package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baulu/data"
)

func TestStartOfAFreshDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "Baulu", "baulu.db")
	p, err := planStart(db)
	if err != nil {
		t.Fatal(err)
	}
	defer p.close()
	if !p.fresh || p.damaged != "" || p.locked != nil || p.lang != "kk" || p.message() != "" {
		t.Fatalf("plan %+v", p)
	}
	s, err := p.open(false)
	if err != nil {
		t.Fatal(err)
	}
	p.autoBackup(s)
	s.Close()
	if list, _ := data.ListBackups(data.BackupDir(db)); len(list) != 0 {
		t.Fatalf("an empty new database was backed up: %v", list)
	}
}

func TestStartOfASoundDatabaseBacksItUp(t *testing.T) {
	db := demoDB(t, "ULY")
	for i := 1; i <= 2; i++ {
		p, err := planStart(db)
		if err != nil {
			t.Fatal(err)
		}
		if p.fresh || p.damaged != "" || p.locked != nil {
			t.Fatalf("plan %+v", p)
		}
		s, err := p.open(false)
		if err != nil {
			t.Fatal(err)
		}
		p.autoBackup(s)
		s.Close()
		p.close()
		if list, _ := data.ListBackups(data.BackupDir(db)); len(list) != i {
			t.Fatalf("start %d: %d backups", i, len(list))
		}
	}
}

func TestStartOfADamagedDatabase(t *testing.T) {
	db := demoDB(t, "ULY")
	ctx := context.Background()
	s, err := data.Open(ctx, db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.SetLanguage(ctx, "ru")
	good, err := s.AutoBackup(ctx, "", data.Retention{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	addGroup(t, db, "Кейінгі топ")
	// A newer backup that is itself damaged must not be offered.
	bad := filepath.Join(data.BackupDir(db), "baulu-20991231-235959.db")
	b, _ := os.ReadFile(good)
	os.WriteFile(bad, b, 0o644)
	overwrite(t, bad, 0, 100)
	original, _ := os.ReadFile(db)
	overwrite(t, db, 0, 100)

	p, err := planStart(db)
	if err != nil {
		t.Fatal(err)
	}
	defer p.close()
	if p.damaged == "" || p.backup == nil || p.backup.Path != good {
		t.Fatalf("plan %+v (backup %+v)", p, p.backup)
	}
	// Moved aside, byte for byte, never overwritten; nothing at the old name.
	moved, err := os.ReadFile(p.damaged)
	if err != nil || len(moved) != len(original) || !strings.HasPrefix(filepath.Base(p.damaged), "baulu.db.damaged-") {
		t.Fatalf("damaged file kept as %s: %v", p.damaged, err)
	}
	if _, err := os.Stat(db); err == nil {
		t.Fatal("the damaged file is still in place")
	}
	// The language could not be read from the damaged file: Kazakh.
	if msg := p.message(); !strings.HasPrefix(msg, "Дерекқор файлы зақымданған, ол "+p.damaged) || !strings.Contains(msg, p.backup.Time.Format("02.01.2006 15:04")) {
		t.Fatalf("message %q", msg)
	}

	// Restoring the offered backup gives the data as it was then, and adds
	// no automatic backup (the restored file is one).
	s, err = p.open(true)
	if err != nil {
		t.Fatal(err)
	}
	p.autoBackup(s)
	st, _ := s.Settings(ctx)
	s.Close()
	if list, _ := data.ListBackups(data.BackupDir(db)); len(list) != 2 {
		t.Fatalf("backups after a restore: %+v", list)
	}
	if st.RegionCode != "ULY" || st.Language != "ru" {
		t.Fatalf("restored settings %+v", st)
	}
	if hasGroup(t, db, "Кейінгі топ") {
		t.Fatal("the restored database has the group added after the backup")
	}
}

func TestStartOfADamagedDatabaseWithoutBackup(t *testing.T) {
	db := demoDB(t, "ULY")
	overwrite(t, db, 0, 100)
	p, err := planStart(db)
	if err != nil {
		t.Fatal(err)
	}
	defer p.close()
	if p.damaged == "" || p.backup != nil {
		t.Fatalf("plan %+v", p)
	}
	if !strings.Contains(p.message(), "жарамды резервтік көшірме табылмады") {
		t.Fatalf("message %q", p.message())
	}
	if _, err := p.open(true); err == nil {
		t.Fatal("restored a backup that does not exist")
	}
	s, err := p.open(false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, _ := s.Settings(context.Background()); st.Configured() {
		t.Fatal("the new database is not empty")
	}
}

func TestStartWhileLockedInThisProcess(t *testing.T) {
	db := demoDB(t, "ULY")
	release, err := data.Lock(db, data.HolderWindow)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	p, err := planStart(db)
	if err != nil || p.locked == nil || p.release != nil {
		t.Fatalf("plan %+v %v", p, err)
	}
	if !strings.Contains(p.message(), "(процесс "+strconv.Itoa(os.Getpid())) {
		t.Fatalf("message %q", p.message())
	}
}

// planStart is the start without a window, for the tests: it takes the
// lock and waits for PRAGMA quick_check on the closed file. A damaged
// database is moved aside, never overwritten, and the newest good backup in
// the backups folder is looked up.
func planStart(db string) (*startPlan, error) {
	p, err := beginStart(db)
	if err != nil || p.locked != nil {
		return p, err
	}
	if err := p.settle(); err != nil {
		p.close()
		return nil, err
	}
	return p, nil
}
