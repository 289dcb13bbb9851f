package ui

import (
	"bytes"
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/national"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// newReportWidgets makes the National report button and its language,
// Kazakh unless the interface is in Russian.
func (n *nationalScreen) newReportWidgets() {
	n.reportLang = kit.NewChoice(reportLangs, func(k string) string { return i18n.T("language." + k) }, nil)
	lang := n.u.lang()
	if lang != "ru" {
		lang = "kk"
	}
	n.reportLang.SetKey(lang)
	n.report = widget.NewButtonWithIcon(i18n.T("nat.report"), theme.DocumentPrintIcon(), n.onReport)
	n.report.Importance = widget.HighImportance
}

// reportBar lays out the report's language and button in one row.
func (n *nationalScreen) reportBar() fyne.CanvasObject {
	return container.NewHBox(widget.NewLabel(i18n.T("reports.lang")), n.reportLang, n.report)
}

// onReport asks where to save the national report, then makes it.
func (n *nationalScreen) onReport() {
	n.u.dialogs.SaveAs(national.FileName(n.reportLang.Key()), ".pdf", n.reportTo)
}

// reportTo makes the national report off the UI goroutine, behind a
// progress dialog with Cancel, and writes it to path.
func (n *nationalScreen) reportTo(path string) {
	u := n.u
	o := national.Options{Lang: n.reportLang.Key(), Now: u.store.Today().Time()}
	n.report.Disable()
	n.job = u.runner.Job(u.ctx, i18n.T("nat.report.progress"), func(ctx context.Context, progress func(int, int)) error {
		o.Progress = progress
		var buf bytes.Buffer
		if err := national.Generate(ctx, u.store, &buf, o); err != nil {
			return err
		}
		return kit.WriteFileAtomic(path, buf.Bytes())
	}, func(err error) {
		n.report.Enable()
		switch {
		case errors.Is(err, context.Canceled):
			u.Status(i18n.T("reports.cancelled"))
		case err != nil:
			u.ShowError(err)
		default:
			u.Status(i18n.T("reports.saved", "path", path))
		}
	})
}
