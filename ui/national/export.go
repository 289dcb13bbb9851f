package national

import (
	"bytes"
	"io"

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
	saveWorkbook(h, path, func(w io.Writer) error { return xlsxexport.ExportNational(h.Context(), h.Store(), w, lang) })
}

// saveWorkbook writes a workbook made by export to path (.xlsx added when
// missing) off the UI goroutine, and says where it went.
func saveWorkbook(h shell, path string, export func(w io.Writer) error) {
	kit.WriteChosen(h.Runner(), path, ".xlsx", i18n.T("sub.exporting"), func(path string) error {
		var buf bytes.Buffer
		if err := export(&buf); err != nil {
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
