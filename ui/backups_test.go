package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
)

// settingsTab opens Settings on tab i.
func settingsTab(t *testing.T, u *UI, i int) *settingsScreen {
	t.Helper()
	u.shell.open("settings")
	st, ok := u.shell.current.(*settingsScreen)
	if !ok || st.tabs == nil {
		t.Fatalf("settings screen %T", u.shell.current)
	}
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
	u := newTestUI(t, s)
	st := settingsTab(t, u, settingsBackups)
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
	if !strings.Contains(u.dialogs.Message, path) {
		t.Fatalf("message %q", u.dialogs.Message)
	}
	// A folder that does not exist: one sentence naming the file.
	missing := filepath.Join(dir, "жоқ", "x.db")
	b.backupTo(missing)
	if u.dialogs.Message != "Файлды оқу немесе жазу мүмкін болмады: "+missing {
		t.Fatalf("missing folder message %q", u.dialogs.Message)
	}
	// Into the backups folder under a backup's name: listed at once.
	b.backupTo(filepath.Join(data.BackupDir(s.Path()), "baulu-20261126-080000.db"))
	if len(b.table.Rows()) != 2 {
		t.Fatalf("%d backups listed after backing up into the folder", len(b.table.Rows()))
	}
	// Restore with nothing selected says what to do.
	b.table.Unselect()
	test.Tap(b.restore)
	if u.dialogs.Message != "Алдымен тізімнен көшірмені таңдаңыз." {
		t.Fatalf("restore without a choice: %q", u.dialogs.Message)
	}
}

func TestRestoreReplacesTheDataAndKeepsTheOldFileAside(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if _, err := s.AutoBackup(ctx, "", 0); err != nil {
		t.Fatal(err)
	}
	datatest.AddGroup(t, s, 76, "Кейінгі топ", data.RoleControl) // after the backup
	dbPath := s.Path()
	u := newTestUI(t, s)
	t.Cleanup(func() { u.store.Close() })
	b := settingsTab(t, u, settingsBackups).backups
	b.table.SelectRow(0)
	test.Tap(b.restore)
	c := u.dialogs.Confirm
	if c == nil {
		t.Fatal("no confirmation before restoring")
	}
	test.Tap(c.No) // cancelled: nothing happens
	if u.store != s || len(groupNames(t, s, 76)) != 1 {
		t.Fatal("a cancelled restore changed the database")
	}
	test.Tap(b.restore)
	test.Tap(u.dialogs.Confirm.Yes)
	if u.store == s {
		t.Fatalf("store not replaced; message %q", u.dialogs.Message)
	}
	if names := groupNames(t, u.store, 76); len(names) != 0 {
		t.Fatalf("groups after restore %v", names)
	}
	aside, _ := filepath.Glob(dbPath + ".before-restore-*")
	if len(aside) != 1 {
		t.Fatalf("kept aside: %v", aside)
	}
	if !strings.Contains(u.dialogs.Message, "қалпына келтірілді") || !strings.Contains(u.dialogs.Message, aside[0]) {
		t.Fatalf("message %q", u.dialogs.Message)
	}
	// The window was rebuilt on the restored database, on Settings.
	if _, ok := u.shell.current.(*settingsScreen); !ok {
		t.Fatalf("after restore the window shows %T", u.shell.current)
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
	u := newTestUI(t, s)
	settingsTab(t, u, settingsBackups)
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("not a database ", 300)), 0o644)
	u.restoreFrom(junk, time.Now())
	test.Tap(u.dialogs.Confirm.Yes)
	if u.store != s || !strings.HasPrefix(u.dialogs.Message, "Бұл файл зақымданған немесе Baulu дерекқорының көшірмесі емес") {
		t.Fatalf("message %q", u.dialogs.Message)
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
	u := newTestUI(t, s)
	b := settingsTab(t, u, settingsBackups).backups
	test.Tap(b.check)
	if u.dialogs.Message != "Дерекқор тексерілді: ақау табылған жоқ." {
		t.Fatalf("message %q", u.dialogs.Message)
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

func TestRecoveryWindow(t *testing.T) {
	a := test.NewTempApp(t)
	t.Cleanup(func() { _ = setStartLanguage(a, "kk") })
	taken := time.Date(2026, 11, 24, 14, 5, 0, 0, time.Local)
	var chose []bool
	fail := true
	r, err := newRecovery(a, RecoveryOptions{Lang: "ru", Message: "Файл базы данных повреждён.", Backup: taken,
		Open: func(restore bool) (*data.Store, error) {
			chose = append(chose, restore)
			if fail {
				return nil, data.ErrNoBackup
			}
			return datatest.NewConfigured(t, "ULY"), nil
		}}, kit.Sync)
	if err != nil {
		t.Fatal(err)
	}
	if r.restore.Text != "Восстановить копию от 24.11.2026 14:05" || r.empty.Text != "Начать с пустой базы данных" {
		t.Fatalf("buttons %q / %q", r.restore.Text, r.empty.Text)
	}
	// A failure is said in the window, which stays.
	test.Tap(r.restore)
	if r.Main() != nil || r.errText.Text != "Исправных резервных копий пока нет." {
		t.Fatalf("after a failed restore: %q", r.errText.Text)
	}
	fail = false
	test.Tap(r.restore)
	if r.Main() == nil || len(chose) != 2 || !chose[1] {
		t.Fatalf("choices %v, main %v", chose, r.Main())
	}
	if r.Main().shell == nil {
		t.Fatal("the main window did not open on the restored database")
	}

	// Without a backup only the empty start is offered.
	r2, err := newRecovery(a, RecoveryOptions{Message: "x", Open: func(bool) (*data.Store, error) { return datatest.New(t), nil }}, kit.Sync)
	if err != nil || r2.restore != nil || r2.empty.Text != "Бос дерекқормен бастау" {
		t.Fatalf("no-backup window: %v %v", err, r2.restore)
	}
	test.Tap(r2.empty)
	if r2.Main() == nil || r2.Main().firstRun == nil {
		t.Fatal("an empty start must open on the first-run screen")
	}

	w, err := NewNotice(a, "kk", "Baulu әлдеқашан ашық", "Бұл дерекқор Baulu-дың басқа терезесінде ашық тұр.")
	if err != nil || w.Title() != "Baulu — Baulu әлдеқашан ашық" {
		t.Fatalf("notice %v %q", err, w.Title())
	}
}
