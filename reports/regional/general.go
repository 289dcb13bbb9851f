package regional

import (
	"strconv"
	"strings"

	"baulu/data"
	"baulu/data/text"
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
	top := []string{b.T("regional.ministry"), department(f.region, f.opts.Lang)}
	if c := strings.TrimSpace(f.settings.CentreName); c != "" {
		top = append(top, c)
	}
	b.Doc.Title(pdfdoc.TitlePage{
		Top:      top,
		Title:    b.title(),
		Subtitle: []string{format.Capitalize(f.region.Name(f.opts.Lang)), b.T("regional.period.line", "period", periodText(f.opts, f.period))},
		City:     f.region.Centre(f.opts.Lang),
		Year:     f.opts.Period.Label(),
	})
}

// department names the region's education department: «Ұлытау облысының
// білім басқармасы», «Управление образования области Ұлытау» (the
// catalogue's wording around the region's name in the genitive).
func department(r data.Region, lang string) string {
	return text.T(lang, "regional.department", "region", genitive(r, lang))
}

// genitive is the region's name in the genitive case.
func genitive(r data.Region, lang string) string {
	if lang != "ru" {
		name := r.Name("kk")
		if strings.HasSuffix(name, "облысы") || strings.HasSuffix(name, "қаласы") {
			name += "ның"
		}
		return name
	}
	name := r.Name("ru")
	switch {
	case strings.HasSuffix(name, "ая область"):
		name = strings.TrimSuffix(name, "ая область") + "ой области"
	case strings.HasPrefix(name, "область "):
		name = "области " + strings.TrimPrefix(name, "область ")
	case strings.HasPrefix(name, "город "):
		city := strings.TrimPrefix(name, "город ")
		switch {
		case strings.HasSuffix(city, "а"):
			city = strings.TrimSuffix(city, "а") + "ы" // Астана → Астаны
		case strings.HasSuffix(city, "т"), strings.HasSuffix(city, "к"):
			city += "а" // Шымкент → Шымкента
		}
		name = "города " + city
	}
	return name
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
		pdfdoc.KeyValue{Key: b.T("regional.kv.centre"), Value: format.OrDash(f.settings.CentreName)},
		pdfdoc.KeyValue{Key: b.T("regional.kv.kindergartens"), Value: b.T("regional.kv.kindergartens.v", "total", len(f.kgs), "state", state, "private", len(f.kgs)-state)},
		pdfdoc.KeyValue{Key: b.T("regional.kv.groups"), Value: b.T("regional.kv.groups.v", "total", ge+gc, "e", ge, "c", gc)},
		pdfdoc.KeyValue{Key: b.T("regional.kv.children"), Value: b.T("regional.kv.children.v", "total", ce+cc, "e", ce, "c", cc)},
	)
	if len(f.groups) == 0 {
		b.Missing(b.T("regional.s1.no_groups"))
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
		rows = append(rows, []string{strconv.Itoa(i + 1), k.Name, format.OrDash(k.Settlement),
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
}
