package national

import (
	"bytes"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/xlsxexport"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// The national figures as Excel (xlsxexport.ExportNational): per region,
// per kindergarten and pooled, in the report's language — for an analyst
// who takes them into R or Excel.

func (n *nationalScreen) newExportWidget() {
	n.excel = widget.NewButtonWithIcon(i18n.T("nat.excel"), theme.DocumentSaveIcon(), func() {
		n.h.Dialogs().SaveAs(i18n.T("nat.excel.file"), ".xlsx", n.excelTo)
	})
}

// excelTo writes the workbook off the UI goroutine.
func (n *nationalScreen) excelTo(path string) {
	h, lang := n.h, n.reportLang.Key()
	kit.WriteChosen(h.Runner(), path, ".xlsx", i18n.T("sub.exporting"), func(path string) error {
		var buf bytes.Buffer
		if err := xlsxexport.ExportNational(h.Context(), h.Store(), &buf, lang); err != nil {
			return err
		}
		return kit.WriteFileAtomic(path, buf.Bytes())
	}, func(path string, err error) {
		if err != nil {
			h.ShowError(err)
			return
		}
		h.Status(i18n.T("reports.saved", "path", path))
	})
}
