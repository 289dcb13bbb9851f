package data

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// What changed between two packages of a region (issue 18): per table,
// the records added, removed and changed, each record matched by what
// identifies it across installations (a seed number, a child code, a
// score's child, round and indicator …). The national copy keeps, for
// every package it imports, the file, its hash, the counts and this
// difference against the region's data before.

// TableDiff counts one table's records between two versions.
type TableDiff struct {
	Added   int `json:"added"`
	Removed int `json:"removed"`
	Changed int `json:"changed"`
	Same    int `json:"same"`
}

// Any reports whether anything changed.
func (d TableDiff) Any() bool { return d.Added+d.Removed+d.Changed > 0 }

// RegionDiff is a TableDiff per table (RegionTables names them).
type RegionDiff map[string]TableDiff

// RegionTables are the tables of a region's records, in the order the
// screens list them.
func RegionTables() []string {
	return []string{"kindergartens", "directions", "env_ratings", "groups", "children", "assessments", "approvals",
		"events", "visits", "practices", "risks", "feedback", "corrections"}
}

// DiffRegion compares two versions of a region's records.
func DiffRegion(old, new *RegionRecords) RegionDiff {
	out := RegionDiff{}
	add := func(table string, a, b map[string]string) {
		var d TableDiff
		for k, v := range b {
			switch w, ok := a[k]; {
			case !ok:
				d.Added++
			case w != v:
				d.Changed++
			default:
				d.Same++
			}
		}
		for k := range a {
			if _, ok := b[k]; !ok {
				d.Removed++
			}
		}
		out[table] = d
	}
	a, b := old, new
	{
		add("kindergartens", keyed(a.Kindergartens, func(k RegionKindergarten) string { return strconv.Itoa(k.Seed) }, nil),
			keyed(b.Kindergartens, func(k RegionKindergarten) string { return strconv.Itoa(k.Seed) }, nil))
		add("directions", keyed(a.Directions, func(x RegionDirection) string { return x.Code }, nil),
			keyed(b.Directions, func(x RegionDirection) string { return x.Code }, nil))
		add("env_ratings", envRatings(a), envRatings(b))
		groupKey := func(g RegionGroup) string { return strconv.Itoa(g.Kindergarten) + "/" + g.Code }
		add("groups", keyed(a.Groups, groupKey, nil), keyed(b.Groups, groupKey, nil))
		add("children", keyed(a.Children, func(c RegionChild) string { return c.Code }, nil),
			keyed(b.Children, func(c RegionChild) string { return c.Code }, nil))
		scoreKey := func(x RegionScore) string { return x.Child + "/" + x.Round + "/" + x.Indicator }
		add("assessments", keyed(a.Assessments, scoreKey, nil), keyed(b.Assessments, scoreKey, nil))
		approvalKey := func(x RegionApproval) string { return strconv.Itoa(x.Kindergarten) + "/" + x.Round }
		add("approvals", keyed(a.Approvals, approvalKey, nil), keyed(b.Approvals, approvalKey, nil))
		// Records without a shared key are matched by their date and
		// title; the package's own numbering (Key) is left out.
		eventKey := func(e RegionEvent) string { return e.HeldOn + "/" + e.Kind + "/" + e.Topic }
		noKey := func(e RegionEvent) RegionEvent { e.Key = 0; return e }
		add("events", keyed(a.Events, eventKey, noKey), keyed(b.Events, eventKey, noKey))
		visitKey := func(v RegionVisit) string { return strconv.Itoa(v.Kindergarten) + "/" + v.VisitedOn + "/" + v.Purpose }
		add("visits", keyed(a.Visits, visitKey, nil), keyed(b.Visits, visitKey, nil))
		practiceKey := func(p RegionPractice) string { return strconv.Itoa(p.Kindergarten) + "/" + p.Title }
		noEvents := func(p RegionPractice) RegionPractice { p.Events = nil; return p }
		add("practices", keyed(a.Practices, practiceKey, noEvents), keyed(b.Practices, practiceKey, noEvents))
		riskKey := func(r RegionRisk) string { return r.IdentifiedOn + "/" + r.Description }
		add("risks", keyed(a.Risks, riskKey, nil), keyed(b.Risks, riskKey, nil))
		fbKey := func(f RegionFeedback) string { return f.ReceivedOn + "/" + f.Source + "/" + f.Text }
		noFbKey := func(f RegionFeedback) RegionFeedback { f.Key = 0; return f }
		add("feedback", keyed(a.Feedback, fbKey, noFbKey), keyed(b.Feedback, fbKey, noFbKey))
		corrKey := func(c RegionCorrection) string { return c.ChangedOn + "/" + c.Change }
		noFb := func(c RegionCorrection) RegionCorrection { c.Feedback = 0; return c }
		add("corrections", keyed(a.Corrections, corrKey, noFb), keyed(b.Corrections, corrKey, noFb))
	}
	return out
}

