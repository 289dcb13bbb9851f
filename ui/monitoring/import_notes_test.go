package monitoring

import (
	"path/filepath"
	"strings"
	"testing"

	"baulu/data"
)

// TestImportPreviewCountsAbsenceMarks: an absent child's н/б is counted in
// the preview, not refused.
func TestImportPreviewCountsAbsenceMarks(t *testing.T) {
	_, m, s, g, kids := monitoringUI(t, 3)
	final, _ := s.RoundByKind(ctx, data.RoundFinal)
	m.selectTab(3)
	x := m.excel
	x.picker.set(76, g.ID, final.ID)
	tpl := filepath.Join(t.TempDir(), "shablon.xlsx")
	x.saveTemplateTo(tpl)
	file := fillTemplate(t, tpl, "filled.xlsx", kids[0].Code, map[string]any{"B6": "н/б", "C6": 2})
	x.importFrom(file)
	p := x.preview
	if p == nil || p.apply.Disabled() || !strings.Contains(p.summary.Text, "Бағаланбаған (н/б, -, жоқ белгілері): 1") {
		t.Fatalf("preview: %+v", p)
	}
}
