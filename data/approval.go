package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Round approval (issue 18): per kindergarten and round a status, open →
// submitted → approved. An approved round is locked: the score writer and
// the roster methods refuse every change that touches its scores, saying
// who approved it and when, until it is unlocked with a reason.

// Statuses of a kindergarten's round.
const (
	StatusOpen      = "open"
	StatusSubmitted = "submitted"
	StatusApproved  = "approved"
)

// ErrApproved marks a change refused because a round is approved or its
// period closed; the error is a *ApprovedError with the sentence.
var ErrApproved = errors.New("approved and locked")

// RoundStatus is a kindergarten's round's status.
type RoundStatus struct {
	KindergartenID int
	RoundID        int64
	Status         string
	SubmittedAt    time.Time
	SubmittedBy    string
	ApprovedAt     time.Time
	ApprovedBy     string
}

// Approved reports whether the round is locked.
func (r RoundStatus) Approved() bool { return r.Status == StatusApproved }

// ApprovedError is a change refused because it touches a round approved for
// a kindergarten (or dated in a closed period: Period set).
type ApprovedError struct {
	KindergartenID int
	Round          Round
	By             string
	At             time.Time
	Period         *Period // the closed period, when that is why
}

func (e *ApprovedError) Error() string {
	if e.Period != nil {
		return fmt.Sprintf("period %s closed at %s by %s: %v", e.Period.Label(), e.Period.ClosedAt.Format(time.RFC3339), e.Period.ClosedBy, ErrApproved)
	}
	return fmt.Sprintf("round %s of kindergarten %d approved at %s by %s: %v", e.Round.Code, e.KindergartenID, e.At.Format(time.RFC3339), e.By, ErrApproved)
}

// Is makes errors.Is(err, ErrApproved) true.
func (e *ApprovedError) Is(target error) bool { return target == ErrApproved }

