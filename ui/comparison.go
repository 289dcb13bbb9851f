package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/ui/i18n"
)

// comparisonScreen answers the pilot's question — does the experimental
// method work? — for a chosen scope: region or one kindergarten, all
// indicators, a block or one indicator, and two rounds. The figures come
// from reports/comparison (the same the PDF report and `baulu stats` show)
// and are computed off the UI goroutine.
type comparisonScreen struct {
	u *UI

	kgs       []data.Kindergarten
	blocks    []data.Block
	inds      []data.Indicator
	rounds    []data.Round
	kgPick    *choice
	indPick   *choice
	fromPick  *choice
	toPick    *choice
	cutPick   *choice
	busy      *widget.ProgressBarInfinite
	body      *fyne.Container
	gen       int // increases with every request; older answers are dropped
	result    *comparison.Result
	summary   []comparison.Row
	compute   func(comparison.Scope) (comparison.Result, []comparison.Row, error)
	onUpdated func() // tests wait on this
}

func newComparisonScreen(u *UI) *comparisonScreen {
	c := &comparisonScreen{u: u, busy: widget.NewProgressBarInfinite(), body: container.NewStack()}
	c.busy.Hide()
	c.compute = c.computeFromStore
	var err error
	if c.kgs, err = u.store.Kindergartens(u.ctx, u.settings.RegionCode); err == nil {
		if c.blocks, err = u.store.Blocks(u.ctx); err == nil {
			if c.inds, err = u.store.Indicators(u.ctx, false); err == nil {
				c.rounds, err = u.store.Rounds(u.ctx)
			}
		}
	}
	if err != nil {
		u.showError(err)
	}
	c.buildPickers()
	return c
}

// buildPickers makes the scope choices; keys are "0" for all, "k<N>" for
// kindergartens, "b<id>" for blocks, "i<id>" for indicators, "r<id>" for rounds.
func (c *comparisonScreen) buildPickers() {
	lang := c.u.lang()
	kgKeys, kgNames := []string{"0"}, map[string]string{"0": i18n.T("cmp.scope.region")}
	for _, k := range c.kgs {
		key := fmt.Sprintf("k%d", k.ID)
		kgKeys = append(kgKeys, key)
		kgNames[key] = fmt.Sprintf("%d. %s", k.ID, k.ShortName)
	}
	c.kgPick = newChoice(kgKeys, func(k string) string { return kgNames[k] }, func(string) { c.recompute() })
	indKeys, indNames := []string{"0"}, map[string]string{"0": i18n.T("cmp.scope.all_indicators")}
	for _, b := range c.blocks {
		key := fmt.Sprintf("b%d", b.ID)
		indKeys = append(indKeys, key)
		indNames[key] = i18n.Tf("cmp.scope.block", b.Name(lang))
		for _, in := range c.inds {
			if in.BlockID == b.ID {
				key := fmt.Sprintf("i%d", in.ID)
				indKeys = append(indKeys, key)
				indNames[key] = "   " + in.Code + " " + in.Name(lang)
			}
		}
	}
	c.indPick = newChoice(indKeys, func(k string) string { return indNames[k] }, func(string) { c.recompute() })
	var rKeys []string
	rNames := map[string]string{}
	from, to := "", ""
	for _, r := range c.rounds {
		key := fmt.Sprintf("r%d", r.ID)
		rKeys = append(rKeys, key)
		rNames[key] = r.Name(lang)
		if r.Kind == data.RoundBaseline && from == "" {
			from = key
		}
		if r.Kind == data.RoundFinal && to == "" {
			to = key
		}
	}
	c.fromPick = newChoice(rKeys, func(k string) string { return rNames[k] }, func(string) { c.recompute() })
	c.toPick = newChoice(rKeys, func(k string) string { return rNames[k] }, func(string) { c.recompute() })
	c.cutPick = newChoice([]string{comparison.PhiIII, comparison.PhiIIandIII}, func(k string) string { return i18n.T("cmp.cut." + k) }, func(string) { c.recompute() })
	// initial choices without triggering a computation each
	for _, p := range []struct {
		c   *choice
		key string
	}{{c.kgPick, "0"}, {c.indPick, "0"}, {c.fromPick, from}, {c.toPick, to}, {c.cutPick, comparison.PhiIII}} {
		cb := p.c.OnChanged
		p.c.OnChanged = nil
		p.c.setKey(p.key)
		p.c.OnChanged = cb
	}
}

func (c *comparisonScreen) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.comparison"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	pickers := widget.NewForm(
		widget.NewFormItem(i18n.T("cmp.pick.scope"), c.kgPick),
		widget.NewFormItem(i18n.T("cmp.pick.indicators"), c.indPick),
	)
	rounds := widget.NewForm(
		widget.NewFormItem(i18n.T("cmp.pick.from"), c.fromPick),
		widget.NewFormItem(i18n.T("cmp.pick.to"), c.toPick),
		widget.NewFormItem(i18n.T("cmp.pick.cut"), c.cutPick),
	)
	top := container.NewVBox(title, container.NewGridWithColumns(2, pickers, rounds), c.busy, widget.NewSeparator())
	c.recompute()
	return container.NewBorder(top, nil, nil, nil, container.NewVScroll(c.body))
}

// scope turns the pickers into a comparison scope.
func (c *comparisonScreen) scope() comparison.Scope {
	s := comparison.Scope{RegionCode: c.u.settings.RegionCode, Phi: c.cutPick.key()}
	fmt.Sscanf(c.kgPick.key(), "k%d", &s.KindergartenID)
	switch k := c.indPick.key(); {
	case len(k) > 1 && k[0] == 'b':
		fmt.Sscanf(k, "b%d", &s.BlockID)
	case len(k) > 1 && k[0] == 'i':
		fmt.Sscanf(k, "i%d", &s.IndicatorID)
	}
	fmt.Sscanf(c.fromPick.key(), "r%d", &s.From)
	fmt.Sscanf(c.toPick.key(), "r%d", &s.To)
	return s
}

func (c *comparisonScreen) computeFromStore(s comparison.Scope) (comparison.Result, []comparison.Row, error) {
	r, err := comparison.Compare(c.u.ctx, c.u.store, s)
	if err != nil || s.KindergartenID != 0 || s.BlockID != 0 || s.IndicatorID != 0 {
		return r, nil, err
	}
	rows, err := comparison.Summary(c.u.ctx, c.u.store, s.RegionCode, s.From, s.To)
	return r, rows, err
}

// recompute starts a computation for the current scope in the background;
// only the newest request may update the screen.
func (c *comparisonScreen) recompute() {
	c.gen++
	gen, scope := c.gen, c.scope()
	c.busy.Show()
	c.busy.Start()
	var (
		res  comparison.Result
		rows []comparison.Row
		err  error
	)
	async(func() { res, rows, err = c.compute(scope) }, func() {
		{
			if gen != c.gen {
				return // a newer choice is being computed
			}
			c.busy.Stop()
			c.busy.Hide()
			if err != nil {
				c.u.showError(err)
				return
			}
			c.result, c.summary = &res, rows
			c.body.Objects = []fyne.CanvasObject{newComparisonView(c.u, res, rows, c.kgs, c.inds).content()}
			c.body.Refresh()
			if c.onUpdated != nil {
				c.onUpdated()
			}
		}
	})
}
