package national

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	natdoc "baulu/reports/national"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// newReportWidgets makes the National report button and its language,
// Kazakh unless the interface is in Russian.
func (n *nationalScreen) newReportWidgets() {
	n.reportLang = kit.NewChoice(kit.ReportLangs, func(k string) string { return i18n.T("language." + k) }, nil)
	lang := i18n.Current()
	if lang != "ru" {
		lang = "kk"
	}
	n.reportLang.SetKey(lang)
	n.report = widget.NewButtonWithIcon(i18n.T("nat.report"), theme.DocumentPrintIcon(), n.onReport)
	n.report.Importance = widget.HighImportance
}

// reportBar lays out the report's language, the report's and the
// figures' buttons, and the quarterly note's quarter and button.
func (n *nationalScreen) reportBar() fyne.CanvasObject {
	// Two rows: the window's narrowest width does not hold them in one.
	return container.NewVBox(container.NewHBox(widget.NewLabel(i18n.T("reports.lang")), n.reportLang, n.report, n.excel),
		container.NewHBox(widget.NewLabel(i18n.T("nat.quarter.label")), n.quarter, n.note))
}

// onReport asks where to save the national report, then makes it.
func (n *nationalScreen) onReport() {
	n.h.Dialogs().SaveAs(natdoc.FileName(n.reportLang.Key(), n.period()), ".pdf", n.reportTo)
}

// reportTo makes the national report off the UI goroutine, behind a
// progress dialog with Cancel, and writes it to path.
func (n *nationalScreen) reportTo(path string) {
	h := n.h
	o := natdoc.Options{Lang: n.reportLang.Key(), Now: h.Store().Today().Time()}
	n.job = kit.WriteDocument(h, n.report, i18n.T("nat.report.progress"), path, func(ctx context.Context, w io.Writer, progress func(int, int)) error {
		o.Progress = progress
		return natdoc.Generate(ctx, h.Store(), w, o)
	})
}

// period is the pilot period the database shows, which the report covers.
func (n *nationalScreen) period() data.Period {
	p, err := n.h.Store().Period(n.h.Context())
	if err != nil {
		n.h.ShowError(err)
	}
	return p
}
