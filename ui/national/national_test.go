package national

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/reports/comparison"
	"baulu/reports/format"
	natdoc "baulu/reports/national"
	"baulu/reports/regionpkg"
	"baulu/ui/i18n"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// open shows the national view of s in a test window; its figures are
// computed by the time it returns.
func open(t *testing.T, s *data.Store) (*kittest.Host, *nationalScreen) {
	t.Helper()
	h := kittest.New(t, s)
	n := newNationalScreen(h)
	h.Show(n.Content())
	return h, n
}

// TestNationalReport makes the national report from the National screen
// in Russian and saves it where the user chose.
func TestNationalReport(t *testing.T) {
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY", "AST"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	h, n := open(t, s)
	if n.reportLang.Key() != "kk" || n.report.Disabled() {
		t.Fatalf("report language %q, button disabled %v", n.reportLang.Key(), n.report.Disabled())
	}
	// The button asks where to save, proposing the report's name.
	test.Tap(n.report)

	n.reportLang.SetKey("ru")
	path := filepath.Join(t.TempDir(), natdoc.FileName("ru", n.period()))
	n.reportTo(path)
	<-n.job.Done()
	pdf, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("report file: %v", err)
	}
	if !strings.Contains(h.StatusText(), path) || n.report.Disabled() {
		t.Errorf("status %q, button disabled %v", h.StatusText(), n.report.Disabled())
	}
	if text := kittest.PDFText(t, pdf); text != "" {
		for _, w := range []string{"Национальный аналитический отчёт", "Регионы с данными: 2 из 20", "Город Астана"} {
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
	h, n := open(t, datatest.NewConfigured(t, "ULY"))
	h.Hold() // the work waits until Cancel is pressed
	path := filepath.Join(t.TempDir(), "n.pdf")
	n.reportTo(path)
	if !n.report.Disabled() {
		t.Error("the button stays enabled while the report is being made")
	}
	test.Tap(n.job.Stop)
	kit.Sync(h.Held()[0])
	<-n.job.Done()
	if _, err := os.Stat(path); err == nil {
		t.Error("a cancelled report was written")
	}
	if h.StatusText() != i18n.T("reports.cancelled") || n.report.Disabled() {
		t.Errorf("after cancel: status %q", h.StatusText())
	}
}

// imported is the Institute's copy: no data of its own (region KAR), and
// the packages of ULY and AST's demo data imported.
func imported(t *testing.T) *data.Store {
	t.Helper()
	inst := datatest.NewConfigured(t, "KAR")
	for _, r := range []string{"ULY", "AST"} {
		src := datatest.NewConfigured(t, r)
		if _, err := demo.Generate(ctx, src, demo.Options{Seed: 1}); err != nil {
			t.Fatal(err)
		}
		var pkg bytes.Buffer
		if err := regionpkg.Export(ctx, src, r, &pkg, regionpkg.ExportOptions{Now: datatest.Today, AppVersion: "test"}); err != nil {
			t.Fatal(err)
		}
		if _, err := regionpkg.Import(ctx, inst, &pkg, regionpkg.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	return inst
}

func TestNationalViewListsImportedRegions(t *testing.T) {
	inst := imported(t)
	_, n := open(t, inst)
	if !n.computed {
		t.Fatal("the national view computed nothing")
	}
	var regions, sources []string
	for _, r := range n.sources.Shown() {
		regions = append(regions, n.regionName(r))
		sources = append(sources, sourceText(r))
	}
	want := "Қарағанды облысы|Ұлытау облысы|Астана қаласы"
	if strings.Join(regions, "|") != want || strings.Join(sources, "|") != "Өз өңірі|Пакет|Пакет" {
		t.Fatalf("regions %v, sources %v", regions, sources)
	}
	// The comparison: the national row first, then the regions; its
	// children are the regions' together.
	rows := n.compare.Shown()
	if len(rows) != 4 || n.regionName(rows[0]) != "Барлық өңірлер" {
		t.Fatalf("%d comparison rows", len(rows))
	}
	sum := 0
	for _, r := range rows[1:] {
		sum += r.ChildrenE
		if r.Region != "KAR" && (r.Kindergartens != 5 || r.ChildrenE == 0 || r.Events == 0 || r.Result.NoData) {
			t.Errorf("%s: %+v", r.Region, r.RegionTotals)
		}
	}
	if rows[0].ChildrenE != sum || rows[0].Result.Experimental.Paired == 0 {
		t.Fatalf("national row %+v", rows[0].RegionTotals)
	}
	want2, err := comparison.Compare(ctx, inst, comparison.Scope{RegionCode: "AST"})
	if err != nil {
		t.Fatal(err)
	}
	ast := rows[3]
	if got := n.compare.Column(5).Text(ast); got != format.Num(i18n.Current(), want2.DiD, 2) {
		t.Errorf("AST DiD shown %q, want %q", got, format.Num(i18n.Current(), want2.DiD, 2))
	}
	if got := n.compare.Column(8).Text(ast); !strings.Contains(got, "(") {
		t.Errorf("φ* without its significance: %q", got)
	}
	// The primary result, the groups taken into account: E − C with its
	// CR2 interval and p where each arm has three groups, else a dash.
	// Read as the table draws its cells.
	cell := func(row, col int) string {
		o := n.compare.Table.CreateCell()
		n.compare.Table.UpdateCell(widget.TableCellID{Row: row, Col: col}, o)
		return o.(*widget.Label).Text
	}
	lang, causal := i18n.Current(), 0
	for i, r := range rows {
		diff, p := format.Dash, format.Dash
		if g := r.Result.Primary.Gain; r.Result.Primary.Causal && g.Computable {
			causal++
			diff = format.Signed(lang, g.Estimate, 2) + " [" + format.Num(lang, g.CILow, 2) + "; " + format.Num(lang, g.CIHigh, 2) + "]"
			p = format.PValue(lang, g.P)
		}
		if got := cell(i, 6); got != diff {
			t.Errorf("%s: E − C (CR2) shown %q, want %q", r.Region, got, diff)
		}
		if got := cell(i, 7); got != p {
			t.Errorf("%s: p (CR2) shown %q, want %q", r.Region, got, p)
		}
	}
	if causal < 2 || ast.Result.Primary.Gain.Estimate != want2.Primary.Gain.Estimate || !want2.Primary.Causal {
		t.Errorf("%d rows with a causal primary result; AST %v, want %v", causal, ast.Result.Primary.Gain, want2.Primary.Gain)
	}
	if got := cell(1, 6); rows[1].Region != "KAR" || got != format.Dash {
		t.Errorf("%s (no data) shows %q", rows[1].Region, got)
	}
}

// An answer that arrives after the user left the screen is dropped.
func TestNationalViewDropsTheAnswerWhenLeft(t *testing.T) {
	h := kittest.New(t, datatest.NewConfigured(t, "ULY"))
	n := newNationalScreen(h)
	h.Hold()
	h.Show(n.Content())
	n.Close() // the user opened another section
	kit.Sync(h.Held()[0])
	if n.computed || len(n.compare.Rows()) != 0 {
		t.Fatal("a left screen showed its answer")
	}
}
