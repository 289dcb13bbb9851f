package settings

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// settingsTab opens Settings on tab i.
func settingsTab(t *testing.T, h *kittest.Host, i int) *settingsScreen {
	t.Helper()
	st := newSettingsScreen(h)
	h.Show(st.Content())
	st.tabs.SelectIndex(i)
	return st
}

func groupNames(t *testing.T, s *data.Store, kg int) []string {
	t.Helper()
	gs, err := s.Groups(ctx, kg)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, g := range gs {
		out = append(out, g.Name)
	}
	return out
}

func TestBackupsTabListsAndBacksUpNow(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	auto, err := s.AutoBackup(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	st := settingsTab(t, h, settingsBackups)
	b := st.backups
	if len(b.table.Shown()) != 1 || b.table.Shown()[0].Path != auto {
		t.Fatalf("listed %+v", b.table.Shown())
	}
	row := b.table.Shown()[0]
	want := datatest.Today.Local().Format("02.01.2006 15:04")
	if got := b.table.Column(0).Text(row); got != want {
		t.Errorf("date %q, want %q", got, want)
	}
	if got := b.table.Column(1).Text(row); !strings.HasSuffix(got, " КБ") {
		t.Errorf("size %q", got)
	}
	if got := b.table.Column(2).Text(row); got != "Іске қосылғандағы" {
		t.Errorf("kind %q", got)
	}

	// Back up now to a chosen file, named without its extension.
	dir := t.TempDir()
	b.backupTo(filepath.Join(dir, "көшірме"))
	path := filepath.Join(dir, "көшірме.db")
	if _, err := data.CheckBackup(path); err != nil {
		t.Fatalf("backup not written: %v", err)
	}
	if !strings.Contains(h.Dialogs().Message, path) {
		t.Fatalf("message %q", h.Dialogs().Message)
	}
	// A folder that does not exist: one sentence naming the file.
	missing := filepath.Join(dir, "жоқ", "x.db")
	b.backupTo(missing)
	if h.Dialogs().Message != "Файлды оқу немесе жазу мүмкін болмады: "+missing {
		t.Fatalf("missing folder message %q", h.Dialogs().Message)
	}
	// Into the backups folder under a backup's name: listed at once.
	b.backupTo(filepath.Join(data.BackupDir(s.Path()), "baulu-20261126-080000.db"))
	if len(b.table.Rows()) != 2 {
		t.Fatalf("%d backups listed after backing up into the folder", len(b.table.Rows()))
	}
	// Restore with nothing selected says what to do.
	b.table.Unselect()
	test.Tap(b.restore)
	if h.Dialogs().Message != "Алдымен тізімнен көшірмені таңдаңыз." {
		t.Fatalf("restore without a choice: %q", h.Dialogs().Message)
	}
}

func TestRestoreReplacesTheDataAndKeepsTheOldFileAside(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if _, err := s.AutoBackup(ctx, "", 0); err != nil {
		t.Fatal(err)
	}
	datatest.AddGroup(t, s, 76, "Кейінгі топ", data.RoleControl) // after the backup
	dbPath := s.Path()
	h := kittest.New(t, s)
	t.Cleanup(func() { h.Store().Close() })
	b := settingsTab(t, h, settingsBackups).backups
	b.table.SelectRow(0)
	test.Tap(b.restore)
	c := h.Dialogs().Confirm
	if c == nil {
		t.Fatal("no confirmation before restoring")
	}
	test.Tap(c.No) // cancelled: nothing happens
	if h.Store() != s || len(groupNames(t, s, 76)) != 1 {
		t.Fatal("a cancelled restore changed the database")
	}
	test.Tap(b.restore)
	test.Tap(h.Dialogs().Confirm.Yes)
	if h.Store() == s {
		t.Fatalf("store not replaced; message %q", h.Dialogs().Message)
	}
	if names := groupNames(t, h.Store(), 76); len(names) != 0 {
		t.Fatalf("groups after restore %v", names)
	}
	aside, _ := filepath.Glob(dbPath + ".before-restore-*")
	if len(aside) != 1 {
		t.Fatalf("kept aside: %v", aside)
	}
	if !strings.Contains(h.Dialogs().Message, "қалпына келтірілді") || !strings.Contains(h.Dialogs().Message, aside[0]) {
		t.Fatalf("message %q", h.Dialogs().Message)
	}
	// The window was given the restored database (and rebuilds on it).
	if len(h.Replaced) != 1 || h.Replaced[0] != h.Store() {
		t.Fatalf("the window was given %v", h.Replaced)
	}
	kept, err := data.Open(ctx, aside[0], data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer kept.Close()
	if names := groupNames(t, kept, 76); len(names) != 1 || names[0] != "Кейінгі топ" {
		t.Fatalf("the file kept aside holds %v", names)
	}
}

func TestRestoreOfAFileThatIsNoBackupChangesNothing(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	datatest.AddGroup(t, s, 76, "Балапан", data.RoleControl)
	h := kittest.New(t, s)
	settingsTab(t, h, settingsBackups)
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("not a database ", 300)), 0o644)
	restoreFrom(h, junk, time.Now())
	test.Tap(h.Dialogs().Confirm.Yes)
	if h.Store() != s || !strings.HasPrefix(h.Dialogs().Message, "Бұл файл зақымданған немесе Baulu дерекқорының көшірмесі емес") {
		t.Fatalf("message %q", h.Dialogs().Message)
	}
	if names := groupNames(t, s, 76); len(names) != 1 {
		t.Fatalf("groups %v", names)
	}
	if aside, _ := filepath.Glob(s.Path() + ".before-restore-*"); len(aside) != 0 {
		t.Fatalf("a refused restore moved the database: %v", aside)
	}
}

func TestCheckTheDatabase(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	b := settingsTab(t, h, settingsBackups).backups
	test.Tap(b.check)
	if h.Dialogs().Message != "Дерекқор тексерілді: ақау табылған жоқ." {
		t.Fatalf("message %q", h.Dialogs().Message)
	}
}

func TestSizeText(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{{0, "0 КБ"}, {1536, "2 КБ"}, {1024 * 1024, "1,0 МБ"}, {5*1024*1024 + 300*1024, "5,3 МБ"}} {
		if got := sizeText(c.n); got != c.want {
			t.Errorf("sizeText(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