// Message is the refusal in one sentence in lang: which round of which
// kindergarten is approved, by whom and when, and that it must be
// unlocked first.
func (e *ApprovedError) Message(lang string) string {
	if e.Period != nil {
		return lifeT(lang, "lifecycle.locked_period", "period", e.Period.Label(), "by", orDash(e.Period.ClosedBy),
			"at", e.Period.ClosedAt.Local().Format("02.01.2006 15:04"))
	}
	return lifeT(lang, "lifecycle.locked_round", "round", e.Round.Name(lang), "kindergarten", e.KindergartenID,
		"by", orDash(e.By), "at", e.At.Local().Format("02.01.2006 15:04"))
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func periodClosed(p Period) error { return &ApprovedError{Period: &p} }

const statusCols = `kindergarten_id, round_id, status, coalesce(submitted_at, ''), submitted_by, coalesce(approved_at, ''), approved_by`

func scanStatus(sc interface{ Scan(...any) error }) (RoundStatus, error) {
	var r RoundStatus
	var sub, app string
	err := sc.Scan(&r.KindergartenID, &r.RoundID, &r.Status, &sub, &r.SubmittedBy, &app, &r.ApprovedBy)
	r.SubmittedAt, _ = time.ParseInLocation(importedLayout, sub, time.UTC)
	r.ApprovedAt, _ = time.ParseInLocation(importedLayout, app, time.UTC)
	return r, err
}

// RoundStatuses lists the statuses of a region's kindergartens ("" =
// every region) in the rounds of the viewed period: one per kindergarten
// and round, open where nothing was recorded.
func (s *Store) RoundStatuses(ctx context.Context, region string) ([]RoundStatus, error) {
	pid, err := s.viewedPeriodID(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT k.id, r.id, coalesce(st.status, 'open'), coalesce(st.submitted_at, ''),
		coalesce(st.submitted_by, ''), coalesce(st.approved_at, ''), coalesce(st.approved_by, '')
		FROM round r CROSS JOIN kindergarten k
		LEFT JOIN round_status st ON st.kindergarten_id = k.id AND st.round_id = r.id
		WHERE r.period_id = ?2 AND (?1 = '' OR k.region_code = ?1)
		ORDER BY r.ord, r.starts_on, r.id, k.id`, region, pid)
	return collect(rows, err, scanStatus)
}

// RoundStatusOf is one kindergarten's round's status.
func (s *Store) RoundStatusOf(ctx context.Context, kgID int, roundID int64) (RoundStatus, error) {
	return roundStatus(ctx, s.db, kgID, roundID)
}

func roundStatus(ctx context.Context, q queryer, kgID int, roundID int64) (RoundStatus, error) {
	st, err := scanStatus(q.QueryRowContext(ctx, `SELECT `+statusCols+` FROM round_status WHERE kindergarten_id = ? AND round_id = ?`, kgID, roundID))
	if errors.Is(err, sql.ErrNoRows) {
		return RoundStatus{KindergartenID: kgID, RoundID: roundID, Status: StatusOpen}, nil
	}
	return st, mapErr(err)
}

// SubmitRound marks a kindergarten's round submitted: its scores are in.
// The caller shows the completeness check first (Store.Completeness);
// submitting is allowed with scores missing, which the methodologist then
// knows. An approved round is refused (ErrApproved): unlock it first.
func (s *Store) SubmitRound(ctx context.Context, kgID int, roundID int64) error {
	return s.setStatus(ctx, kgID, roundID, StatusSubmitted, "")
}

// ApproveRound approves a kindergarten's round and so locks it.
func (s *Store) ApproveRound(ctx context.Context, kgID int, roundID int64) error {
	return s.setStatus(ctx, kgID, roundID, StatusApproved, "")
}

// UnlockRound opens an approved (or submitted) round again; the reason is
// required and recorded in the history.
func (s *Store) UnlockRound(ctx context.Context, kgID int, roundID int64, reason string) error {
	reason = strings.Join(strings.Fields(reason), " ")
	if reason == "" {
		return invalid("reason", ReasonRequired)
	}
	return s.setStatus(ctx, kgID, roundID, StatusOpen, reason)
}

// setStatus changes a status and records it (with the reason, for an
// unlock) in the history.
func (s *Store) setStatus(ctx context.Context, kgID int, roundID int64, status, reason string) error {
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		if err := checkKindergarten(ctx, tx, kgID, ""); err != nil {
			return err
		}
		r, err := scanRound(tx.QueryRowContext(ctx, `SELECT `+roundCols+` FROM round WHERE id = ?`, roundID))
		if err != nil {
			return notFound(err, "round", roundID)
		}
		if p, err := periodOfRound(ctx, tx, r); err != nil {
			return err
		} else if p.Closed() {
			return periodClosed(p)
		}
		old, err := roundStatus(ctx, tx, kgID, roundID)
		if err != nil {
			return err
		}
		if old.Approved() && status == StatusSubmitted {
			return &ApprovedError{KindergartenID: kgID, Round: r, By: old.ApprovedBy, At: old.ApprovedAt}
		}
		if old.Status == status {
			return nil
		}
		l.c.Note = reason
		return l.putStatus(old, status)
	})
}

// putStatus writes a status change and its history row.
func (l *changeLog) putStatus(old RoundStatus, status string) error {
	w, err := who(l.ctx, l.tx)
	if err != nil {
		return err
	}
	by := w.String()
	next := old
	next.Status = status
	switch status {
	case StatusSubmitted:
		next.SubmittedBy, next.SubmittedAt = by, stampTime(l.stamp)
	case StatusApproved:
		next.ApprovedBy, next.ApprovedAt = by, stampTime(l.stamp)
		if next.SubmittedAt.IsZero() {
			next.SubmittedBy, next.SubmittedAt = by, next.ApprovedAt
		}
	case StatusOpen:
		next.ApprovedBy, next.ApprovedAt = "", time.Time{}
	}
	if _, err := l.tx.ExecContext(l.ctx, `INSERT INTO round_status(kindergarten_id, round_id, status, submitted_at, submitted_by, approved_at, approved_by, updated_at)
		VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(kindergarten_id, round_id) DO UPDATE SET status=excluded.status,
		submitted_at=excluded.submitted_at, submitted_by=excluded.submitted_by, approved_at=excluded.approved_at,
		approved_by=excluded.approved_by, updated_at=excluded.updated_at`,
		old.KindergartenID, old.RoundID, status, nullStamp(next.SubmittedAt), next.SubmittedBy, nullStamp(next.ApprovedAt), next.ApprovedBy, l.stamp); err != nil {
		return err
	}
	return l.add(change{entity: EntityRoundStatus, record: int64(old.KindergartenID),
		kg: sql.NullInt64{Int64: int64(old.KindergartenID), Valid: true}, round: sql.NullInt64{Int64: old.RoundID, Valid: true},
		old: sql.NullString{String: old.Status, Valid: true}, new: sql.NullString{String: status, Valid: true}})
}

func stampTime(s string) time.Time {
	t, _ := time.ParseInLocation(importedLayout, s, time.UTC)
	return t
}

func nullStamp(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(importedLayout)
}

// periodOfRound reads a round's period.
func periodOfRound(ctx context.Context, q queryer, r Round) (Period, error) {
	p, err := scanPeriod(q.QueryRowContext(ctx, `SELECT `+periodCols+` FROM period WHERE id = (SELECT period_id FROM round WHERE id = ?)`, r.ID))
	return p, notFound(err, "period of round", r.ID)
}

// cellKey is a kindergarten's round, the unit that is approved.
type cellKey struct {
	kg    int
	round int64
}

// locks reads the approved kindergarten × round pairs among want, for the
// checks of the score writer and the roster methods.
func locks(ctx context.Context, q queryer, want map[cellKey]bool) (map[cellKey]*ApprovedError, error) {
	out := map[cellKey]*ApprovedError{}
	if len(want) == 0 {
		return out, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT st.kindergarten_id, coalesce(st.approved_at, ''), st.approved_by, `+prefixed("r.", roundCols)+`
		FROM round_status st JOIN round r ON r.id = st.round_id WHERE st.status = 'approved'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var e ApprovedError
		var at string
		if err := rows.Scan(&e.KindergartenID, &at, &e.By, &e.Round.ID, &e.Round.Code, &e.Round.Kind, &e.Round.NameKK,
			&e.Round.NameRU, &e.Round.NameEN, &e.Round.Start, &e.Round.End, &e.Round.Order); err != nil {
			return nil, err
		}
		e.At = stampTime(at)
		if k := (cellKey{e.KindergartenID, e.Round.ID}); want[k] {
			out[k] = &e
		}
	}
	return out, rows.Err()
}

// checkLocks refuses when any of the pairs is approved: the first in the
// batch's order gives the message.
func checkLocks(ctx context.Context, q queryer, order []cellKey) error {
	want := map[cellKey]bool{}
	for _, k := range order {
		want[k] = true
	}
	got, err := locks(ctx, q, want)
	if err != nil {
		return err
	}
	for _, k := range order {
		if e, ok := got[k]; ok {
			return e
		}
	}
	return nil
}

// ApprovalSummary is how many kindergarten rounds of a region are
// approved in the viewed period, per round, for the reports' one sentence
// and the national view.
type ApprovalSummary struct {
	Rounds []RoundApproval
}

// RoundApproval is one round's approvals among a region's kindergartens.
type RoundApproval struct {
	Round         Round
	Kindergartens int // with the round
	Submitted     int
	Approved      int
}

// AllApproved reports whether every kindergarten's every round is approved.
func (a ApprovalSummary) AllApproved() bool {
	for _, r := range a.Rounds {
		if r.Approved < r.Kindergartens {
			return false
		}
	}
	return len(a.Rounds) > 0
}

// ApprovalSummary counts the statuses of a region's ("" = every region)
// kindergartens per round of the viewed period.
func (s *Store) ApprovalSummary(ctx context.Context, region string) (ApprovalSummary, error) {
	sts, err := s.RoundStatuses(ctx, region)
	if err != nil {
		return ApprovalSummary{}, err
	}
	rounds, err := s.Rounds(ctx)
	if err != nil {
		return ApprovalSummary{}, err
	}
	var out ApprovalSummary
	at := map[int64]int{}
	for _, r := range rounds {
		at[r.ID] = len(out.Rounds)
		out.Rounds = append(out.Rounds, RoundApproval{Round: r})
	}
	for _, st := range sts {
		i, ok := at[st.RoundID]
		if !ok {
			continue
		}
		ra := &out.Rounds[i]
		ra.Kindergartens++
		switch st.Status {
		case StatusSubmitted:
			ra.Submitted++
		case StatusApproved:
			ra.Approved++
		}
	}
	return out, nil
}
