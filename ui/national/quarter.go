package national

import (
	"context"
	"io"
	"strconv"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	natdoc "baulu/reports/national"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// The Institute's quarterly note to the Ministry (reports/national's
// GenerateQuarter): a quarter of the period and a button beside the
// national report's, in the report's language.

// newQuarterWidgets makes the quarter's choice (the current quarter, or
// the last one after the period) and the note's button.
func (n *nationalScreen) newQuarterWidgets() {
	p := n.period()
	var keys []string
	for q := 1; q <= p.Quarters(); q++ {
		keys = append(keys, strconv.Itoa(q))
	}
	n.quarter = kit.NewChoice(keys, func(k string) string {
		q, _ := strconv.Atoi(k)
		return i18n.T("nat.quarter", "quarter", kit.Roman(q))
	}, nil)
	today := n.h.Store().Today()
	q := p.QuarterOf(today)
	if q == 0 && today.After(p.End) {
		q = p.Quarters()
	}
	n.quarter.SetKey(strconv.Itoa(max(q, 1)))
	n.note = widget.NewButtonWithIcon(i18n.T("nat.note"), theme.DocumentIcon(), n.onNote)
}

// onNote asks where to save the quarterly note, then makes it.
func (n *nationalScreen) onNote() {
	q, _ := strconv.Atoi(n.quarter.Key())
	n.h.Dialogs().SaveAs(natdoc.QuarterFileName(n.reportLang.Key(), n.period(), q), ".pdf", n.noteTo)
}

// noteTo makes the note off the UI goroutine and writes it to path.
func (n *nationalScreen) noteTo(path string) {
	h := n.h
	q, _ := strconv.Atoi(n.quarter.Key())
	o := natdoc.Options{Lang: n.reportLang.Key(), Quarter: q, Now: h.Store().Today().Time()}
	n.job = kit.WriteDocument(h, n.note, i18n.T("nat.note.progress"), path, func(ctx context.Context, w io.Writer, _ func(int, int)) error {
		return natdoc.GenerateQuarter(ctx, h.Store(), w, o)
	})
}
