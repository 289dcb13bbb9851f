package ui

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/reports/regional"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// In every test of the package, background work runs at once on the
// test's goroutine: Fyne's test driver runs fyne.Do on the calling
// goroutine, so a second goroutine would race with the test's widgets.

// demoUI opens the reports screen on one demo region.
func demoUI(t *testing.T) (*UI, *reportsScreen, *data.Store, *testExec) {
	t.Helper()
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	u, exec := newHeldUI(t, s)
	u.shell.open("reports")
	rs, ok := u.shell.current.(*reportsScreen)
	if !ok {
		t.Fatalf("reports section shows %T", u.shell.current)
	}
	return u, rs, s, exec
}

func pdfToText(t *testing.T, pdf []byte) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return ""
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	os.WriteFile(path, pdf, 0o644)
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReportsGenerateAndSave(t *testing.T) {
	u, rs, s, _ := demoUI(t)
	// Opened on 25.11.2026: the final report, drafted conclusions in Kazakh.
	if rs.kind.Key() != "regional" || rs.lang.Key() != "kk" {
		t.Fatalf("defaults %s %s", rs.kind.Key(), rs.lang.Key())
	}
	want, err := regional.Conclusions(ctx, s, rs.options())
	if err != nil {
		t.Fatal(err)
	}
	if rs.concl.Text != strings.Join(want, "\n") || rs.edited {
		t.Fatalf("conclusions not drafted: %q", rs.concl.Text)
	}

	// Another report and language draft them again…
	rs.kind.SetKey("q3")
	rs.lang.SetKey("ru")
	if !strings.Contains(rs.concl.Text, "Рекомендации:") {
		t.Fatalf("Russian conclusions: %q", rs.concl.Text)
	}
	// …but not once the user has written their own.
	rs.concl.SetText("Работа в третьем квартале выполнена по плану.\n– продолжить мониторинг;")
	rs.kind.SetKey("q4")
	if !strings.HasPrefix(rs.concl.Text, "Работа в третьем квартале") {
		t.Fatal("the edited conclusions were replaced")
	}

	rs.signName.SetText("Тестова Айгүл Серікқызы")
	rs.signPos.SetText("Директор методического центра")
	test.Tap(rs.generate)
	<-rs.job.Done()
	if !bytes.HasPrefix(rs.pdf, []byte("%PDF-")) || rs.save.Disabled() || rs.open.Disabled() {
		t.Fatalf("no report: %q", rs.info.Text)
	}
	if rs.info.Text != i18n.T("reports.ready") {
		t.Errorf("info %q", rs.info.Text)
	}
	if text := pdfToText(t, rs.pdf); text != "" {
		for _, w := range []string{"Тестова Айгүл Серікқызы", "Работа в третьем квартале выполнена по плану.", "IV квартал 2026 года"} {
			if !strings.Contains(text, w) {
				t.Errorf("the report lacks %q", w)
			}
		}
	}
	if rs.pdfName != "Ұлытау-отчёт-4-квартал-2026.pdf" {
		t.Errorf("proposed name %q", rs.pdfName)
	}
	path := filepath.Join(t.TempDir(), rs.pdfName)
	rs.saveTo(path)
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, rs.pdf) {
		t.Fatalf("saved file: %v", err)
	}
	if !strings.Contains(u.statusL.Text, path) {
		t.Errorf("status %q", u.statusL.Text)
	}
	// Other options drop the report made for the old ones.
	rs.lang.SetKey("kk")
	if rs.pdf != nil || !rs.save.Disabled() {
		t.Error("the old report is still offered")
	}
}

func TestReportsCancel(t *testing.T) {
	_, rs, _, exec := demoUI(t)
	// The work waits until Cancel is pressed in the progress dialog.
	exec.hold = true
	test.Tap(rs.generate)
	if !rs.generate.Disabled() {
		t.Error("Generate stays enabled while the report is being made")
	}
	test.Tap(rs.job.Stop)
	kit.Sync(exec.jobs[0])
	<-rs.job.Done()
	if rs.pdf != nil || rs.info.Text != i18n.T("reports.cancelled") || rs.generate.Disabled() {
		t.Fatalf("after cancel: pdf %d bytes, info %q", len(rs.pdf), rs.info.Text)
	}
}

func TestReportsExcelExport(t *testing.T) {
	_, rs, _, _ := demoUI(t)
	path := filepath.Join(t.TempDir(), "x.xlsx")
	rs.exportTo(path)
	<-rs.job.Done()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n := len(f.GetSheetList()); n != 16 {
		t.Errorf("%d sheets", n)
	}
}

func TestHandoutEditAndSave(t *testing.T) {
	u, rs, s, _ := demoUI(t)
	h := rs.handout
	o, ok := h.options()
	if !ok || o.Lang == "" {
		t.Fatalf("no group or direction proposed: %+v", o)
	}
	dir := h.direction(o.Direction)

	test.Tap(h.edit)
	fd := u.dialogs.Form
	if fd.Form.Entry("practised").Text == "" {
		t.Fatal("the default text is not shown")
	}
	fd.Form.Entry("practised").SetText("  \n – ")
	test.Tap(fd.Save)
	if !fd.ErrText.Visible() || !strings.Contains(fd.ErrText.Text, i18n.T("field.practised")) {
		t.Fatalf("empty list: %q", fd.ErrText.Text)
	}
	if got, _ := s.HandoutText(ctx, dir.ID, o.Lang); !got.Default {
		t.Fatal("bad input was written")
	}
	fd.Form.Entry("practised").SetText("Резали овощи.\nМыли руки.")
	test.Tap(fd.Save)
	if got, _ := s.HandoutText(ctx, dir.ID, o.Lang); got.Default || got.Practised != "Резали овощи.\nМыли руки." {
		t.Fatalf("saved %+v (dialog: %q)", got, fd.ErrText.Text)
	}

	path := filepath.Join(t.TempDir(), "h.pdf")
	h.saveTo(path)
	<-h.job.Done()
	pdf, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("handout file: %v", err)
	}
	if text := pdfToText(t, pdf); text != "" && !strings.Contains(text, "Резали овощи.") {
		t.Errorf("the handout lacks the edited text: %q", text)
	}

	// Restoring the default text forgets the edited one.
	test.Tap(h.edit)
	fd = u.dialogs.Form
	test.Tap(h.reset)
	test.Tap(fd.Save)
	if got, _ := s.HandoutText(ctx, dir.ID, o.Lang); !got.Default {
		t.Error("the default text was not restored")
	}
}
