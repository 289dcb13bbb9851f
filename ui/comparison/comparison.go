package comparison

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// comparisonScreen answers the pilot's question — does the experimental
// method work? — for a chosen scope: the region or one kindergarten, all
// indicators, a block or one indicator, two rounds and the φ* cut. The
// figures come from reports/comparison (the same the PDF reports and
// `baulu stats` show) and are computed off the UI goroutine; the screen
// only holds the pickers and shows the newest answer.
type comparisonScreen struct {
	h shell

	kgs    []data.Kindergarten
	blocks []data.Block
	inds   []data.Indicator
	rounds []data.Round

	kgPick, indPick, fromPick, toPick, cutPick *kit.Choice

	busy  *widget.Activity
	body  *fyne.Container    // the tabs, or one sentence instead of them
	tabs  *container.AppTabs // verdict, levels, tests, summary
	ready bool               // pickers set up: a change now recomputes

	// latest drops the answer to a request the user has changed since.
	latest kit.Latest

	shown   *cmpOutcome      // the answer on screen, nil before the first
	view    *cmpView         // its widgets
	summary []comparison.Row // the summary depends on the rounds only,
	sumKey  [2]int64         // so it is kept for these (from, to)
}

func newComparisonScreen(h shell) *comparisonScreen {
	c := &comparisonScreen{h: h, busy: widget.NewActivity(), body: container.NewStack()}
	c.busy.Hide()
	var err error
	if c.kgs, err = h.Store().Kindergartens(h.Context(), h.Settings().RegionCode); err == nil {
		if c.blocks, err = h.Store().Blocks(h.Context()); err == nil {
			if c.inds, err = h.Store().Indicators(h.Context(), false); err == nil {
				c.rounds, err = h.Store().Rounds(h.Context())
			}
		}
	}
	if err != nil {
		h.ShowError(fmt.Errorf("comparison screen: %w", err))
	}
	c.buildPickers()
	return c
}

// Picker keys: "" is "all"; kindergartens by seed number, "b<id>" a block,
// "i<id>" an indicator, rounds by id.
func (c *comparisonScreen) buildPickers() {
	lang := i18n.Current()
	onChange := func(string) {
		if c.ready {
			c.recompute()
		}
	}

	kgKeys, kgNames := []string{""}, map[string]string{"": i18n.T("cmp.scope.region")}
	for _, k := range c.kgs {
		key := strconv.Itoa(k.ID)
		kgKeys = append(kgKeys, key)
		kgNames[key] = "№" + key + " " + k.ShortName
	}
	c.kgPick = kit.NewChoice(kgKeys, func(k string) string { return kgNames[k] }, onChange)

	indKeys, indNames := []string{""}, map[string]string{"": i18n.T("cmp.scope.all_indicators")}
	for _, b := range c.blocks {
		key := fmt.Sprintf("b%d", b.ID)
		indKeys = append(indKeys, key)
		indNames[key] = i18n.T("cmp.scope.block", "block", b.Name(lang))
		for _, in := range c.inds {
			if in.BlockID == b.ID {
				key := fmt.Sprintf("i%d", in.ID)
				indKeys = append(indKeys, key)
				indNames[key] = in.Code + " " + in.Name(lang)
			}
		}
	}
	c.indPick = kit.NewChoice(indKeys, func(k string) string { return indNames[k] }, onChange)

	var rKeys []string
	rNames := map[string]string{}
	for _, r := range c.rounds {
		key := strconv.FormatInt(r.ID, 10)
		rKeys = append(rKeys, key)
		rNames[key] = r.Name(lang)
	}
	c.fromPick = kit.NewChoice(rKeys, func(k string) string { return rNames[k] }, onChange)
	c.toPick = kit.NewChoice(rKeys, func(k string) string { return rNames[k] }, onChange)
	c.cutPick = kit.NewChoice([]string{comparison.PhiIII, comparison.PhiIIandIII},
		func(k string) string { return i18n.T("cmp.cut." + k) }, onChange)

	c.kgPick.SetKey("")
	c.indPick.SetKey("")
	from, to := defaultRounds(c.rounds)
	c.fromPick.SetKey(from)
	c.toPick.SetKey(to)
	c.cutPick.SetKey(comparison.PhiIII)
}

