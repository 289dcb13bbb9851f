package monitoring

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// monCompleteness shows, per kindergarten and round, how many of the
// expected scores (children monitored × active indicators) are entered.
type monCompleteness struct {
	h      shell
	rounds []data.Round
	table  *kit.RecordTable[kgCompleteness]
	body   *fyne.Container
	total  *widget.Label // the region's figure per round
}

// kgCompleteness is one kindergarten's row: a cell per round, in the order
// of rounds.
type kgCompleteness struct {
	kg    data.Kindergarten
	cells []data.CompletenessCell
}

func newMonCompleteness(h shell) *monCompleteness {
	c := &monCompleteness{h: h, body: container.NewStack(), total: kit.Wrapped("")}
	c.total.TextStyle.Bold = true
	c.reload()
	return c
}

func (c *monCompleteness) content() fyne.CanvasObject {
	return container.NewBorder(kit.Wrapped(i18n.T("mon.completeness.hint")), c.total, nil, nil, c.body)
}

// reload reads the figures again; the columns follow the rounds, so the
// table is rebuilt.
func (c *monCompleteness) reload() {
	rounds, err := c.h.Store().Rounds(c.h.Context())
	if err != nil {
		c.h.ShowError(err)
		return
	}
	kgs, err := c.h.Store().Kindergartens(c.h.Context(), c.h.Settings().RegionCode)
	if err != nil {
		c.h.ShowError(err)
		return
	}
	figures, err := c.h.Store().Completeness(c.h.Context(), c.h.Settings().RegionCode)
	if err != nil {
		c.h.ShowError(err)
		return
	}
	c.rounds = rounds
	at := map[int64]int{}
	for i, r := range rounds {
		at[r.ID] = i
	}
	rows := make([]kgCompleteness, len(kgs))
	byKG := map[int]int{}
	for i, k := range kgs {
		rows[i] = kgCompleteness{kg: k, cells: make([]data.CompletenessCell, len(rounds))}
		byKG[k.ID] = i
	}
	totals := make([]data.CompletenessCell, len(rounds))
	for _, f := range figures {
		if i, ok := byKG[f.KindergartenID]; ok {
			rows[i].cells[at[f.RoundID]] = f
			t := &totals[at[f.RoundID]]
			t.Children, t.Indicators, t.Scored = t.Children+f.Children, f.Indicators, t.Scored+f.Scored
		}
	}
	var parts []string
	for i, r := range rounds {
		parts = append(parts, r.Name(i18n.Current())+" — "+completenessText(totals[i]))
	}
	c.total.SetText(i18n.T("mon.completeness.total", "rounds", strings.Join(parts, "; ")))
	cols := []kit.Column[kgCompleteness]{{Title: i18n.T("field.kindergarten"), Width: 280,
		Text: func(r kgCompleteness) string { return kit.KgLabel(r.kg) },
		Less: func(a, b kgCompleteness) bool { return a.kg.ID < b.kg.ID }}}
	for i, r := range rounds {
		cols = append(cols, kit.Column[kgCompleteness]{Title: r.Name(i18n.Current()), Width: 190,
			Text: func(row kgCompleteness) string { return completenessText(row.cells[i]) },
			Less: func(a, b kgCompleteness) bool {
				pa, _ := a.cells[i].Percent()
				pb, _ := b.cells[i].Percent()
				return pa < pb
			}})
	}
	c.table = kit.NewRecordTable(cols, nil)
	c.table.SetRows(rows)
	c.body.Objects = []fyne.CanvasObject{c.table.Content()}
	c.body.Refresh()
}

// completenessText is «87,5 % (630 / 720)», or a kit.Dash when nothing is
// expected (no children yet).
func completenessText(f data.CompletenessCell) string {
	p, ok := f.Percent()
	if !ok {
		return kit.Dash
	}
	return i18n.T("mon.completeness.cell", "percent", kit.FormatFloat(p, 1), "scored", f.Scored, "expected", f.Expected())
}
