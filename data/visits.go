package data

import (
	"context"
	"database/sql"
)

// Visit purposes.
const (
	PurposeEnvironment  = "environment" // the subject-developing environment of a direction
	PurposeConsultation = "consultation"
	PurposeMonitoring   = "monitoring"
	PurposeOther        = "other"
)

// Follow-up statuses.
const (
	FollowupNone      = "none"
	FollowupPlanned   = "planned"
	FollowupDone      = "done"
	FollowupCancelled = "cancelled"
)

// VisitPurposes lists the purposes in display order.
func VisitPurposes() []string {
	return []string{PurposeEnvironment, PurposeConsultation, PurposeMonitoring, PurposeOther}
}

// FollowupStatuses lists the follow-up statuses in display order.
func FollowupStatuses() []string {
	return []string{FollowupNone, FollowupPlanned, FollowupDone, FollowupCancelled}
}

// Visit is a support visit of the centre to a kindergarten.
type Visit struct {
	ID              int64
	KindergartenID  int
	VisitedOn       Date
	Purpose         string // PurposeEnvironment …
	DirectionID     int64  // 0 = none
	Findings        string
	Recommendations string
	FollowupOn      Date
	FollowupStatus  string // FollowupNone …
}

// Overdue reports whether a planned follow-up is past its date.
func (v Visit) Overdue(today Date) bool {
	return v.FollowupStatus == FollowupPlanned && !v.FollowupOn.IsZero() && v.FollowupOn.Before(today)
}

const visitCols = `v.id, v.kindergarten_id, v.visited_on, v.purpose, coalesce(v.direction_id, 0), v.findings,
	v.recommendations, v.followup_on, v.followup_status`

func scanVisit(sc interface{ Scan(...any) error }) (Visit, error) {
	var v Visit
	err := sc.Scan(&v.ID, &v.KindergartenID, &v.VisitedOn, &v.Purpose, &v.DirectionID, &v.Findings,
		&v.Recommendations, &v.FollowupOn, &v.FollowupStatus)
	return v, err
}

// Visits lists the visits to a region's kindergartens ("" = all), latest first.
func (s *Store) Visits(ctx context.Context, region string) ([]Visit, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+visitCols+` FROM visit v JOIN kindergarten k ON k.id = v.kindergarten_id
		WHERE ? = '' OR k.region_code = ? ORDER BY v.visited_on DESC, v.id DESC`, region, region)
	return collect(rows, err, scanVisit)
}

// OverdueFollowups lists the visits whose planned follow-up date is before
// today, the longest overdue first.
func (s *Store) OverdueFollowups(ctx context.Context, region string, today Date) ([]Visit, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+visitCols+` FROM visit v JOIN kindergarten k ON k.id = v.kindergarten_id
		WHERE (? = '' OR k.region_code = ?) AND v.followup_status = 'planned' AND v.followup_on < ?
		ORDER BY v.followup_on, v.id`, region, region, today)
	return collect(rows, err, scanVisit)
}

// Visit reads one visit.
func (s *Store) Visit(ctx context.Context, id int64) (Visit, error) {
	v, err := scanVisit(s.db.QueryRowContext(ctx, `SELECT `+visitCols+` FROM visit v WHERE v.id = ?`, id))
	return v, notFound(err, "visit", id)
}

// Validate checks a visit before it is saved. An empty follow-up status
// becomes "planned" when a follow-up date is given and "none" otherwise; a
// planned or done follow-up needs its date, and "none" with a date is a
// contradiction the user must resolve.
func (v *Visit) Validate(w Window) error {
	trimAll(&v.Findings, &v.Recommendations)
	if v.KindergartenID == 0 {
		return invalid("kindergarten", ReasonRequired)
	}
	if err := checkDay("visited_on", v.VisitedOn, true, w); err != nil {
		return err
	}
	if err := oneOf("purpose", v.Purpose, VisitPurposes()); err != nil {
		return err
	}
	if err := checkDay("followup_on", v.FollowupOn, false, w); err != nil {
		return err
	}
	if err := checkOrder("followup_on", v.VisitedOn, v.FollowupOn); err != nil {
		return err
	}
	if v.FollowupStatus == "" {
		v.FollowupStatus = FollowupNone
		if !v.FollowupOn.IsZero() {
			v.FollowupStatus = FollowupPlanned
		}
	}
	if err := oneOf("followup_status", v.FollowupStatus, FollowupStatuses()); err != nil {
		return err
	}
	switch {
	case (v.FollowupStatus == FollowupPlanned || v.FollowupStatus == FollowupDone) && v.FollowupOn.IsZero():
		return invalid("followup_on", ReasonRequired)
	case v.FollowupStatus == FollowupNone && !v.FollowupOn.IsZero():
		return invalid("followup_status", ReasonRequired)
	}
	return nil
}

// SaveVisit adds (ID 0) or updates a visit.
func (s *Store) SaveVisit(ctx context.Context, v *Visit) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := v.Validate(w); err != nil {
		return err
	}
	if err := checkKindergarten(ctx, s.db, v.KindergartenID, ""); err != nil {
		return err
	}
	if err := checkDirection(ctx, s.db, v.DirectionID); err != nil {
		return err
	}
	return s.record(ctx, EntityVisit, v.ID, func(tx *sql.Tx, now string) (int64, error) {
		if v.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO visit(kindergarten_id, visited_on, purpose, direction_id, findings,
			recommendations, followup_on, followup_status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
				v.KindergartenID, v.VisitedOn, v.Purpose, nullID(v.DirectionID), v.Findings, v.Recommendations,
				v.FollowupOn, v.FollowupStatus, now, now)
			if err != nil {
				return 0, err
			}
			v.ID, err = res.LastInsertId()
			return v.ID, err
		}
		res, err := tx.ExecContext(ctx, `UPDATE visit SET kindergarten_id=?, visited_on=?, purpose=?, direction_id=?, findings=?,
		recommendations=?, followup_on=?, followup_status=?, updated_at=? WHERE id=?`,
			v.KindergartenID, v.VisitedOn, v.Purpose, nullID(v.DirectionID), v.Findings, v.Recommendations,
			v.FollowupOn, v.FollowupStatus, now, v.ID)
		if err != nil {
			return 0, err
		}
		return v.ID, mustAffect(res, "visit", v.ID)
	})
}

// DeleteVisit removes a visit.
func (s *Store) DeleteVisit(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, EntityVisit, id)
}
