package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
)

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
