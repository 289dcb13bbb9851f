package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
)

// What a region package tells the Institute of the region's lifecycle
// (issue 18): the status of every kindergarten's round, and a summary of
// the history — imports, undos, unlocks and the score changes made after a
// round was first approved. Names of methodologists are work data and
// travel; nothing of a child does.

// RegionApproval is a kindergarten's round's status in a package.
type RegionApproval struct {
	Kindergarten int    `json:"kindergarten"`
	Round        string `json:"round"`
	Status       string `json:"status"`
	SubmittedAt  string `json:"submitted_at"`
	SubmittedBy  string `json:"submitted_by"`
	ApprovedAt   string `json:"approved_at"`
	ApprovedBy   string `json:"approved_by"`
}

// RegionHistory summarises a region's change history.
type RegionHistory struct {
	Since          string `json:"since"` // when the history began (the baseline)
	Imports        int    `json:"imports"`
	ImportedScores int    `json:"imported_scores"`
	Undos          int    `json:"undos"`
	Unlocks        int    `json:"unlocks"`
	// ChangesAfterApproval counts score changes (by hand, import or undo)
	// in a kindergarten's round after it was first approved (change sets
	// are numbered in the order they were made).
	ChangesAfterApproval int                  `json:"changes_after_approval"`
	Rounds               []RegionRoundHistory `json:"rounds"`
}

// RegionRoundHistory is one kindergarten's round in the summary: its score
// changes, those after its first approval, and its unlocks.
type RegionRoundHistory struct {
	Kindergarten  int    `json:"kindergarten"`
	Round         string `json:"round"`
	Changes       int    `json:"changes"`
	AfterApproval int    `json:"after_approval"`
	Unlocks       int    `json:"unlocks"`
}

// ownSources are the sources of changes made in this database (not copied
// into it).
const ownSources = `('grid', 'import', 'undo', 'edit', 'roster')`

// collectLifecycle adds the approvals and the history summary to a
// region's records. A region whose data came in a package (not this
// database's own) carries the summary that package brought.
func collectLifecycle(ctx context.Context, tx *sql.Tx, region string, d *RegionRecords) error {
	if err := each(ctx, tx, `SELECT st.kindergarten_id, r.code, st.status, coalesce(st.submitted_at, ''), st.submitted_by,
		coalesce(st.approved_at, ''), st.approved_by FROM round_status st JOIN round r ON r.id = st.round_id
		JOIN kindergarten k ON k.id = st.kindergarten_id WHERE k.region_code = ? AND st.status <> 'open'
		ORDER BY st.kindergarten_id, r.ord, r.id`, []any{region}, func(rs *sql.Rows) error {
		var x RegionApproval
		err := rs.Scan(&x.Kindergarten, &x.Round, &x.Status, &x.SubmittedAt, &x.SubmittedBy, &x.ApprovedAt, &x.ApprovedBy)
		d.Approvals = append(d.Approvals, x)
		return err
	}); err != nil {
		return err
	}
	var own bool
	if err := tx.QueryRowContext(ctx, `SELECT count(*) > 0 FROM settings WHERE id = 1 AND region_code = ?`, region).Scan(&own); err != nil {
		return err
	}
	if !own {
		var summary string
		err := tx.QueryRowContext(ctx, `SELECT summary FROM package_import WHERE region_code = ? ORDER BY id DESC LIMIT 1`, region).Scan(&summary)
		switch {
		case err == sql.ErrNoRows:
		case err != nil:
			return err
		default:
			var h RegionHistory
			if json.Unmarshal([]byte(summary), &h) == nil && h.Since != "" {
				d.History = &h
				return nil
			}
		}
	}
	h, err := historySummary(ctx, tx, region)
	d.History = h
	return err
}

