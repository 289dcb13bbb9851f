package national

import (
	"strconv"
	"strings"
	"time"

	"baulu/data"
	"baulu/reports/docfmt"
	"baulu/reports/pdfdoc"
)

// Column widths in millimetres.
const (
	colNo   = 9.0
	colDate = 25.0
)

// asOf is the report date in words: «2026 жылғы 25 қараша».
func (b *builder) asOf() string { return docfmt.DateWords(b.f.today, b.f.opts.Lang) }

// titlePage adds the cover: ministry, Institute, title, the date of the
// data and how many regions they cover, Astana and the year.
func (b *builder) titlePage() {
	b.Doc.Title(pdfdoc.TitlePage{
		Top:      []string{b.T("ministry"), b.T("institute")},
		Title:    b.T("title"),
		Subtitle: []string{b.Tf("subtitle.asof", b.asOf()), b.Tf("subtitle.count", len(b.f.present), b.f.regions)},
		City:     b.T("city"),
		Year:     strconv.Itoa(Year),
	})
}

// sources is section 1: which regions are present, where their data came
// from, and which are missing.
func (b *builder) sources() {
	f := b.f
	b.Doc.Section(1, b.T("s1"))
	b.Para(b.T("s1.intro"))
	if len(f.present) == 0 {
		b.Missing("s1.none")
		return
	}
	if len(f.missing) == 0 {
		b.Para(b.Tf("s1.all_present", f.regions))
	} else {
		b.Para(b.Tf("s1.present", len(f.present), f.regions))
		var names []string
		for _, r := range f.missing {
			names = append(names, r.Name(f.opts.Lang))
		}
		b.Doc.Text(pdfdoc.Para{Text: b.Tf("s1.missing", len(f.missing), strings.Join(names, ", ")), Bold: true})
	}
	var rows [][]string
	for i, r := range f.present {
		src := r.region.RegionSource
		rows = append(rows, []string{strconv.Itoa(i + 1), b.regionName(r), b.sourceText(src.Own, src.Created),
			docfmt.OrDash(src.CentreName), dmy(src.Created), dmy(src.Imported)})
	}
	b.Table("s1.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("col.no"), Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.region"), Weight: 1},
			{Title: b.T("col.source"), Weight: 0.8},
			{Title: b.T("col.centre"), Weight: 1.4},
			{Title: b.T("col.created"), Width: colDate, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.imported"), Width: colDate, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
	b.Note(b.T("note.sources"))
}

// sourceText says where a region's data came from.
func (b *builder) sourceText(own bool, created time.Time) string {
	switch {
	case !created.IsZero():
		return b.T("source.package")
	case own:
		return b.T("source.own")
	}
	return b.T("source.entered")
}

// dmy prints a time's date as dd.mm.yyyy, or a dash for none.
func dmy(t time.Time) string {
	if t.IsZero() {
		return docfmt.Dash
	}
	return data.DateOf(t).DMY()
}

// coverage is section 2: each region's kindergartens, groups, children
// and events, with the totals.
func (b *builder) coverage() {
	f, t := b.f, b.f.sum
	b.Doc.Section(1, b.T("s2"))
	if len(f.present) == 0 {
		b.Missing("s2.none")
		return
	}
	b.Para(b.Tf("s2.summary", t.regions, t.kgs, t.state, t.private, t.groupsE+t.groupsC, t.groupsE, t.groupsC,
		t.childrenE+t.childrenC, t.childrenE, t.childrenC, t.events, docfmt.Hours(t.hours), t.participants))
	var rows [][]string
	n := strconv.Itoa
	for _, r := range f.present {
		row := r.region
		rows = append(rows, []string{b.regionName(r), unbroken(n(len(r.kgs)) + " (" + docfmt.Pair(r.state, r.private) + ")"),
			unbroken(docfmt.Pair(r.groupsE, r.groupsC)), unbroken(docfmt.Pair(row.ChildrenE, row.ChildrenC)), n(row.Events),
			docfmt.Hours(row.Hours), n(r.participants)})
	}
	b.Table("s2.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			// Weights, not widths: the columns take what their longest
			// word needs, which differs between Kazakh and Russian.
			{Title: b.T("col.region"), Weight: 1.6},
			{Title: b.T("col.kgs"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.groups"), Weight: 0.8, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.children"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.events"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.hours"), Weight: 0.6, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.participants"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
		Total: []string{b.T("all"), unbroken(n(t.kgs) + " (" + docfmt.Pair(t.state, t.private) + ")"),
			unbroken(docfmt.Pair(t.groupsE, t.groupsC)), unbroken(docfmt.Pair(t.childrenE, t.childrenC)), n(t.events),
			docfmt.Hours(t.hours), n(t.participants)},
	})
	b.Note(b.T("note.coverage"))
}

// unbroken joins a figure such as "100 (62 / 38)" with no-break spaces,
// so that its column is made wide enough for it rather than wrapping it.
func unbroken(s string) string { return strings.ReplaceAll(s, " ", docfmt.NBSP) }
