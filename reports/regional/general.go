package regional

import (
	"strconv"

	"baulu/data"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// title is the report's title in its language.
func (b *builder) title() string {
	if b.f.opts.Kind == Quarterly {
		return b.T("regional.title.quarterly")
	}
	return b.T("regional.title.regional")
}

// titlePage adds the cover: ministry, department, centre, title, region and
// period, city and year.
func (b *builder) titlePage() {
	f := b.f
	top := []string{b.T("regional.ministry"), f.off.Department()}
	if c := f.off.Centre(); c != "" {
		top = append(top, c)
	}
	b.Doc.Title(pdfdoc.TitlePage{
		Top:      top,
		Title:    b.title(),
		Subtitle: []string{format.Capitalize(f.region.Name(f.opts.Lang)), b.T("regional.period.line", "period", periodText(f.opts, f.period))},
		City:     f.off.City(),
		Year:     f.opts.Period.Label(),
	})
}

// general is section 1: the pilot, the period and the region's
// kindergartens with their groups and children.
func (b *builder) general() {
	f := b.f
	b.Doc.Section(1, b.T("regional.s1"))
	b.Para(b.T("regional.s1.pilot"))
	b.Para(b.T("regional.s1.scope", "period", periodText(f.opts, f.period)))
	ge, gc, ce, cc := f.groupCounts()
	state := 0
	for _, k := range f.kgs {
		if k.State() {
			state++
		}
	}
	b.Doc.KeyValues(
		pdfdoc.KeyValue{Key: b.T("regional.kv.region"), Value: format.Capitalize(f.region.Name(f.opts.Lang))},
		pdfdoc.KeyValue{Key: b.T("regional.kv.period"), Value: periodText(f.opts, f.period)},
		pdfdoc.KeyValue{Key: b.T("regional.kv.centre"), Value: format.OrDash(f.off.Centre())},
		pdfdoc.KeyValue{Key: b.T("regional.kv.kindergartens"), Value: b.T("regional.kv.kindergartens.v", "total", len(f.kgs), "state", state, "private", len(f.kgs)-state)},
		pdfdoc.KeyValue{Key: b.T("regional.kv.groups"), Value: b.T("regional.kv.groups.v", "total", ge+gc, "e", ge, "c", gc)},
		pdfdoc.KeyValue{Key: b.T("regional.kv.children"), Value: b.T("regional.kv.children.v", "total", ce+cc, "e", ce, "c", cc)},
	)
	if len(f.groups) == 0 {
		b.Missing(b.T("regional.s1.no_groups"))
	}
	if m := f.off.Missing(f.kgs); m != "" {
		b.Missing(m)
	}
	type counts struct{ ge, gc, ce, cc int }
	by := map[int]*counts{}
	for _, g := range f.groups {
		c := by[g.KindergartenID]
		if c == nil {
			c = &counts{}
			by[g.KindergartenID] = c
		}
		if g.Role == data.RoleControl {
			c.gc++
			c.cc += g.Children
		} else {
			c.ge++
			c.ce += g.Children
		}
	}
	var rows [][]string
	for i, k := range f.kgs {
		c := by[k.ID]
		if c == nil {
			c = &counts{}
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), f.off.KindergartenName(k), f.off.Settlement(k),
			format.Pair(b.Lang, c.ge, c.gc), format.Pair(b.Lang, c.ce, c.cc)})
	}
	b.Table(b.T("regional.s1.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: 10, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.kindergarten"), Weight: 3},
			{Title: b.T("regional.col.settlement"), Weight: 1.4},
			{Title: b.T("regional.col.groups.ec"), Width: 24, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.children.ec"), Width: 24, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: []string{"", b.T("regional.total"), "", format.Pair(b.Lang, ge, gc), format.Pair(b.Lang, ce, cc)},
	})
	b.Note(b.T("regional.note.ec"))
	if f.opts.Kind == Quarterly {
		b.quarterCounts()
	}
}

// quarterCounts is the table of the quarter's key counts beside the
// previous quarter's and those since January.
func (b *builder) quarterCounts() {
	f := b.f
	cols := []activity{f.activity}
	titles := []string{b.T("regional.quarter", "q", format.Roman(f.opts.Quarter))}
	if prev, ok := previousQuarter(f.opts); ok {
		cols = append(cols, f.year.within(prev))
		titles = append(titles, b.T("regional.quarter", "q", format.Roman(f.opts.Quarter-1)))
	}
	cols = append(cols, f.year.within(sinceStart(f.opts, f.period)))
	titles = append(titles, b.T("regional.col.since_january"))
	type figure struct {
		key string
		of  func(a activity) string
	}
	figs := []figure{
		{"regional.kc.events", func(a activity) string { return format.Int(b.Lang, len(a.events)) }},
		{"regional.kc.hours", func(a activity) string { return format.Hours(b.Lang, sumEvents(a.events).hours) }},
		{"regional.kc.participations", func(a activity) string { return format.Int(b.Lang, sumEvents(a.events).people()) }},
		{"regional.kc.visits", func(a activity) string { return format.Int(b.Lang, len(a.visits)) }},
		{"regional.kc.practices", func(a activity) string { return format.Int(b.Lang, len(a.practices)) }},
		{"regional.kc.feedback", func(a activity) string { return format.Int(b.Lang, len(a.feedback)) }},
		{"regional.kc.corrections", func(a activity) string { return format.Int(b.Lang, len(a.corrections)) }},
	}
	var rows [][]string
	for _, fg := range figs {
		row := []string{b.T(fg.key)}
		for _, a := range cols {
			row = append(row, fg.of(a))
		}
		rows = append(rows, row)
	}
	columns := []pdfdoc.Column{{Title: b.T("regional.col.figure"), Weight: 1}}
	for _, t := range titles {
		columns = append(columns, pdfdoc.Column{Title: t, Width: 30, Align: pdfdoc.AlignCenter})
	}
	b.Table(b.T("regional.kc.table"), pdfdoc.Table{Columns: columns, Rows: rows})
}
