package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/reports/national"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// TestNationalReport makes the national report from the National screen
// in Russian and saves it where the user chose.
func TestNationalReport(t *testing.T) {
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY", "AST"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, s)
	u.shell.open("national")
	n, ok := u.shell.current.(*nationalScreen)
	if !ok {
		t.Fatalf("national section shows %T", u.shell.current)
	}
	if n.reportLang.Key() != "kk" || n.report.Disabled() {
		t.Fatalf("report language %q, button disabled %v", n.reportLang.Key(), n.report.Disabled())
	}
	// The button asks where to save, proposing the report's name.
	test.Tap(n.report)

	n.reportLang.SetKey("ru")
	path := filepath.Join(t.TempDir(), national.FileName("ru"))
	n.reportTo(path)
	<-n.job.Done()
	pdf, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("report file: %v", err)
	}
	if !strings.Contains(u.statusL.Text, path) || n.report.Disabled() {
		t.Errorf("status %q, button disabled %v", u.statusL.Text, n.report.Disabled())
	}
	if text := pdfToText(t, pdf); text != "" {
		for _, w := range []string{"Национальный аналитический отчёт", "Регионы: 2 из 20", "Город Астана"} {
			if !strings.Contains(text, w) {
				t.Errorf("the report lacks %q", w)
			}
		}
	}
	if i18n.T("nat.report") == "nat.report" {
		t.Error("the button's text is missing")
	}
}

// TestNationalReportCancel: Cancel in the progress dialog writes nothing.
func TestNationalReportCancel(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	u, exec := newHeldUI(t, s)
	u.shell.open("national")
	n := u.shell.current.(*nationalScreen)
	exec.hold = true
	path := filepath.Join(t.TempDir(), "n.pdf")
	n.reportTo(path)
	if !n.report.Disabled() {
		t.Error("the button stays enabled while the report is being made")
	}
	test.Tap(n.job.Stop)
	kit.Sync(exec.jobs[0])
	<-n.job.Done()
	if _, err := os.Stat(path); err == nil {
		t.Error("a cancelled report was written")
	}
	if u.statusL.Text != i18n.T("reports.cancelled") || n.report.Disabled() {
		t.Errorf("after cancel: status %q", u.statusL.Text)
	}
}
