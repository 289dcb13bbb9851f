package regional

import (
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/pdfdoc"
)

// title is the report's title in its language.
func (b *builder) title() string {
	if b.f.opts.Kind == Quarterly {
		return b.T("title.quarterly")
	}
	return b.T("title.regional")
}

// titlePage adds the cover: ministry, department, centre, title, region and
// period, city and year.
func (b *builder) titlePage() {
	f := b.f
	top := []string{b.T("ministry"), department(f.region, f.opts.Lang)}
	if c := strings.TrimSpace(f.settings.CentreName); c != "" {
		top = append(top, c)
	}
	b.Doc.Title(pdfdoc.TitlePage{
		Top:      top,
		Title:    b.title(),
		Subtitle: []string{capitalize(f.region.Name(f.opts.Lang)), b.Tf("period.line", periodText(f.opts, f.period))},
		City:     f.region.Centre(f.opts.Lang),
		Year:     strconv.Itoa(Year),
	})
}

// department names the region's education department: «Ұлытау облысының
// білім басқармасы», «Управление образования области Ұлытау».
func department(r data.Region, lang string) string {
	if lang != "ru" {
		name := r.Name("kk")
		if strings.HasSuffix(name, "облысы") || strings.HasSuffix(name, "қаласы") {
			name += "ның"
		}
		return name + " білім басқармасы"
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
	return "Управление образования " + name
}

// general is section 1: the pilot, the period and the region's
// kindergartens with their groups and children.
func (b *builder) general() {
	f := b.f
	b.Doc.Section(1, b.T("s1"))
	b.Para(b.T("s1.pilot"))
	b.Para(b.Tf("s1.scope", periodText(f.opts, f.period)))
	ge, gc, ce, cc := f.groupCounts()
	state := 0
	for _, k := range f.kgs {
		if k.State() {
			state++
		}
	}
	b.Doc.KeyValues(
		pdfdoc.KeyValue{Key: b.T("kv.region"), Value: capitalize(f.region.Name(f.opts.Lang))},
		pdfdoc.KeyValue{Key: b.T("kv.period"), Value: periodText(f.opts, f.period)},
		pdfdoc.KeyValue{Key: b.T("kv.centre"), Value: orDash(f.settings.CentreName)},
		pdfdoc.KeyValue{Key: b.T("kv.kindergartens"), Value: b.Tf("kv.kindergartens.v", len(f.kgs), state, len(f.kgs)-state)},
		pdfdoc.KeyValue{Key: b.T("kv.groups"), Value: b.Tf("kv.groups.v", ge+gc, ge, gc)},
		pdfdoc.KeyValue{Key: b.T("kv.children"), Value: b.Tf("kv.children.v", ce+cc, ce, cc)},
	)
	if len(f.groups) == 0 {
		b.Missing("s1.no_groups")
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
		rows = append(rows, []string{strconv.Itoa(i + 1), k.Name, orDash(k.Settlement),
			pair(c.ge, c.gc), pair(c.ce, c.cc)})
	}
	b.Table("s1.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: 10, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.kindergarten"), Weight: 3},
			{Title: b.T("col.settlement"), Weight: 1.4},
			{Title: b.T("col.groups.ec"), Width: 24, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.children.ec"), Width: 24, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: []string{"", b.T("total"), "", pair(ge, gc), pair(ce, cc)},
	})
	b.Note(b.T("note.ec"))
}
