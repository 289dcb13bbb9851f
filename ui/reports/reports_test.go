package reports

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
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
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// demoUI opens the reports screen on one demo region.
func demoUI(t *testing.T) (*kittest.Host, *reportsScreen, *data.Store) {
	t.Helper()
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	rs := newReportsScreen(h)
	h.Show(rs.Content())
	return h, rs, s
}

func TestReportsGenerateAndSave(t *testing.T) {
	h, rs, s := demoUI(t)
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

	// Another report and language draft them again, and show the
	// signatory in the report's language…
	st, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rs.signName.Text != st.SignatoryName {
		t.Fatalf("the Kazakh signatory is %q", rs.signName.Text)
	}
	rs.kind.SetKey("q3")
	rs.lang.SetKey("ru")
	if rs.signName.Text != st.SignatoryNameRU || rs.signPos.Text != st.SignatoryPositionRU {
		t.Fatalf("the Russian report's signatory is %q, %q", rs.signName.Text, rs.signPos.Text)
	}
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
	if text := kittest.PDFText(t, rs.pdf); text != "" {
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
	if !strings.Contains(h.StatusText(), path) {
		t.Errorf("status %q", h.StatusText())
	}
	// The dashboard learns the quarter's report was made.
	if recs, err := h.Store().ReportRecords(ctx); err != nil || len(recs) != 1 || recs[0].Deadline != "q4" || recs[0].Lang != "ru" || recs[0].File != rs.pdfName {
		t.Errorf("report records %+v %v", recs, err)
	}
	// Other options drop the report made for the old ones.
	rs.lang.SetKey("kk")
	if rs.pdf != nil || !rs.save.Disabled() {
		t.Error("the old report is still offered")
	}
}

func TestReportsCancel(t *testing.T) {
	h, rs, _ := demoUI(t)
	// The work waits until Cancel is pressed in the progress dialog.
	h.Hold()
	test.Tap(rs.generate)
	if !rs.generate.Disabled() {
		t.Error("Generate stays enabled while the report is being made")
	}
	test.Tap(rs.job.Stop)
	kit.Sync(h.Held()[0])
	<-rs.job.Done()
	if rs.pdf != nil || rs.info.Text != i18n.T("reports.cancelled") || rs.generate.Disabled() {
		t.Fatalf("after cancel: pdf %d bytes, info %q", len(rs.pdf), rs.info.Text)
	}
}

func TestReportsExcelExport(t *testing.T) {
	_, rs, _ := demoUI(t)
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
	host, rs, s := demoUI(t)
	p := rs.handout
	o, ok := p.options()
	if !ok || o.Lang == "" {
		t.Fatalf("no group or direction proposed: %+v", o)
	}
	dir := p.direction(o.Direction)

	test.Tap(p.edit)
	fd := host.Dialogs().Form
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

	path := filepath.Join(t.TempDir(), "p.pdf")
	p.saveTo(path)
	<-p.job.Done()
	pdf, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("handout file: %v", err)
	}
	if text := kittest.PDFText(t, pdf); text != "" && !strings.Contains(text, "Резали овощи.") {
		t.Errorf("the handout lacks the edited text: %q", text)
	}

	// Restoring the default text forgets the edited one.
	test.Tap(p.edit)
	fd = host.Dialogs().Form
	test.Tap(p.reset)
	test.Tap(fd.Save)
	if got, _ := s.HandoutText(ctx, dir.ID, o.Lang); !got.Default {
		t.Error("the default text was not restored")
	}
}

// The same report as an editable Word file: the format choice makes a DOCX
// with the typed signatory and proposes the .docx name; choosing again drops
// the file made for the other format.
func TestReportsWordFile(t *testing.T) {
	_, rs, _ := demoUI(t)
	rs.format.SetKey("docx")
	rs.signName.SetText("Тестова Айгүл Серікқызы")
	test.Tap(rs.generate)
	<-rs.job.Done()
	if !bytes.HasPrefix(rs.pdf, []byte("PK")) || rs.save.Disabled() {
		t.Fatalf("no Word file: %q", rs.info.Text)
	}
	if !strings.HasSuffix(rs.pdfName, ".docx") {
		t.Errorf("proposed name %q", rs.pdfName)
	}
	zr, err := zip.NewReader(bytes.NewReader(rs.pdf), int64(len(rs.pdf)))
	if err != nil {
		t.Fatal(err)
	}
	var body []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			body, _ = io.ReadAll(r)
			r.Close()
		}
	}
	if !bytes.Contains(body, []byte("Тестова Айгүл Серікқызы")) {
		t.Error("the Word file lacks the signatory")
	}
	rs.format.SetKey("pdf")
	if rs.pdf != nil || !rs.save.Disabled() {
		t.Error("the Word file is still offered after choosing PDF")
	}
}
