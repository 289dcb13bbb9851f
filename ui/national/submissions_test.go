package national

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/reports/labels"
	natdoc "baulu/reports/national"
	"baulu/reports/national/nationaltest"
	"baulu/ui/i18n"
	"baulu/ui/kit/kittest"
)

// TestSubmissionsTab: the national copy of three regions' packages shows
// each region's status, packages and report; choosing the re-sent region
// shows what its second package changed; a report recorded through the
// form is in the database and turns a missing region into a late one;
// the table is saved as Excel.
func TestSubmissionsTab(t *testing.T) {
	s := nationaltest.Store(t)
	h, n := open(t, s)
	if n.TabCount() != 2 {
		t.Fatalf("%d tabs", n.TabCount())
	}
	n.ShowTab(1)
	sub := n.subs
	rows := sub.table.Rows()
	if len(rows) != 20 {
		t.Fatalf("%d rows", len(rows))
	}
	by := map[string]natdoc.Submission{}
	for _, x := range rows {
		by[x.Region.Code] = x
	}
	cell := func(code string, col int) string {
		t.Helper()
		return sub.table.Column(col).Text(by[code])
	}
	if got := cell(nationaltest.Late, 1); got != statusText(natdoc.Late) {
		t.Errorf("the late region's status %q", got)
	}
	if got := cell(nationaltest.Resent, 2); got != i18n.T("sub.resent", "n", 2) {
		t.Errorf("the re-sent region's packages %q", got)
	}
	if got := cell(nationaltest.OnTime, 7); got != yesNo(true) {
		t.Errorf("ABA's package with a passphrase: %q", got)
	}
	if got := cell(nationaltest.OnTime, 8); !strings.Contains(got, "5/5") {
		t.Errorf("ABA's rounds %q", got)
	}
	if got := cell("KAR", 1); got != statusText(natdoc.Missing) {
		t.Errorf("KAR's status %q", got)
	}
	// ShowTab chose the re-sent region: its second package changed a score.
	if cur, ok := sub.table.Current(); !ok || cur.Region.Code != nationaltest.Resent {
		t.Fatalf("chosen %v", cur.Region.Code)
	}
	if d := sub.detail.Text; !strings.Contains(d, labels.Of("kk", "table.", "assessments")+" +0 −0 ~1") ||
		!strings.Contains(d, "baulu-ULY-2026-11-20.baulu") {
		t.Errorf("detail %q", d)
	}

	// Record KAR's report, received today (after the deadline).
	sub.table.SelectWhere(func(x natdoc.Submission) bool { return x.Region.Code == "KAR" })
	test.Tap(sub.record)
	fd := h.Dialogs().Form
	if fd.Form.Choice("region").Key() != "KAR" {
		t.Fatalf("the form's region %q", fd.Form.Choice("region").Key())
	}
	fd.Form.Entry("received_on").SetText("31.12.2026")
	test.Tap(fd.Save)
	if !fd.ErrText.Visible() {
		t.Fatal("a day after today was accepted")
	}
	fd.Form.Entry("received_on").SetText("05.12.2026")
	test.Type(fd.Form.Entry("report_file"), "Қарағанды-есеп.pdf")
	test.Tap(fd.Save)
	reps, err := s.RegionReports(ctx, "KAR")
	if err != nil || len(reps) != 1 || reps[0].ReceivedOn != data.NewDate(2026, 12, 5) || reps[0].File != "Қарағанды-есеп.pdf" {
		t.Fatalf("KAR's reports %+v, %v", reps, err)
	}
	for _, x := range sub.table.Rows() {
		if x.Region.Code == "KAR" && (x.ReportStatus != natdoc.Late || x.Status != natdoc.Missing) {
			t.Errorf("KAR after its late report: report %s, status %s (no package yet)", x.ReportStatus, x.Status)
		}
	}

	path := filepath.Join(t.TempDir(), "subs.xlsx")
	sub.exportTo(path)
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Fatalf("the workbook: %v", err)
	}
}

// TestQuarterlyNoteButton: the National view makes the quarterly note of
// the quarter chosen, in the report's language.
func TestQuarterlyNoteButton(t *testing.T) {
	s := nationaltest.Store(t)
	h, n := open(t, s)
	if n.quarter.Key() != "4" {
		t.Errorf("the quarter proposed on %s is %s", s.Today(), n.quarter.Key())
	}
	test.Tap(n.note) // asks where to save
	n.reportLang.SetKey("ru")
	n.quarter.SetKey("4")
	path := filepath.Join(t.TempDir(), "note.pdf")
	n.noteTo(path)
	<-n.job.Done()
	pdf, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("the note: %v (%s)", err, h.StatusText())
	}
	if text := kittest.PDFText(t, pdf); text != "" && !strings.Contains(text, "IV квартал") {
		t.Errorf("the note is not the fourth quarter's in Russian")
	}
}

// TestNationalExcelButton: the figures are saved as the national workbook.
func TestNationalExcelButton(t *testing.T) {
	_, n := open(t, nationaltest.Store(t))
	test.Tap(n.excel) // asks where to save
	path := filepath.Join(t.TempDir(), "figures")
	n.excelTo(path)
	b, err := os.ReadFile(path + ".xlsx")
	if err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Fatalf("the workbook: %v", err)
	}
}

// TestSubmissionsInACentresCopy: a centre's copy without packages says
// the table is the Institute's instead of calling its own region missing.
func TestSubmissionsInACentresCopy(t *testing.T) {
	_, n := open(t, datatest.NewConfigured(t, "ULY"))
	if n.subs.detail.Text != i18n.T("sub.centre") {
		t.Errorf("detail %q", n.subs.detail.Text)
	}
}
