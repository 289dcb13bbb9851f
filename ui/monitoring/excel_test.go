package monitoring

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/reports/xlsxio"
)

// fillTemplate opens a template as a teacher would, types values into the
// group sheet (cell → value) and saves it under name.
func fillTemplate(t *testing.T, template, name, childCode string, cells map[string]any) string {
	t.Helper()
	f, err := excelize.OpenFile(template)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := ""
	for _, sh := range f.GetSheetList() {
		if v, _ := f.GetCellValue(sh, "A6"); v == childCode {
			sheet = sh
		}
	}
	if sheet == "" {
		t.Fatalf("no group sheet starts with %s in %v", childCode, f.GetSheetList())
	}
	for cell, v := range cells {
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(filepath.Dir(template), name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func countScores(t *testing.T, s *data.Store, g data.Group, r data.Round) int {
	t.Helper()
	all, err := s.GroupScores(ctx, g.ID, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range all {
		n += len(m)
	}
	return n
}

func TestExcelTemplateImportPreviewAndApply(t *testing.T) {
	h, m, s, g, kids := monitoringUI(t, 3)
	final, _ := s.RoundByKind(ctx, data.RoundFinal)
	m.selectTab(3)
	x := m.excel
	x.picker.set(76, g.ID, final.ID)
	if x.picker.groupID() != g.ID || x.picker.roundID() != final.ID {
		t.Fatalf("picker %d %d", x.picker.groupID(), x.picker.roundID())
	}
	dir := t.TempDir()
	tpl := filepath.Join(dir, "shablon") // the extension is added
	x.saveTemplateTo(tpl)
	tpl += ".xlsx"
	if _, err := os.Stat(tpl); err != nil || !strings.Contains(h.Dialogs().Message, tpl) {
		t.Fatalf("template not saved: %v, %q", err, h.Dialogs().Message)
	}

	// A value out of range: every problem listed, Apply disabled, nothing written.
	bad := fillTemplate(t, tpl, "bad.xlsx", kids[0].Code, map[string]any{"B6": "2", "C6": "II ", "D6": 5, "B7": "abc"})
	x.importFrom(bad)
	p := x.preview
	if p == nil || len(p.problems.Rows()) != 2 || !p.apply.Disabled() {
		t.Fatalf("bad file preview: %+v", p)
	}
	d6 := p.problems.Rows()[0]
	if d6.Sheet == "" || d6.Row != 6 || d6.Column != "D" || !strings.Contains(d6.Message("kk"), "5") {
		t.Fatalf("first problem %+v %q", d6, d6.Message("kk"))
	}
	p.problems.SelectRow(1)
	if !strings.Contains(p.detail.Text, "B7") || !strings.Contains(p.detail.Text, "abc") {
		t.Fatalf("problem detail %q", p.detail.Text)
	}
	if !strings.Contains(p.summary.Text, "ештеңе жазылмайды") {
		t.Fatalf("bad file summary %q", p.summary.Text)
	}
	if countScores(t, s, g, final) != 0 {
		t.Fatal("a file with problems wrote scores")
	}

	// The same file fixed (Kazakh І in ІІІ) applies; the grid shows it.
	good := fillTemplate(t, tpl, "good.xlsx", kids[0].Code, map[string]any{"B6": "2", "C6": "II ", "D6": "ІІІ", "B7": 1.0})
	x.importFrom(good)
	p = x.preview
	if len(p.problems.Rows()) != 0 || p.apply.Disabled() || !strings.Contains(p.summary.Text, "Жаңа балдар: 4, өзгергені: 0") {
		t.Fatalf("good file: problems %v, disabled %v, %q", p.problems.Rows(), p.apply.Disabled(), p.summary.Text)
	}
	test.Tap(p.apply)
	if n := countScores(t, s, g, final); n != 4 {
		t.Fatalf("%d scores after apply", n)
	}
	if h.Dialogs().Message != "Жазылған балдар: 4." {
		t.Fatalf("after apply: %q", h.Dialogs().Message)
	}
	if m.scores.grid.g.Filled != 4 || m.scores.counter.Text != "Толтырылғаны: 4 / 27 ұяшық" {
		t.Fatalf("grid after import: %d, %q", m.scores.grid.g.Filled, m.scores.counter.Text)
	}

	// Again: nothing new, so nothing to apply.
	x.importFrom(good)
	if !x.preview.apply.Disabled() || !strings.Contains(x.preview.summary.Text, "бұрын жүктелген") {
		t.Fatalf("second import: %q", x.preview.summary.Text)
	}
}

func TestExcelWholeFileErrors(t *testing.T) {
	h, m, _, _, _ := monitoringUI(t, 1)
	x := m.excel
	dir := t.TempDir()
	notBook := filepath.Join(dir, "note.xlsx")
	if err := os.WriteFile(notBook, []byte("бұл кесте емес"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.xlsx")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, want string
	}{
		{notBook, xlsxio.ErrorMessage(xlsxio.ErrNotWorkbook, "kk")},
		{empty, xlsxio.ErrorMessage(xlsxio.ErrEmpty, "kk")},
		{filepath.Join(dir, "missing.xlsx"), "«" + filepath.Join(dir, "missing.xlsx") + "» файлын ашу"},
	} {
		x.preview = nil
		x.importFrom(c.path)
		if x.preview != nil || !strings.Contains(h.Dialogs().Message, c.want) {
			t.Errorf("%s: message %q, want %q", filepath.Base(c.path), h.Dialogs().Message, c.want)
		}
	}
	x.picker.set(0, 0, 0)
	x.picker.kg.ClearSelected()
	test.Tap(x.template)
	if !strings.Contains(h.Dialogs().Message, "Алдымен балабақшаны") {
		t.Fatalf("template without a kindergarten: %q", h.Dialogs().Message)
	}
}