// defaultRounds picks baseline → final, or the first and the last round
// when the framework has no round of that kind.
func defaultRounds(rounds []data.Round) (from, to string) {
	if len(rounds) == 0 {
		return "", ""
	}
	f, t := rounds[0], rounds[len(rounds)-1]
	for i := len(rounds) - 1; i >= 0; i-- {
		switch rounds[i].Kind {
		case data.RoundBaseline:
			f = rounds[i]
		case data.RoundFinal:
			t = rounds[i]
		}
	}
	return strconv.FormatInt(f.ID, 10), strconv.FormatInt(t.ID, 10)
}

func (c *comparisonScreen) Content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.comparison"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	arrow := widget.NewLabel("→")
	rounds := container.New(ratioRow{}, c.fromPick, arrow, c.toPick)
	left := widget.NewForm(
		widget.NewFormItem(i18n.T("cmp.pick.scope"), c.kgPick),
		widget.NewFormItem(i18n.T("cmp.pick.indicators"), c.indPick),
	)
	right := widget.NewForm(
		widget.NewFormItem(i18n.T("cmp.pick.rounds"), rounds),
		widget.NewFormItem(i18n.T("cmp.pick.cut"), c.cutPick),
	)
	head := container.NewBorder(nil, nil, nil, c.busy, title)
	// The two halves wrap one under the other where the window is narrow
	// (1024 px with the sidebar), instead of widening the screen.
	top := container.NewVBox(head, kit.ButtonRow(left, right), widget.NewSeparator())
	c.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("cmp.tab.verdict"), theme.InfoIcon(), widget.NewLabel("")),
		container.NewTabItemWithIcon(i18n.T("cmp.tab.levels"), theme.GridIcon(), widget.NewLabel("")),
		container.NewTabItemWithIcon(i18n.T("cmp.tab.tests"), theme.ListIcon(), widget.NewLabel("")),
		container.NewTabItemWithIcon(i18n.T("cmp.tab.summary"), theme.DocumentIcon(), widget.NewLabel("")),
	)
	c.ready = true
	c.recompute()
	return container.NewBorder(top, nil, nil, nil, c.body)
}

// scope turns the pickers into a comparison scope.
func (c *comparisonScreen) scope() comparison.Scope {
	s := comparison.Scope{RegionCode: c.h.Settings().RegionCode, Phi: c.cutPick.Key()}
	s.KindergartenID, _ = strconv.Atoi(c.kgPick.Key())
	if k := c.indPick.Key(); k != "" {
		id, _ := strconv.ParseInt(k[1:], 10, 64)
		if k[0] == 'b' {
			s.BlockID = id
		} else {
			s.IndicatorID = id
		}
	}
	s.From, _ = strconv.ParseInt(c.fromPick.Key(), 10, 64)
	s.To, _ = strconv.ParseInt(c.toPick.Key(), 10, 64)
	return s
}

// recompute asks for the comparison of the current scope in the
// background; only the answer to the newest request reaches the screen.
func (c *comparisonScreen) recompute() {
	req := cmpRequest{scope: c.scope(), lang: i18n.Current()}
	if req.scope.From == 0 || req.scope.To == 0 || req.scope.From == req.scope.To {
		// Nothing to compute: say why at once, no figures.
		key := "cmp.need_two_rounds"
		if req.scope.From != 0 && req.scope.From == req.scope.To {
			key = "cmp.same_round"
		}
		c.latest.Drop()
		c.busy.Stop()
		c.busy.Hide()
		c.showMessage(i18n.T(key))
		return
	}
	req.summary = c.summary == nil || c.sumKey != [2]int64{req.scope.From, req.scope.To}
	req.fromName, req.toName = c.roundName(req.scope.From), c.roundName(req.scope.To)
	c.busy.Show()
	c.busy.Start()
	var out cmpOutcome
	c.latest.Go(c.h.Runner(), func() { out = computeComparison(c.h, req) }, func() { c.apply(out) })
}