// historySummary computes the summary from this database's history.
func historySummary(ctx context.Context, tx *sql.Tx, region string) (*RegionHistory, error) {
	h := &RegionHistory{Rounds: []RegionRoundHistory{}}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(min(at), '') FROM change_set WHERE source = 'baseline'`).Scan(&h.Since); err != nil {
		return nil, err
	}
	kg := `c.kindergarten_id IN (SELECT id FROM kindergarten WHERE region_code = ?1)`
	err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(DISTINCT c.set_id) FROM change c JOIN change_set s ON s.id = c.set_id WHERE s.source = 'import' AND `+kg+`),
		(SELECT count(*) FROM change c JOIN change_set s ON s.id = c.set_id WHERE s.source = 'import' AND c.entity = 'score' AND `+kg+`),
		(SELECT count(DISTINCT c.set_id) FROM change c JOIN change_set s ON s.id = c.set_id WHERE s.source = 'undo' AND `+kg+`),
		(SELECT count(*) FROM change c WHERE c.entity = 'round_status' AND c.old = 'approved' AND c.new <> 'approved' AND `+kg+`)`,
		region).Scan(&h.Imports, &h.ImportedScores, &h.Undos, &h.Unlocks)
	if err != nil {
		return nil, err
	}
	err = each(ctx, tx, `WITH first AS (
			SELECT c.kindergarten_id AS kg, c.round_id AS rd, min(c.set_id) AS sid FROM change c
			WHERE c.entity = 'round_status' AND c.new = 'approved' AND `+kg+` GROUP BY 1, 2),
		unlocks AS (
			SELECT c.kindergarten_id AS kg, c.round_id AS rd, count(*) AS n FROM change c
			WHERE c.entity = 'round_status' AND c.old = 'approved' AND c.new <> 'approved' AND `+kg+` GROUP BY 1, 2),
		scores AS (
			SELECT c.kindergarten_id AS kg, c.round_id AS rd, count(*) AS n, coalesce(sum(c.set_id > f.sid), 0) AS after
			FROM change c JOIN change_set s ON s.id = c.set_id LEFT JOIN first f ON f.kg = c.kindergarten_id AND f.rd = c.round_id
			WHERE c.entity = 'score' AND s.source IN `+ownSources+` AND `+kg+` GROUP BY 1, 2)
		SELECT k.kg, r.code, coalesce(sc.n, 0), coalesce(sc.after, 0), coalesce(u.n, 0)
		FROM (SELECT kg, rd FROM scores UNION SELECT kg, rd FROM unlocks) k JOIN round r ON r.id = k.rd
		LEFT JOIN scores sc ON sc.kg = k.kg AND sc.rd = k.rd LEFT JOIN unlocks u ON u.kg = k.kg AND u.rd = k.rd
		ORDER BY k.kg, r.ord, r.id`, []any{region}, func(rs *sql.Rows) error {
		var x RegionRoundHistory
		err := rs.Scan(&x.Kindergarten, &x.Round, &x.Changes, &x.AfterApproval, &x.Unlocks)
		h.ChangesAfterApproval += x.AfterApproval
		h.Rounds = append(h.Rounds, x)
		return err
	})
	return h, err
}

// writeApprovals replaces the region's statuses with the package's (the
// package is the region's word on them); rounds are mapped by code.
func (im *importer) writeApprovals() error {
	if _, err := im.tx.ExecContext(im.ctx, `DELETE FROM round_status WHERE kindergarten_id IN
		(SELECT id FROM kindergarten WHERE region_code = ?)`, im.region); err != nil {
		return err
	}
	for _, a := range im.d.Approvals {
		if _, err := im.tx.ExecContext(im.ctx, `INSERT INTO round_status(kindergarten_id, round_id, status, submitted_at,
			submitted_by, approved_at, approved_by, updated_at) VALUES (?,?,?,?,?,?,?,?)`, a.Kindergarten, im.rounds[a.Round],
			a.Status, nz(a.SubmittedAt), a.SubmittedBy, nz(a.ApprovedAt), a.ApprovedBy, im.stamp); err != nil {
			return badRecord(err, "approval", a.Round)
		}
	}
	return nil
}

// addRounds adds the package's rounds this database lacks when the package
// says their period (a later programme year): the period is found by its
// dates, or added. A round without a period stays unknown.
func (im *importer) addRounds() error {
	for _, r := range im.d.Rounds {
		if _, ok := im.rounds[r.Code]; ok || r.Period == "" {
			continue
		}
		start, end, ok := strings.Cut(r.Period, "/")
		if !ok {
			continue
		}
		var pid int64
		err := im.tx.QueryRowContext(im.ctx, `SELECT id FROM period WHERE starts_on = ? AND ends_on = ?`, start, end).Scan(&pid)
		if err == sql.ErrNoRows {
			res, err := im.tx.ExecContext(im.ctx, `INSERT INTO period(starts_on, ends_on, created_at, updated_at) VALUES (?,?,?,?)`,
				start, end, im.stamp, im.stamp)
			if err != nil {
				return badRecord(err, "round", r.Code)
			}
			if pid, err = res.LastInsertId(); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		res, err := im.tx.ExecContext(im.ctx, `INSERT INTO round(code, kind, name_kk, name_ru, name_en, starts_on, ends_on, ord, period_id, created_at, updated_at)
			SELECT ?, ?, coalesce(name_kk, ?), coalesce(name_ru, ''), coalesce(name_en, ''), ?, ?, (SELECT coalesce(max(ord), 0) + 1 FROM round), ?, ?, ?
			FROM (SELECT 1) LEFT JOIN (SELECT name_kk, name_ru, name_en FROM round WHERE kind = ? ORDER BY id LIMIT 1) ON 1`,
			r.Code, r.Kind, r.Code, r.Starts, r.Ends, pid, im.stamp, im.stamp, r.Kind)
		if err != nil {
			return badRecord(err, "round", r.Code)
		}
		if im.rounds[r.Code], err = res.LastInsertId(); err != nil {
			return err
		}
	}
	return nil
}
