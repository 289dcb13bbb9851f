package monitoring

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/xlsxio"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// importPreview shows what a filled template would change: the file's
// kindergarten and round, new / changed / unchanged scores per sheet, and
// every problem by sheet, row, column and reason. «Apply» writes the file
// whole, and is enabled only when there is no problem and something to write.
type importPreview struct {
	x        *monExcel
	p        *xlsxio.Preview
	dlg      *dialog.CustomDialog
	summary  *widget.Label
	problems *kit.RecordTable[xlsxio.Problem]
	detail   *widget.Label
	apply    *widget.Button
	close    *widget.Button
}

func newImportPreview(x *monExcel, file string, p *xlsxio.Preview) *importPreview {
	ip := &importPreview{x: x, p: p}
	lang := i18n.Current()
	ip.summary = kit.Wrapped(ip.summaryText(file))
	ip.detail = kit.Wrapped("")
	ip.detail.Importance = widget.DangerImportance
	ip.problems = kit.NewRecordTable([]kit.Column[xlsxio.Problem]{
		{Title: i18n.T("mon.import.sheet_col"), Width: 150, Text: func(pr xlsxio.Problem) string { return pr.Sheet }},
		{Title: i18n.T("mon.import.row_col"), Width: 70, Text: func(pr xlsxio.Problem) string { return rowText(pr.Row) },
			Less: func(a, b xlsxio.Problem) bool { return a.Row < b.Row }},
		{Title: i18n.T("mon.import.column_col"), Width: 80, Text: func(pr xlsxio.Problem) string { return pr.Column }},
		{Title: i18n.T("mon.import.reason_col"), Width: 520, Text: func(pr xlsxio.Problem) string { return pr.Message(lang) }},
	}, func(pr xlsxio.Problem) { ip.detail.SetText(problemPlace(pr) + pr.Message(lang)) })
	ip.problems.SetRows(p.Problems)

	ip.apply = widget.NewButtonWithIcon(i18n.T("mon.import.apply"), theme.ConfirmIcon(), ip.onApply)
	ip.apply.Importance = widget.HighImportance
	if !p.OK() || p.New+p.Changed == 0 {
		ip.apply.Disable()
	}
	ip.close = widget.NewButtonWithIcon(i18n.T("button.close"), theme.CancelIcon(), func() { ip.dlg.Hide() })

	var body fyne.CanvasObject = container.NewVScroll(ip.summary)
	if len(p.Problems) > 0 {
		head := container.NewVBox(ip.summary, widget.NewLabelWithStyle(i18n.T("mon.import.problems", "n", len(p.Problems)),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		body = container.NewBorder(head, ip.detail, nil, nil, ip.problems.Content())
	}
	ip.dlg = dialog.NewCustomWithoutButtons(i18n.T("mon.import.title"), body, x.h.Dialogs().Window())
	ip.dlg.SetButtons([]fyne.CanvasObject{ip.close, ip.apply})
	ip.dlg.Resize(fyne.NewSize(940, 640))
	return ip
}

// summaryText is the head of the preview: file, kindergarten, round,
// counts, and whether the file can be written.
func (ip *importPreview) summaryText(file string) string {
	p, lang := ip.p, i18n.Current()
	lines := []string{i18n.T("mon.import.file", "file", file)}
	if p.Kindergarten.ID != 0 {
		lines = append(lines, i18n.T("mon.import.kg", "id", p.Kindergarten.ID, "name", p.Kindergarten.ShortName))
	}
	if p.Round.ID != 0 {
		lines = append(lines, i18n.T("mon.import.round", "name", p.Round.Name(lang), "start", p.Round.Start.DMY(), "end", p.Round.End.DMY()))
	}
	lines = append(lines, i18n.T("mon.import.counts", "new", p.New, "changed", p.Changed, "unchanged", p.Unchanged))
	for _, sh := range p.Sheets {
		lines = append(lines, "    "+i18n.T("mon.import.sheet", "sheet", sh.Sheet, "group", sh.GroupCode, "new", sh.New, "changed", sh.Changed, "unchanged", sh.Unchanged))
	}
	if p.Absent > 0 {
		lines = append(lines, i18n.T("mon.import.absent", "n", p.Absent))
	}
	if p.FrameworkChanged {
		lines = append(lines, i18n.T("mon.import.framework"))
	}
	// A teacher's copy taken, a table found lower down: said before writing.
	for _, n := range p.Notes {
		lines = append(lines, n.Message(lang))
	}
	switch {
	case !p.OK():
		lines = append(lines, i18n.T("mon.import.refused"))
	case p.New+p.Changed == 0:
		lines = append(lines, i18n.T("mon.import.nothing"))
	default:
		lines = append(lines, i18n.N("mon.import.ready", p.New+p.Changed))
	}
	return strings.Join(lines, "\n")
}

func rowText(row int) string {
	if row == 0 {
		return ""
	}
	return strconv.Itoa(row)
}

// problemPlace is «Sheet», C7: — the problem's place for the detail line.
func problemPlace(pr xlsxio.Problem) string {
	switch {
	case pr.Sheet == "":
		return ""
	case pr.Cell() == "":
		return "«" + pr.Sheet + "»: "
	}
	return "«" + pr.Sheet + "», " + pr.Cell() + ": "
}

// onApply writes the file in one transaction off the UI goroutine, then
// shows the new scores in the grid.
func (ip *importPreview) onApply() {
	ip.apply.Disable()
	h, n := ip.x.h, ip.p.New+ip.p.Changed
	h.Runner().Busy(i18n.T("mon.import.writing"), func() error { return ip.p.Apply(h.Context()) }, func(err error) {
		if err != nil {
			ip.x.fileError(err)
			ip.apply.Enable()
			return
		}
		ip.dlg.Hide()
		if ip.x.afterApply != nil {
			ip.x.afterApply()
		}
		msg := i18n.N("mon.import.saved", n)
		h.Status(msg)
		h.Dialogs().ShowMessage(i18n.T("mon.excel.import_title"), msg)
	})
}
