package national

import (
	"strconv"
	"strings"
	"time"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// Column widths in millimetres.
const (
	colNo   = 9.0
	colDate = 25.0
)

// asOf is the report date in words: «2026 жылғы 25 қараша».
func (b *builder) asOf() string { return format.DateWords(b.f.opts.Lang, b.f.today) }

// titlePage adds the cover: ministry, Institute, title, the date of the
// data and how many regions they cover, Astana and the year.
func (b *builder) titlePage() {
	b.Doc.Title(pdfdoc.TitlePage{
		Top:      []string{b.T("national.ministry"), b.T("national.institute")},
		Title:    b.T("national.title"),
		Subtitle: []string{b.T("national.subtitle.asof", "date", b.asOf()), b.T("national.subtitle.count", "present", len(b.f.present), "total", b.f.regions)},
		City:     b.T("national.city"),
		Year:     b.f.opts.Period.Label(),
	})
}

// sources is section 1: which regions are present, where their data came
// from, and which are missing.
func (b *builder) sources() {
	f := b.f
	b.Doc.Section(1, b.T("national.s1"))
	b.Para(b.T("national.s1.intro"))
	if len(f.present) == 0 {
		b.Missing(b.T("national.s1.none"))
		return
	}
	if len(f.missing) == 0 {
		b.Para(b.T("national.s1.all_present", "total", f.regions))
	} else {
		b.Para(b.T("national.s1.present", "present", len(f.present), "total", f.regions))
		var names []string
		for _, r := range f.missing {
			names = append(names, r.Name(f.opts.Lang))
		}
		b.Doc.Text(pdfdoc.Para{Text: b.T("national.s1.missing", "n", len(f.missing), "list", strings.Join(names, ", ")), Bold: true})
	}
	var rows [][]string
	note := b.T("national.note.sources")
	dash := false // a package without the centre's name in the report's language
	for i, r := range f.present {
		src := r.region.RegionSource
		centre := b.centreName(src)
		dash = dash || (centre == "" && !src.Created.IsZero())
		rows = append(rows, []string{strconv.Itoa(i + 1), b.regionName(r), b.sourceText(src.Own, src.Created),
			format.OrDash(centre), dmy(src.Created), dmy(src.Imported)})
	}
	if dash {
		note += " " + b.T("national.note.sources.dash")
	}
	b.Table(b.T("national.s1.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("national.col.no"), Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.region"), Weight: 1},
			{Title: b.T("national.col.source"), Weight: 0.8},
			{Title: b.T("national.col.centre"), Weight: 1.4},
			{Title: b.T("national.col.created"), Width: colDate, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.imported"), Width: colDate, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
	b.Note(note)
	b.submissions()
}

// sourceText says where a region's data came from.
func (b *builder) sourceText(own bool, created time.Time) string {
	switch {
	case !created.IsZero():
		return b.T("national.source.package")
	case own:
		return b.T("national.source.own")
	}
	return b.T("national.source.entered")
}

// dmy prints a time's date as dd.mm.yyyy, or a dash for none.
func dmy(t time.Time) string {
	if t.IsZero() {
		return format.Dash
	}
	return data.DateOf(t).DMY()
}

// coverage is section 2: each region's kindergartens, groups, children
// and events, with the totals.
func (b *builder) coverage() {
	f, t := b.f, b.f.sum
	b.Doc.Section(1, b.T("national.s2"))
	if len(f.present) == 0 {
		b.Missing(b.T("national.s2.none"))
		return
	}
	b.Para(b.T("national.s2.summary", "regions", t.regions, "kgs", t.kgs, "state", t.state, "private", t.private, "groups", t.groupsE+t.groupsC, "groups_e", t.groupsE, "groups_c", t.groupsC, "children", t.childrenE+t.childrenC, "children_e", t.childrenE, "children_c", t.childrenC, "events", t.events, "hours", format.Hours(b.Lang, t.hours), "participations", t.participants))
	var rows [][]string
	n := strconv.Itoa
	for _, r := range f.present {
		row := r.region
		rows = append(rows, []string{b.regionName(r), unbroken(n(len(r.kgs)) + " (" + format.Pair(b.Lang, r.state, r.private) + ")"),
			unbroken(format.Pair(b.Lang, r.groupsE, r.groupsC)), unbroken(format.Pair(b.Lang, row.ChildrenE, row.ChildrenC)), n(row.Events),
			format.Hours(b.Lang, row.Hours), n(r.participants)})
	}
	b.Table(b.T("national.s2.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			// Weights, not widths: the columns take what their longest
			// word needs, which differs between Kazakh and Russian.
			{Title: b.T("national.col.region"), Weight: 1.6},
			{Title: b.T("national.col.kgs"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.groups"), Weight: 0.8, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.children"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.events"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.hours"), Weight: 0.6, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.participants"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
		Total: []string{b.T("national.all"), unbroken(n(t.kgs) + " (" + format.Pair(b.Lang, t.state, t.private) + ")"),
			unbroken(format.Pair(b.Lang, t.groupsE, t.groupsC)), unbroken(format.Pair(b.Lang, t.childrenE, t.childrenC)), n(t.events),
			format.Hours(b.Lang, t.hours), n(t.participants)},
	})
	b.Note(b.T("national.note.coverage"))
}

// unbroken joins a figure such as "100 (62 / 38)" with no-break spaces,
// so that its column is made wide enough for it rather than wrapping it.
func unbroken(s string) string { return strings.ReplaceAll(s, " ", format.NBSP) }

// centreName is a region's centre in the report's language: the settings'
// name for the database's own region, else the package's. A Russian report
// never prints the Kazakh name in its place: a package that did not carry
// the Russian one (before format 3, or never entered) gets a dash, and the
// note under the table says why.
func (b *builder) centreName(src comparison.RegionSource) string {
	switch {
	case src.Own && src.Created.IsZero():
		return b.f.off.Centre()
	case b.f.opts.Lang == "ru":
		return src.CentreNameRU
	}
	return src.CentreName
}
