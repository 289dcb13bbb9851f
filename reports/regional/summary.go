package regional

import (
	"strings"

	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/resultdoc"
)

// summaryItems is how many findings and recommendations the executive
// summary lists: three of each keep it within a page.
const summaryItems = 3

// executiveSummary opens the report after the title page, on one page: the
// coverage, how complete the data are and the parents' consent, the main
// comparison with its caveats, three findings and three recommendations
// (the first of the conclusions').
func (b *builder) executiveSummary() {
	f := b.f
	b.Doc.Unnumbered(b.T("regional.sum"))
	ge, gc, ce, cc := f.groupCounts()
	coverage := b.T("regional.c.no_groups")
	if len(f.groups) > 0 {
		coverage = b.T("regional.c.coverage", "kgs", len(f.kgs), "groups", ge+gc, "groups_e", ge, "groups_c", gc, "children", ce+cc)
	}
	b.Para(b.T("regional.sum.scope", "period", periodText(f.opts, f.period)) + " " + coverage)
	if c := b.completeness(); c != "" {
		b.Para(c)
	}
	for _, s := range b.primaryResult() {
		b.Para(s)
	}
	if fs := b.findings(); len(fs) > 0 {
		b.RunIn(b.T("regional.sum.findings"))
		b.Doc.Bullets(fs[:min(summaryItems, len(fs))]...)
	}
	rs := b.recommendations()
	if edited := listItems(f.opts.Conclusions); len(edited) > 0 {
		// The conclusions were edited: the summary repeats their list.
		rs = edited
	}
	if len(rs) > 0 {
		rs = append([]string(nil), rs[:min(summaryItems, len(rs))]...)
		resultdoc.EndList(rs)
		b.RunIn(b.T("regional.sum.recommendations"))
		b.Doc.Bullets(rs...)
	}
}

// completeness says how many of the children in the pilot when the latest
// round of the report began it scored, and how many children at the
// end of the period have no parental consent.
func (b *builder) completeness() string {
	f, m := b.f, &b.f.mon
	listed := f.scoredRound.InPilot
	consent := b.T("regional.sum.consent.all")
	switch n := f.children.NoConsent; {
	case f.children.InPilot == 0:
		consent = ""
	case n > 0:
		consent = b.T("regional.sum.consent", "n", n)
	}
	if len(m.dist) == 0 || listed == 0 {
		// The comparison that follows says there are no scores.
		return consent
	}
	last := m.dist[len(m.dist)-1]
	scored := last.e.N + last.c.N
	return strings.TrimSpace(b.T("regional.sum.data", "round", format.Lower(last.round.Name(f.opts.Lang)), "scored", scored, "listed", listed,
		"pct", format.Share(b.Lang, scored, listed)) + " " + consent)
}

// primaryResult is the comparison of experimental and control groups as
// the summary states it, the caveats first: the one place the summary
// words the comparison, so that it can switch to the clustered primary
// result when reports/comparison offers it (DESIGN §4).
func (b *builder) primaryResult() []string {
	m := &b.f.mon
	if m.main == nil {
		out, _ := b.monitoringConclusions()
		return out
	}
	r := *m.main
	e, c := r.Experimental, r.Control
	if e.Children == 0 || c.Children == 0 {
		return []string{b.T("regional.c.mon.one_arm")}
	}
	d := r.Design
	caveat := b.T("regional.sum.cluster", "e", d.E.Groups, "c", d.C.Groups,
		"icc", format.Num(b.Lang, d.ICC, 2), "deff", format.Num(b.Lang, d.All.DesignEffect, 2))
	if !r.Primary.Causal {
		caveat += " " + b.T("regional.sum.few_groups", "e", d.E.Groups, "c", d.C.Groups)
	}
	if r.Has(comparison.WarnBaselineDifference) {
		caveat += " " + b.T("regional.c.caveat.baseline")
	}
	if r.Has(comparison.WarnSmallSample) {
		caveat += " " + b.T("regional.c.caveat.small")
	}
	out := []string{caveat}
	to := format.Lower(m.to.Name(b.f.opts.Lang))
	result := b.T("regional.c.share", "round", to, "e_change", format.Signed(b.Lang, float64(e.CutShareChange), 1),
		"e_from", format.Pct(b.Lang, e.From.CutShare), "e_to", format.Pct(b.Lang, e.To.CutShare),
		"c_change", format.Signed(b.Lang, float64(c.CutShareChange), 1), "c_from", format.Pct(b.Lang, c.From.CutShare),
		"c_to", format.Pct(b.Lang, c.To.CutShare))
	if g := b.gainSentence(r); g != "" {
		result += " " + g
	}
	return append(out, result)
}

// findings are the summary's statements of fact, in order: the
// environment, the spread of the kindergartens' results, the methodical
// support, the practices and the risks.
func (b *builder) findings() []string {
	var out []string
	add := func(s string) {
		if s != "" {
			out = append(out, s)
		}
	}
	add(b.envFinding())
	add(b.kgSpread())
	add(b.supportFinding())
	add(b.practicesFinding())
	add(b.risksFinding())
	return out
}

// kgSpread names the kindergartens whose experimental groups gained most
// and least, "" with fewer than two to compare.
func (b *builder) kgSpread() string {
	var lo, hi *kgResult
	for i := range b.f.mon.byKg {
		k := &b.f.mon.byKg[i]
		g := k.res.Experimental.Gain.Mean
		if g.NaN() {
			continue
		}
		if lo == nil || g < lo.res.Experimental.Gain.Mean {
			lo = k
		}
		if hi == nil || g > hi.res.Experimental.Gain.Mean {
			hi = k
		}
	}
	if lo == nil || lo == hi {
		return ""
	}
	return b.T("regional.sum.kg_spread", "low", format.Signed(b.Lang, lo.res.Experimental.Gain.Mean, 2), "low_kg", b.f.kgLabel(lo.id),
		"high", format.Signed(b.Lang, hi.res.Experimental.Gain.Mean, 2), "high_kg", b.f.kgLabel(hi.id))
}

// listItems are the list items («– …») of conclusions in the format of
// Options.Conclusions, without their dashes.
func listItems(lines []string) []string {
	var out []string
	for _, s := range lines {
		s = strings.TrimSpace(s)
		if isListItem(s) {
			out = append(out, strings.TrimSpace(strings.TrimLeft(s, "–-•")))
		}
	}
	return out
}

// isListItem reports whether a line of the conclusions is a list item.
func isListItem(s string) bool {
	return strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "•")
}
