package data

import (
	"context"
	"database/sql"
	"fmt"
)

// Round kinds.
const (
	RoundBaseline     = "baseline"
	RoundIntermediate = "intermediate"
	RoundFinal        = "final"
	RoundExtra        = "extra"
)

// Round is a monitoring round (baseline, intermediate, final, or extra).
type Round struct {
	ID                     int64
	Code                   string
	Kind                   string
	NameKK, NameRU, NameEN string
	Start, End             Date
	Order                  int
}

// Name gives the round in lang.
func (r Round) Name(lang string) string { return pick(lang, r.NameKK, r.NameRU, r.NameEN) }

const roundCols = `id, code, kind, name_kk, name_ru, name_en, starts_on, ends_on, ord`

func scanRound(sc interface{ Scan(...any) error }) (Round, error) {
	var r Round
	err := sc.Scan(&r.ID, &r.Code, &r.Kind, &r.NameKK, &r.NameRU, &r.NameEN, &r.Start, &r.End, &r.Order)
	return r, err
}

// Rounds lists the rounds of the viewed period (ViewPeriod; the current
// one by default) in order.
func (s *Store) Rounds(ctx context.Context) ([]Round, error) {
	pid, err := s.viewedPeriodID(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+roundCols+` FROM round WHERE period_id = ? ORDER BY ord, starts_on, id`, pid)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Round
	for rows.Next() {
		r, err := scanRound(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Round reads one round.
func (s *Store) Round(ctx context.Context, id int64) (Round, error) {
	r, err := scanRound(s.db.QueryRowContext(ctx, `SELECT `+roundCols+` FROM round WHERE id = ?`, id))
	return r, notFound(err, "round", id)
}

// RoundByCode reads one round by its code (as written in Excel templates).
func (s *Store) RoundByCode(ctx context.Context, code string) (Round, error) {
	r, err := scanRound(s.db.QueryRowContext(ctx, `SELECT `+roundCols+` FROM round WHERE code = ?`, code))
	return r, notFound(err, "round", code)
}

// RoundByKind finds the first round of a kind (baseline, final …) in the
// viewed period.
func (s *Store) RoundByKind(ctx context.Context, kind string) (Round, error) {
	rs, err := s.Rounds(ctx)
	if err != nil {
		return Round{}, err
	}
	for _, r := range rs {
		if r.Kind == kind {
			return r, nil
		}
	}
	return Round{}, notFound(errNoRows, "round", kind)
}

// Validate checks a round before it is saved. Dates must lie in the window
// of the pilot periods (Store.Window; anything far off is a typo) and the
// end may not come before the start.
func (r *Round) Validate(w Window) error {
	switch r.Kind {
	case RoundBaseline, RoundIntermediate, RoundFinal, RoundExtra:
	default:
		return invalid("kind", ReasonRange)
	}
	code, ok := normCode(r.Code, false)
	r.Code = code
	if !ok {
		return invalid("code", ReasonFormat)
	}
	if err := checkNames(&r.NameKK, &r.NameRU, &r.NameEN); err != nil {
		return err
	}
	for _, d := range []struct {
		field string
		date  Date
	}{{"start", r.Start}, {"end", r.End}} {
		if d.date.IsZero() {
			return invalid(d.field, ReasonRequired)
		}
		if !w.Contains(d.date) {
			return invalid(d.field, ReasonDate)
		}
	}
	if r.End.Before(r.Start) {
		return invalid("end", ReasonOrder)
	}
	return nil
}

// SaveRound adds (ID 0, placed last, in the current period) or updates a
// round. An empty code on a new round is generated from its kind. A period
// has at most one baseline and one final round, because the comparison of
// The comparison (ARCHITECTURE: Comparison) pairs exactly those; intermediate and extra rounds may repeat.
// A round of a closed period is read-only.
func (s *Store) SaveRound(ctx context.Context, r *Round) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := r.Validate(w); err != nil {
		return err
	}
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		p, err := roundPeriod(ctx, tx, r.ID)
		if err != nil {
			return err
		}
		if p.Closed() {
			return periodClosed(p)
		}
		if r.Kind == RoundBaseline || r.Kind == RoundFinal {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM round WHERE kind = ? AND id <> ? AND period_id = ?`, r.Kind, r.ID, p.ID).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return invalid("kind", ReasonDuplicate)
			}
		}
		if r.Code == "" {
			if r.ID != 0 {
				return invalid("code", ReasonRequired)
			}
			code, err := nextRoundCode(ctx, tx, r.Kind, p)
			if err != nil {
				return err
			}
			r.Code = code
		}
		if err := uniqueCode(ctx, tx, "round", r.Code, r.ID); err != nil {
			return err
		}
		if r.ID == 0 {
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(ord), 0) + 1 FROM round`).Scan(&r.Order); err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO round(code, kind, name_kk, name_ru, name_en, starts_on, ends_on, ord, period_id, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?,?,?,?,?)`, r.Code, r.Kind, r.NameKK, r.NameRU, r.NameEN, r.Start, r.End, r.Order, p.ID, now, now)
			if err != nil {
				return err
			}
			r.ID, err = res.LastInsertId()
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE round SET code=?, kind=?, name_kk=?, name_ru=?, name_en=?, starts_on=?, ends_on=?, updated_at=? WHERE id=?`,
			r.Code, r.Kind, r.NameKK, r.NameRU, r.NameEN, r.Start, r.End, now, r.ID)
		if err != nil {
			return err
		}
		return mustAffect(res, "round", r.ID)
	})
}

// nextRoundCode gives kind itself when free, else kind-YEAR for a period
// after the first (baseline-2027), else with -2, -3 … after it.
func nextRoundCode(ctx context.Context, q queryer, kind string, p Period) (string, error) {
	base := kind
	var first int64
	if err := q.QueryRowContext(ctx, `SELECT coalesce(min(id), 0) FROM period`).Scan(&first); err != nil {
		return "", err
	}
	if p.ID != first {
		base = fmt.Sprintf("%s-%d", kind, p.Year())
	}
	for n := 1; ; n++ {
		code := base
		if n > 1 {
			code = fmt.Sprintf("%s-%d", base, n)
		}
		var used int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM round WHERE code = ?`, code).Scan(&used); err != nil {
			return "", err
		}
		if used == 0 {
			return code, nil
		}
	}
}

// RoundScores counts the scores recorded in a round.
func (s *Store) RoundScores(ctx context.Context, id int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM assessment WHERE round_id = ?`, id).Scan(&n)
	return n, mapErr(err)
}

// DeleteRound removes a round without scores; one with scores gives
// ErrInUse, one of a closed period an *ApprovedError.
func (s *Store) DeleteRound(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if p, err := roundPeriod(ctx, tx, id); err != nil {
			return err
		} else if p.Closed() {
			return periodClosed(p)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM assessment WHERE round_id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("round %d has %d scores: %w", id, n, ErrInUse)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM round WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res, "round", id)
	})
}

// roundPeriod is the period of round id, or the current period for a new
// round (id 0).
func roundPeriod(ctx context.Context, q queryer, id int64) (Period, error) {
	query := `SELECT ` + periodCols + ` FROM period WHERE id = (SELECT period_id FROM round WHERE id = ?)`
	if id == 0 {
		query = `SELECT ` + periodCols + ` FROM period WHERE ? = 0 ORDER BY starts_on DESC, id DESC LIMIT 1`
	}
	p, err := scanPeriod(q.QueryRowContext(ctx, query, id))
	return p, notFound(err, "period of round", id)
}
