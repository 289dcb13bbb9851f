package kindergartens

import (
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/roster"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// rosterPreview shows what a filled roster would change, as the score
// import's preview does: the counts and notes, then every problem by row,
// column and reason, or else the rows that would be added or changed.
// «Apply» writes the whole file, and is enabled only when there is no
// problem and something to write.
type rosterPreview struct {
	r        *kgRoster
	path     string
	p        *roster.Preview
	dlg      *dialog.CustomDialog
	summary  *widget.Label
	problems *kit.RecordTable[roster.Problem]
	rows     *kit.RecordTable[roster.Row]
	apply    *widget.Button
	close    *widget.Button
}

func newRosterPreview(r *kgRoster, path string, p *roster.Preview) *rosterPreview {
	rp := &rosterPreview{r: r, path: path, p: p}
	lang := i18n.Current()
	head := append([]string{i18n.T("kg.roster.file", "file", filepath.Base(path))}, roster.Summary(p, lang)...)
	rp.summary = kit.Wrapped(strings.Join(head, "\n"))
	rp.problems = kit.NewRecordTable([]kit.Column[roster.Problem]{
		{Title: i18n.T("kg.roster.row_col"), Width: 70, Text: func(pr roster.Problem) string { return rowText(pr.Row) },
			Less: func(a, b roster.Problem) bool { return a.Row < b.Row }},
		{Title: i18n.T("kg.roster.column_col"), Width: 80, Text: func(pr roster.Problem) string { return pr.Column }},
		{Title: i18n.T("kg.roster.reason_col"), Width: 680, Text: func(pr roster.Problem) string { return pr.Message(lang) }},
	}, nil)
	rp.problems.SetRows(p.Problems)
	rp.rows = kit.NewRecordTable([]kit.Column[roster.Row]{
		{Title: i18n.T("kg.roster.row_col"), Width: 70, Text: func(r roster.Row) string { return rowText(r.Row) },
			Less: func(a, b roster.Row) bool { return a.Row < b.Row }},
		{Title: i18n.T("field.code"), Width: 150, Text: func(r roster.Row) string { return r.Code }},
		{Title: i18n.T("field.group"), Width: 70, Text: func(r roster.Row) string { return r.Group }},
		{Title: i18n.T("kg.roster.status_col"), Width: 130, Text: func(r roster.Row) string { return i18n.T(statusKeys[r.Status]) }},
		{Title: i18n.T("kg.roster.changes_col"), Width: 400, Text: changedFields},
	}, nil)
	var changed []roster.Row
	for _, row := range p.Rows {
		if row.Status != roster.StatusUnchanged {
			changed = append(changed, row)
		}
	}
	rp.rows.SetRows(changed)

	rp.apply = widget.NewButtonWithIcon(i18n.T("kg.roster.apply"), theme.ConfirmIcon(), rp.onApply)
	rp.apply.Importance = widget.HighImportance
	if !p.OK() || p.New+p.Changed == 0 {
		rp.apply.Disable()
	}
	rp.close = widget.NewButtonWithIcon(i18n.T("button.close"), theme.CancelIcon(), func() { rp.dlg.Hide() })

	var body fyne.CanvasObject = container.NewVScroll(rp.summary)
	switch {
	case len(p.Problems) > 0:
		body = container.NewBorder(container.NewVBox(rp.summary, bold(i18n.T("kg.roster.problems", "n", len(p.Problems)))),
			nil, nil, nil, rp.problems.Content())
	case len(changed) > 0:
		body = container.NewBorder(rp.summary, nil, nil, nil, rp.rows.Content())
	}
	rp.dlg = dialog.NewCustomWithoutButtons(i18n.T("kg.roster.title"), body, r.h.Dialogs().Window())
	rp.dlg.SetButtons([]fyne.CanvasObject{rp.close, rp.apply})
	rp.dlg.Resize(fyne.NewSize(940, 640))
	return rp
}

// statusKeys name a row's status.
var statusKeys = map[roster.Status]string{
	roster.StatusNew: "kg.roster.status.new", roster.StatusChanged: "kg.roster.status.changed",
	roster.StatusUnchanged: "kg.roster.status.unchanged",
}

// changedFields lists what changes in a row, by the fields' names.
func changedFields(r roster.Row) string {
	names := make([]string, len(r.Changed))
	for i, f := range r.Changed {
		names[i] = kit.FieldLabel(f)
	}
	return strings.Join(names, ", ")
}

func rowText(row int) string {
	if row == 0 {
		return ""
	}
	return strconv.Itoa(row)
}

func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func (rp *rosterPreview) onApply() {
	rp.apply.Disable()
	rp.r.apply(rp.path, rp.p, func(err error) {
		if err != nil {
			rp.apply.Enable()
			return
		}
		rp.dlg.Hide()
	})
}
