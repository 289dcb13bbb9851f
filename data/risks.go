package data

import (
	"context"
	"database/sql"
)

// Risk categories.
const (
	RiskOrganisational = "organisational"
	RiskMethodical     = "methodical"
	RiskStaff          = "staff"
	RiskMaterial       = "material"
	RiskParents        = "parents"
	RiskSafety         = "safety"
	RiskOther          = "other"
)

// Risk statuses.
const (
	RiskOpen       = "open"
	RiskMitigating = "mitigating"
	RiskClosed     = "closed"
)

// Risk levels, from the score likelihood × impact.
const (
	RiskLow    = "low"    // 1–2
	RiskMedium = "medium" // 3–4
	RiskHigh   = "high"   // 6–9
)

// RiskCategories lists the categories in display order.
func RiskCategories() []string {
	return []string{RiskOrganisational, RiskMethodical, RiskStaff, RiskMaterial, RiskParents, RiskSafety, RiskOther}
}

// RiskStatuses lists the statuses in display order.
func RiskStatuses() []string { return []string{RiskOpen, RiskMitigating, RiskClosed} }

// Risk is a threat to the pilot the centre watches.
type Risk struct {
	ID             int64
	RegionCode     string
	KindergartenID int // 0 = region-wide
	Description    string
	Category       string // RiskOrganisational …
	Likelihood     int    // 1–3
	Impact         int    // 1–3
	Mitigation     string
	Owner          string
	Status         string // RiskOpen, RiskMitigating, RiskClosed
	IdentifiedOn   Date
	ReviewOn       Date
	ClosedOn       Date // set exactly when Status is RiskClosed
}

// Score is likelihood × impact, 1–9.
func (r Risk) Score() int { return r.Likelihood * r.Impact }

// Level maps the score to the colour of the 3 × 3 matrix: low (1–2),
// medium (3–4), high (6–9).
func (r Risk) Level() string {
	switch sc := r.Score(); {
	case sc >= 6:
		return RiskHigh
	case sc >= 3:
		return RiskMedium
	}
	return RiskLow
}

// Open reports whether the risk still needs attention (open or mitigating).
func (r Risk) Open() bool { return r.Status != RiskClosed }

const riskCols = `id, region_code, coalesce(kindergarten_id, 0), description, category, likelihood, impact,
	mitigation, owner, status, identified_on, review_on, closed_on`

func scanRisk(sc interface{ Scan(...any) error }) (Risk, error) {
	var r Risk
	err := sc.Scan(&r.ID, &r.RegionCode, &r.KindergartenID, &r.Description, &r.Category, &r.Likelihood, &r.Impact,
		&r.Mitigation, &r.Owner, &r.Status, &r.IdentifiedOn, &r.ReviewOn, &r.ClosedOn)
	return r, err
}

// Risks lists a region's risks ("" = all), latest identified first.
func (s *Store) Risks(ctx context.Context, region string) ([]Risk, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+riskCols+` FROM risk WHERE ? = '' OR region_code = ?
		ORDER BY identified_on DESC, id DESC`, region, region)
	return collect(rows, err, scanRisk)
}

// Risk reads one risk.
func (s *Store) Risk(ctx context.Context, id int64) (Risk, error) {
	r, err := scanRisk(s.db.QueryRowContext(ctx, `SELECT `+riskCols+` FROM risk WHERE id = ?`, id))
	return r, notFound(err, "risk", id)
}

// Validate checks a risk before it is saved. A closed risk needs the date it
// was closed: reports count risks closed per quarter, so the store never
// guesses it (the form may offer today). A risk that is reopened forgets its
// closing date.
func (r *Risk) Validate(w Window) error {
	trimAll(&r.RegionCode, &r.Description, &r.Mitigation, &r.Owner)
	if r.RegionCode == "" {
		return invalid("region", ReasonRequired)
	}
	if r.Description == "" {
		return invalid("description", ReasonRequired)
	}
	if err := oneOf("category", r.Category, RiskCategories()); err != nil {
		return err
	}
	if r.Likelihood < 1 || r.Likelihood > 3 {
		return invalid("likelihood", ReasonRange)
	}
	if r.Impact < 1 || r.Impact > 3 {
		return invalid("impact", ReasonRange)
	}
	if r.Status == "" {
		r.Status = RiskOpen
	}
	if err := oneOf("status", r.Status, RiskStatuses()); err != nil {
		return err
	}
	if r.Status != RiskClosed {
		r.ClosedOn = Date{}
	}
	if err := checkDay("identified_on", r.IdentifiedOn, true, w); err != nil {
		return err
	}
	if err := checkDay("review_on", r.ReviewOn, false, w); err != nil {
		return err
	}
	if err := checkOrder("review_on", r.IdentifiedOn, r.ReviewOn); err != nil {
		return err
	}
	if err := checkDay("closed_on", r.ClosedOn, r.Status == RiskClosed, w); err != nil {
		return err
	}
	return checkOrder("closed_on", r.IdentifiedOn, r.ClosedOn)
}

// SaveRisk adds (ID 0) or updates a risk.
func (s *Store) SaveRisk(ctx context.Context, r *Risk) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := r.Validate(w); err != nil {
		return err
	}
	if err := checkRegion(ctx, s.db, r.RegionCode); err != nil {
		return err
	}
	if r.KindergartenID != 0 {
		if err := checkKindergarten(ctx, s.db, r.KindergartenID, r.RegionCode); err != nil {
			return err
		}
	}
	return s.record(ctx, EntityRisk, r.ID, func(tx *sql.Tx, now string) (int64, error) {
		if r.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO risk(region_code, kindergarten_id, description, category, likelihood, impact,
			mitigation, owner, status, identified_on, review_on, closed_on, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
				r.RegionCode, nullID(r.KindergartenID), r.Description, r.Category, r.Likelihood, r.Impact,
				r.Mitigation, r.Owner, r.Status, r.IdentifiedOn, r.ReviewOn, r.ClosedOn, now, now)
			if err != nil {
				return 0, err
			}
			r.ID, err = res.LastInsertId()
			return r.ID, err
		}
		res, err := tx.ExecContext(ctx, `UPDATE risk SET region_code=?, kindergarten_id=?, description=?, category=?, likelihood=?,
		impact=?, mitigation=?, owner=?, status=?, identified_on=?, review_on=?, closed_on=?, updated_at=? WHERE id=?`,
			r.RegionCode, nullID(r.KindergartenID), r.Description, r.Category, r.Likelihood, r.Impact,
			r.Mitigation, r.Owner, r.Status, r.IdentifiedOn, r.ReviewOn, r.ClosedOn, now, r.ID)
		if err != nil {
			return 0, err
		}
		return r.ID, mustAffect(res, "risk", r.ID)
	})
}

// DeleteRisk removes a risk.
func (s *Store) DeleteRisk(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, EntityRisk, id)
}