// apply shows the answer to the newest request.
func (c *comparisonScreen) apply(out cmpOutcome) {
	c.busy.Stop()
	c.busy.Hide()
	if out.err != nil {
		c.shown, c.view = nil, nil
		c.showMessage(kit.ErrorText(out.err))
		fyne.LogError("comparison", out.err)
		return
	}
	if out.req.summary {
		c.summary, c.sumKey = out.rows, [2]int64{out.req.scope.From, out.req.scope.To}
	}
	c.shown = &out
	c.view = newCmpView(c, out)
	if out.res.NoData {
		// Only the verdict's sentence: there are no figures to tab through.
		c.body.Objects = []fyne.CanvasObject{container.NewPadded(kit.Wrapped(strings.Join(out.verdict, " ")))}
		c.body.Refresh()
		return
	}
	for i, page := range c.view.pages() {
		c.tabs.Items[i].Content = page
	}
	c.body.Objects = []fyne.CanvasObject{c.tabs}
	c.body.Refresh()
	c.tabs.Refresh()
}

func (c *comparisonScreen) roundName(id int64) string {
	for _, r := range c.rounds {
		if r.ID == id {
			return r.Name(i18n.Current())
		}
	}
	return ""
}

// showMessage replaces the figures by one sentence.
func (c *comparisonScreen) showMessage(msg string) {
	c.shown, c.view = nil, nil
	c.body.Objects = []fyne.CanvasObject{container.NewPadded(kit.Wrapped(msg))}
	c.body.Refresh()
}

// ratioRow lays out [from] → [to]: the two pickers share the width, the
// arrow between them keeps its own.
type ratioRow struct{}

func (ratioRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	arrow := objs[1].MinSize().Width
	w := (size.Width - arrow) / 2
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(arrow, size.Height))
	objs[2].Move(fyne.NewPos(w+arrow, 0))
	objs[2].Resize(fyne.NewSize(w, size.Height))
}

func (ratioRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b, c := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(2*max(a.Width, c.Width)+b.Width, max(a.Height, b.Height, c.Height))
}

// cmpRequest is one computation asked for by the screen.
type cmpRequest struct {
	scope    comparison.Scope
	lang     string
	fromName string // round names for the chart labels
	toName   string
	summary  bool // the rounds changed: the summary table is due again
}

// cmpOutcome is everything the screen shows for a request, prepared off
// the UI goroutine.
type cmpOutcome struct {
	req     cmpRequest
	res     comparison.Result
	verdict []string
	rows    []comparison.Row // set when req.summary
	chart   []byte           // PNG, nil when nobody was scored
	err     error
}

// computeComparison does a request's work: the comparison, its verdict,
// the summary rows when asked for, the level chart.
func computeComparison(h shell, req cmpRequest) cmpOutcome {
	out := cmpOutcome{req: req}
	if out.res, out.err = comparison.Compare(h.Context(), h.Store(), req.scope); out.err != nil {
		return out
	}
	out.verdict = comparison.Verdict(out.res, req.lang)
	if req.summary {
		if out.rows, out.err = comparison.Summary(h.Context(), h.Store(), req.scope.RegionCode, req.scope.From, req.scope.To); out.err != nil {
			return out
		}
	}
	out.chart, out.err = levelChartPNG(out.res, req.fromName, req.toName)
	return out
}

// TabCount and ShowTab show the tabs to `baulu screenshots` (none while
// there is no answer).
func (c *comparisonScreen) TabCount() int {
	if c.view == nil || c.tabs == nil {
		return 0
	}
	return len(c.tabs.Items)
}

func (c *comparisonScreen) ShowTab(i int) { c.tabs.SelectIndex(i) }
