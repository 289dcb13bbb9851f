package national

import (
	"strconv"

	"baulu/data"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// subDate is the width of a date column of the submissions table, in mm.
const subDate = 23.0

// submissions closes section 1: what each of the pilot's regions sent the
// Institute — its package (how many, the first one's date, the last one's
// import) and its analytical report — and whether on time against the
// deadline; the regions late or missing are named.
func (b *builder) submissions() {
	f := b.f
	if len(f.subs) == 0 {
		return
	}
	deadline := format.DateWords(f.opts.Lang, f.subs[0].Deadline)
	b.Para(b.T("national.sub.intro", "deadline", deadline))
	var rows [][]string
	var late, missing []string
	for i, s := range f.subs {
		first, last, n := format.Dash, format.Dash, "0"
		if p := s.Last(); p != nil {
			first, last, n = data.DateOf(s.Packages[len(s.Packages)-1].Created).DMY(), dmy(p.Imported), strconv.Itoa(len(s.Packages))
		}
		report := format.Dash
		if s.Report != nil {
			report = s.Report.ReceivedOn.DMY()
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), format.Capitalize(s.Region.Name(f.opts.Lang)), first, last, n, report,
			StatusText(f.opts.Lang, s.Status)})
		switch s.Status {
		case Late:
			late = append(late, s.Region.Name(f.opts.Lang))
		case Missing:
			missing = append(missing, s.Region.Name(f.opts.Lang))
		}
	}
	b.Table(b.T("national.sub.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("national.col.no"), Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.region"), Weight: 1},
			{Title: b.T("national.sub.col.first"), Width: subDate, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.sub.col.imported"), Width: subDate, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.sub.col.packages"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.sub.col.report"), Width: subDate, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.sub.col.status"), Width: 31, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
	b.Note(b.T("national.sub.note", "deadline", deadline))
	if len(late) > 0 {
		b.Para(b.T("national.sub.late", "n", len(late), "list", b.list(late)))
	}
	// What each re-sent package changed against the one before it.
	var resent []string
	for _, s := range f.subs {
		if p := s.Last(); s.Resent() {
			resent = append(resent, b.T("national.sub.resent.item", "region", format.Capitalize(s.Region.Name(f.opts.Lang)),
				"date", data.DateOf(p.Created).DMY(), "n", len(s.Packages), "changes", ChangesText(f.opts.Lang, p.Diff)))
		}
	}
	if len(resent) > 0 {
		b.RunIn(b.T("national.sub.resent"))
		resultdoc.EndList(resent)
		b.Doc.Bullets(resent...)
	}
	if len(missing) > 0 {
		b.Para(b.T("national.sub.missing", "n", len(missing), "list", b.list(missing)))
	}
}