// keyed maps records by key to their JSON (after norm, when given); a key
// seen again gets its repetition's number, so twins are not lost.
func keyed[T any](xs []T, key func(T) string, norm func(T) T) map[string]string {
	out := make(map[string]string, len(xs))
	for _, x := range xs {
		if norm != nil {
			x = norm(x)
		}
		k := key(x)
		for n := 2; ; n++ {
			if _, dup := out[k]; !dup {
				break
			}
			k = key(x) + "#" + strconv.Itoa(n)
		}
		b, _ := json.Marshal(x)
		out[k] = string(b)
	}
	return out
}

func envRatings(d *RegionRecords) map[string]string {
	out := map[string]string{}
	for _, k := range d.Kindergartens {
		for _, e := range k.Environment {
			b, _ := json.Marshal(e)
			out[strconv.Itoa(k.Seed)+"/"+e.Direction+"/"+e.Item] = string(b)
		}
	}
	return out
}

// recordCounts is the number of records per table.
func recordCounts(d *RegionRecords) map[string]int {
	diff := DiffRegion(&RegionRecords{}, d)
	out := map[string]int{}
	for t, x := range diff {
		out[t] = x.Added
	}
	return out
}

// PackageImport is one package the national copy imported.
type PackageImport struct {
	ID         int64
	Region     string
	File       string
	SHA256     string
	Created    time.Time // when the package was made
	Imported   time.Time
	CentreName string
	Counts     map[string]int // records per table in the package
	Diff       RegionDiff     // against the region's data before it
	History    *RegionHistory // the package's history summary (nil: an older package)
	// Encrypted says the package came protected by a passphrase; Rounds
	// are its rounds' approval statuses (none for packages logged before
	// schema 7).
	Encrypted bool
	Rounds    []PackageRound
}

// logImport writes the package_import row of a replacement.
func (im *importer) logImport(opt ReplaceOptions, before *RegionRecords) error {
	counts, _ := json.Marshal(recordCounts(im.d))
	diff, _ := json.Marshal(DiffRegion(before, im.d))
	summary := []byte("{}")
	if im.d.History != nil {
		summary, _ = json.Marshal(im.d.History)
	}
	rounds, err := im.packageRounds()
	if err != nil {
		return err
	}
	_, err = im.tx.ExecContext(im.ctx, `INSERT INTO package_import(region_code, file_name, file_sha256, created_at, imported_at,
		centre_name, counts, diff, summary, encrypted, rounds) VALUES (?,?,?,?,?,?,?,?,?,?,?)`, im.region, opt.File, opt.SHA256,
		opt.Import.Created.UTC().Format(time.RFC3339), im.stamp, opt.Import.CentreName, string(counts), string(diff), string(summary),
		opt.Encrypted, rounds)
	return err
}

// PackageImports lists the packages imported, newest first, of one region
// ("" = every region).
func (s *Store) PackageImports(ctx context.Context, region string) ([]PackageImport, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, region_code, file_name, file_sha256, created_at, imported_at, centre_name,
		counts, diff, summary, encrypted, rounds FROM package_import WHERE ?1 = '' OR region_code = ?1 ORDER BY id DESC`, region)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (PackageImport, error) {
		var p PackageImport
		var created, imported, counts, diff, summary, rounds string
		if err := sc.Scan(&p.ID, &p.Region, &p.File, &p.SHA256, &created, &imported, &p.CentreName, &counts, &diff, &summary,
			&p.Encrypted, &rounds); err != nil {
			return p, err
		}
		if err := json.Unmarshal([]byte(rounds), &p.Rounds); err != nil {
			return p, fmt.Errorf("package import %d: %w", p.ID, err)
		}
		p.Created, _ = time.Parse(time.RFC3339, created)
		p.Imported = stampTime(imported)
		if err := json.Unmarshal([]byte(counts), &p.Counts); err != nil {
			return p, fmt.Errorf("package import %d: %w", p.ID, err)
		}
		if err := json.Unmarshal([]byte(diff), &p.Diff); err != nil {
			return p, fmt.Errorf("package import %d: %w", p.ID, err)
		}
		var h RegionHistory
		if json.Unmarshal([]byte(summary), &h) == nil && h.Since != "" {
			p.History = &h
		}
		return p, nil
	})
}

// ChangedTables lists the tables a diff changed, in RegionTables order.
func (d RegionDiff) ChangedTables() []string {
	var out []string
	for _, t := range RegionTables() {
		if d[t].Any() {
			out = append(out, t)
		}
	}
	return out
}
