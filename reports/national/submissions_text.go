package national

import (
	"strings"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/labels"
)

// The Submissions table's cells as the report and the Excel export word
// them in lang (kk or ru).

// StatusText names a submission status («в срок»).
func StatusText(lang, status string) string { return labels.Of(lang, "submission.", status) }

// ApprovalsText words a package's rounds' approval statuses: «бастапқы
// 5/5; қорытынды 2/5, 3 ұсынылған»; a dash for a package with none.
func ApprovalsText(lang string, rounds []data.Round, prs []data.PackageRound) string {
	var out []string
	for _, pr := range prs {
		name := pr.Round
		for _, r := range rounds {
			if r.Code == pr.Round {
				name = format.Lower(r.Name(lang))
			}
		}
		key := "national.sub.round"
		if pr.Submitted > 0 {
			key = "national.sub.round.submitted"
		}
		out = append(out, text.T(lang, key, "round", name, "approved", pr.Approved, "of", pr.Kindergartens, "submitted", pr.Submitted))
	}
	if len(out) == 0 {
		return format.Dash
	}
	return strings.Join(out, "; ")
}

// ChangesText words what a package changed against the region's data
// before it, per table: «баллы: ~1»; «no changes» when nothing did.
func ChangesText(lang string, d data.RegionDiff) string {
	var out []string
	for _, t := range d.ChangedTables() {
		x := d[t]
		var parts []string
		if x.Added > 0 {
			parts = append(parts, "+"+format.Int(lang, x.Added))
		}
		if x.Removed > 0 {
			parts = append(parts, "−"+format.Int(lang, x.Removed))
		}
		if x.Changed > 0 {
			parts = append(parts, "~"+format.Int(lang, x.Changed))
		}
		out = append(out, labels.Of(lang, "table.", t)+": "+strings.Join(parts, " "))
	}
	if len(out) == 0 {
		return text.T(lang, "national.sub.nochange")
	}
	return strings.Join(out, "; ")
}
