package national

import (
	"fmt"
	"strings"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/reports/labels"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// What the Institute sees of each region's lifecycle (issue 18): how many
// kindergarten rounds are approved, the score changes made after approval
// (from the region's package), and the log of the packages imported, each
// with what changed against the one before.

// regionLife is a region's approvals and import log.
type regionLife struct {
	approved, total int
	imports         []data.PackageImport // newest first
}

// readLife reads every region's approvals and import log (off the UI
// goroutine).
func readLife(h shell, rows []comparison.RegionRow) (map[string]regionLife, error) {
	out := map[string]regionLife{}
	for _, r := range rows {
		sum, err := h.Store().ApprovalSummary(h.Context(), r.Region)
		if err != nil {
			return nil, err
		}
		var l regionLife
		for _, ra := range sum.Rounds {
			l.approved, l.total = l.approved+ra.Approved, l.total+ra.Kindergartens
		}
		if l.imports, err = h.Store().PackageImports(h.Context(), r.Region); err != nil {
			return nil, err
		}
		out[r.Region] = l
	}
	return out, nil
}

// approvedText is «12 / 15»: approved kindergarten rounds of all.
func (n *nationalScreen) approvedText(r comparison.RegionRow) string {
	l, ok := n.life[r.Region]
	if !ok || l.total == 0 {
		return "—"
	}
	return fmt.Sprintf("%d / %d", l.approved, l.total)
}

// afterText is the score changes after approval the last package reported.
func (n *nationalScreen) afterText(r comparison.RegionRow) string {
	l := n.life[r.Region]
	if len(l.imports) == 0 || l.imports[0].History == nil {
		return "—"
	}
	return fmt.Sprint(l.imports[0].History.ChangesAfterApproval)
}

// onRegion shows the chosen region's import log.
func (n *nationalScreen) onRegion(r comparison.RegionRow) {
	l := n.life[r.Region]
	if len(l.imports) == 0 {
		n.log.SetText(i18n.T("nat.log.none", "region", n.regionName(r)))
		return
	}
	lines := []string{i18n.T("nat.log.title", "region", n.regionName(r))}
	for _, p := range l.imports {
		lines = append(lines, "• "+importLine(p))
	}
	n.log.SetText(strings.Join(lines, "\n"))
}

// importLine is one package of the log: when, which file (the first
// characters of its hash), made when, and what changed per table.
func importLine(p data.PackageImport) string {
	sha := p.SHA256
	if len(sha) > 12 {
		sha = sha[:12] + "…"
	}
	var changes []string
	for _, t := range p.Diff.ChangedTables() {
		d := p.Diff[t]
		changes = append(changes, i18n.T("nat.log.table", "table", labels.Of(i18n.Current(), "table.", t), "added", d.Added, "removed", d.Removed, "changed", d.Changed))
	}
	what := i18n.T("nat.log.nothing")
	if len(changes) > 0 {
		what = strings.Join(changes, "; ")
	}
	line := i18n.T("nat.log.line", "imported", kit.Stamp(p.Imported), "file", orDash(p.File), "sha", orDash(sha), "created", kit.Stamp(p.Created), "changes", what)
	if h := p.History; h != nil {
		line += " " + i18n.T("nat.log.history", "imports", h.Imports, "undos", h.Undos, "unlocks", h.Unlocks, "after", h.ChangesAfterApproval)
	}
	return line
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
