package data

import (
	"context"
	"database/sql"
	"errors"
)

// Feedback sources.
const (
	SourceTeacher  = "teacher"
	SourceParent   = "parent"
	SourceDirector = "director"
	SourceOther    = "other"
)

// FeedbackSources lists the sources in display order.
func FeedbackSources() []string {
	return []string{SourceTeacher, SourceParent, SourceDirector, SourceOther}
}

// Feedback is what a teacher, parent or director told the centre about the
// pilot's methods.
type Feedback struct {
	ID             int64
	RegionCode     string
	KindergartenID int    // 0 = none
	Source         string // SourceTeacher …
	ReceivedOn     Date
	Text           string
}

const feedbackCols = `id, region_code, coalesce(kindergarten_id, 0), source, received_on, text`

func scanFeedback(sc interface{ Scan(...any) error }) (Feedback, error) {
	var f Feedback
	err := sc.Scan(&f.ID, &f.RegionCode, &f.KindergartenID, &f.Source, &f.ReceivedOn, &f.Text)
	return f, err
}

// Feedbacks lists a region's feedback ("" = all), latest first.
func (s *Store) Feedbacks(ctx context.Context, region string) ([]Feedback, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+feedbackCols+` FROM feedback WHERE ? = '' OR region_code = ?
		ORDER BY received_on DESC, id DESC`, region, region)
	return collect(rows, err, scanFeedback)
}

// Feedback reads one piece of feedback.
func (s *Store) Feedback(ctx context.Context, id int64) (Feedback, error) {
	f, err := scanFeedback(s.db.QueryRowContext(ctx, `SELECT `+feedbackCols+` FROM feedback WHERE id = ?`, id))
	return f, notFound(err, "feedback", id)
}

// Validate checks feedback before it is saved.
func (f *Feedback) Validate(w Window) error {
	trimAll(&f.RegionCode, &f.Text)
	if f.RegionCode == "" {
		return invalid("region", ReasonRequired)
	}
	if err := oneOf("source", f.Source, FeedbackSources()); err != nil {
		return err
	}
	if err := checkDay("received_on", f.ReceivedOn, true, w); err != nil {
		return err
	}
	if f.Text == "" {
		return invalid("text", ReasonRequired)
	}
	return nil
}

// SaveFeedback adds (ID 0) or updates feedback.
func (s *Store) SaveFeedback(ctx context.Context, f *Feedback) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := f.Validate(w); err != nil {
		return err
	}
	if err := checkRegion(ctx, s.db, f.RegionCode); err != nil {
		return err
	}
	if f.KindergartenID != 0 {
		if err := checkKindergarten(ctx, s.db, f.KindergartenID, f.RegionCode); err != nil {
			return err
		}
	}
	return s.record(ctx, EntityFeedback, f.ID, func(tx *sql.Tx, now string) (int64, error) {
		if f.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO feedback(region_code, kindergarten_id, source, received_on, text, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?)`, f.RegionCode, nullID(f.KindergartenID), f.Source, f.ReceivedOn, f.Text, now, now)
			if err != nil {
				return 0, err
			}
			f.ID, err = res.LastInsertId()
			return f.ID, err
		}
		res, err := tx.ExecContext(ctx, `UPDATE feedback SET region_code=?, kindergarten_id=?, source=?, received_on=?, text=?, updated_at=?
		WHERE id=?`, f.RegionCode, nullID(f.KindergartenID), f.Source, f.ReceivedOn, f.Text, now, f.ID)
		if err != nil {
			return 0, err
		}
		return f.ID, mustAffect(res, "feedback", f.ID)
	})
}

// DeleteFeedback removes feedback; corrections it prompted stay, unlinked.
func (s *Store) DeleteFeedback(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, EntityFeedback, id)
}

// Correction is a change the centre made to the methods, usually prompted
// by feedback, and the effect seen later.
type Correction struct {
	ID         int64
	RegionCode string
	FeedbackID int64 // 0 = not prompted by recorded feedback
	ChangedOn  Date
	Change     string
	Effect     string
	EffectOn   Date // when the effect was seen
}

const correctionCols = `id, region_code, coalesce(feedback_id, 0), changed_on, change, effect, effect_on`

func scanCorrection(sc interface{ Scan(...any) error }) (Correction, error) {
	var c Correction
	err := sc.Scan(&c.ID, &c.RegionCode, &c.FeedbackID, &c.ChangedOn, &c.Change, &c.Effect, &c.EffectOn)
	return c, err
}

// Corrections lists a region's corrections ("" = all), latest first.
func (s *Store) Corrections(ctx context.Context, region string) ([]Correction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+correctionCols+` FROM correction WHERE ? = '' OR region_code = ?
		ORDER BY changed_on DESC, id DESC`, region, region)
	return collect(rows, err, scanCorrection)
}

// Correction reads one correction.
func (s *Store) Correction(ctx context.Context, id int64) (Correction, error) {
	c, err := scanCorrection(s.db.QueryRowContext(ctx, `SELECT `+correctionCols+` FROM correction WHERE id = ?`, id))
	return c, notFound(err, "correction", id)
}

// Validate checks a correction before it is saved: the effect cannot be
// seen before the change was made.
func (c *Correction) Validate(w Window) error {
	trimAll(&c.RegionCode, &c.Change, &c.Effect)
	if c.RegionCode == "" {
		return invalid("region", ReasonRequired)
	}
	if err := checkDay("changed_on", c.ChangedOn, true, w); err != nil {
		return err
	}
	if c.Change == "" {
		return invalid("change", ReasonRequired)
	}
	if err := checkDay("effect_on", c.EffectOn, false, w); err != nil {
		return err
	}
	return checkOrder("effect_on", c.ChangedOn, c.EffectOn)
}

// SaveCorrection adds (ID 0) or updates a correction; linked feedback must
// be the same region's.
func (s *Store) SaveCorrection(ctx context.Context, c *Correction) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := c.Validate(w); err != nil {
		return err
	}
	if err := checkRegion(ctx, s.db, c.RegionCode); err != nil {
		return err
	}
	if c.FeedbackID != 0 {
		var rc string
		err := s.db.QueryRowContext(ctx, `SELECT region_code FROM feedback WHERE id = ?`, c.FeedbackID).Scan(&rc)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && rc != c.RegionCode) {
			return invalid("feedback", ReasonRange)
		} else if err != nil {
			return mapErr(err)
		}
	}
	return s.record(ctx, EntityCorrection, c.ID, func(tx *sql.Tx, now string) (int64, error) {
		if c.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO correction(region_code, feedback_id, changed_on, change, effect, effect_on, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?)`, c.RegionCode, nullID(c.FeedbackID), c.ChangedOn, c.Change, c.Effect, c.EffectOn, now, now)
			if err != nil {
				return 0, err
			}
			c.ID, err = res.LastInsertId()
			return c.ID, err
		}
		res, err := tx.ExecContext(ctx, `UPDATE correction SET region_code=?, feedback_id=?, changed_on=?, change=?, effect=?, effect_on=?,
		updated_at=? WHERE id=?`, c.RegionCode, nullID(c.FeedbackID), c.ChangedOn, c.Change, c.Effect, c.EffectOn, now, c.ID)
		if err != nil {
			return 0, err
		}
		return c.ID, mustAffect(res, "correction", c.ID)
	})
}

// DeleteCorrection removes a correction.
func (s *Store) DeleteCorrection(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, EntityCorrection, id)
}
