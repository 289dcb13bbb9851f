package regional

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// envCount counts checklist items by status.
type envCount struct{ full, partly, none int }

func (c envCount) total() int { return c.full + c.partly + c.none }

func (c *envCount) add(o envCount) {
	c.full += o.full
	c.partly += o.partly
	c.none += o.none
}

// envRow is one kindergarten × direction of the checklist.
type envRow struct {
	kg  int
	dir int64
	envCount
}

// environment counts the checklist of every chosen direction as it stood
// at the end of day d; items not rated by then count as not started. It
// also counts, per item, how many kindergarten × direction pairs have not
// started it.
func (f *facts) environment(d data.Date) (rows []envRow, notStarted map[int64]int) {
	notStarted = map[int64]int{}
	for _, k := range f.kgs {
		status := map[[2]int64]int{}
		for _, r := range data.EnvStateAt(f.history[k.ID], d) {
			status[[2]int64{r.DirectionID, r.ItemID}] = r.Status
		}
		dirs := slices.Clone(f.kgDirs[k.ID])
		slices.SortFunc(dirs, func(a, b int64) int { return cmp.Compare(f.dirByID[a].Order, f.dirByID[b].Order) })
		for _, d := range dirs {
			row := envRow{kg: k.ID, dir: d}
			for _, it := range f.items {
				switch status[[2]int64{d, it.ID}] {
				case data.EnvFully:
					row.full++
				case data.EnvPartly:
					row.partly++
				default:
					row.none++
					notStarted[it.ID]++
				}
			}
			rows = append(rows, row)
		}
	}
	return rows, notStarted
}

// implementation is section 2: directions and the environment checklist
// as it stood at the end of the period and, in a quarterly report, its
// change since the end of the previous quarter.
func (b *builder) implementation() {
	f := b.f
	b.Doc.Section(1, b.T("regional.s2"))
	rows, notStarted := f.environment(f.period.to)
	if len(rows) == 0 {
		b.Missing(b.T("regional.s2.none"))
		return
	}
	chosen := map[int64]int{}
	for _, r := range rows {
		chosen[r.dir]++
	}
	var names []string
	for _, d := range f.dirs {
		if chosen[d.ID] > 0 {
			names = append(names, fmt.Sprintf("%s (%d)", format.Lower(d.Name(f.opts.Lang)), chosen[d.ID]))
		}
	}
	b.Para(b.T("regional.s2.chosen", "list", strings.Join(names, ", ")))
	var items []string
	for _, it := range f.items {
		items = append(items, "«"+it.Name(f.opts.Lang)+"»")
	}
	b.Para(b.T("regional.s2.items", "n", len(f.items), "list", strings.Join(items, ", ")))
	if len(f.items) == 0 {
		return
	}
	prevRows, prev, hasPrev := []envRow(nil), period{}, false
	if prev, hasPrev = previousQuarter(f.opts); hasPrev {
		prevRows, _ = f.environment(prev.to)
	}
	var sum, before envCount
	for _, r := range prevRows {
		before.add(r.envCount)
	}
	var table [][]string
	for i, r := range rows {
		sum.add(r.envCount)
		row := []string{f.kgLabel(r.kg), f.dirName(r.dir), strconv.Itoa(r.full), strconv.Itoa(r.partly),
			strconv.Itoa(r.none), format.Share(b.Lang, r.full, r.total())}
		if hasPrev {
			// The same kindergarten × direction pairs in the same order.
			row = append(row, format.SignedInt(b.Lang, r.full-prevRows[i].full))
		}
		table = append(table, row)
	}
	asOf := f.period.to.DMY()
	b.Para(b.T("regional.s2.summary", "date", asOf, "total", sum.total(), "full", sum.full, "full_pct", format.Share(b.Lang, sum.full, sum.total()), "partly", sum.partly, "partly_pct", format.Share(b.Lang, sum.partly, sum.total()), "none", sum.none, "none_pct", format.Share(b.Lang, sum.none, sum.total())))
	if hasPrev {
		b.Para(b.envChange(before, sum, prev.to))
	}
	if worst := b.weakestItems(notStarted, 2); worst != "" {
		b.Para(b.T("regional.s2.weakest", "list", worst))
	}
	cols := []pdfdoc.Column{
		{Title: b.T("regional.col.kindergarten"), Weight: 1.2},
		{Title: b.T("regional.col.direction"), Weight: 1.6},
		{Title: b.T("regional.col.full"), Width: 20, Align: pdfdoc.AlignCenter},
		{Title: b.T("regional.col.partly"), Width: 20, Align: pdfdoc.AlignCenter},
		{Title: b.T("regional.col.notstarted"), Width: 24, Align: pdfdoc.AlignCenter},
		{Title: b.T("regional.col.fullshare"), Width: 27, Align: pdfdoc.AlignCenter},
	}
	total := []string{b.T("regional.total"), "", strconv.Itoa(sum.full), strconv.Itoa(sum.partly), strconv.Itoa(sum.none),
		format.Share(b.Lang, sum.full, sum.total())}
	if hasPrev {
		cols = append(cols, pdfdoc.Column{Title: b.T("regional.col.full.change"), Width: 12, Align: pdfdoc.AlignCenter})
		total = append(total, format.SignedInt(b.Lang, sum.full-before.full))
	}
	b.Table(b.T("regional.s2.table", "date", f.period.to.DMY()), pdfdoc.Table{Columns: cols, Rows: table, Total: total})
	if hasPrev {
		b.Note(b.T("regional.note.env.change", "date", prev.to.DMY()))
	}
}

// envChange words the checklist's change since the end of the previous
// quarter (at date): items fully equipped then and now, and those
// started.
func (b *builder) envChange(before, now envCount, date data.Date) string {
	if before.full == now.full && before.none == now.none {
		return b.T("regional.s2.change.none", "date", date.DMY())
	}
	return b.T("regional.s2.change", "date", date.DMY(), "full_before", before.full, "full", now.full,
		"none_before", before.none, "none", now.none)
}

// weakestItems names the n items most often not started, in quotes.
func (b *builder) weakestItems(notStarted map[int64]int, n int) string {
	items := slices.Clone(b.f.items)
	slices.SortStableFunc(items, func(x, y data.EnvItem) int { return notStarted[y.ID] - notStarted[x.ID] })
	var out []string
	for _, it := range items {
		if len(out) == n || notStarted[it.ID] == 0 {
			break
		}
		out = append(out, fmt.Sprintf("«%s» (%d)", it.Name(b.f.opts.Lang), notStarted[it.ID]))
	}
	return strings.Join(out, ", ")
}
