package resultdoc

import (
	"baulu/reports/comparison"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultview"
)

// Design is resultview.Design as a document table.
func Design(r comparison.Result, lang string) pdfdoc.Table {
	v := resultview.Design(r, lang)
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: v.Titles[0], Weight: 1.6},
			{Title: v.Titles[1], Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows: v.Rows,
	}
}

// Primary is resultview.Primary as a document table.
func Primary(r comparison.Result, lang string) pdfdoc.Table {
	v := resultview.Primary(r, lang)
	widths := []float64{0, 20, 28, 13, 16, 0}
	cols := make([]pdfdoc.Column, len(v.Titles))
	for i, title := range v.Titles {
		cols[i] = pdfdoc.Column{Title: title, Width: widths[i], Align: pdfdoc.AlignCenter}
	}
	cols[0].Weight, cols[0].Align = 1.5, pdfdoc.AlignLeft
	cols[5].Weight, cols[5].Align = 1, pdfdoc.AlignLeft
	return pdfdoc.Table{Columns: cols, Rows: v.Rows}
}

// PrimaryNote is resultview.PrimaryNote.
func PrimaryNote(lang string) string { return resultview.PrimaryNote(lang) }
