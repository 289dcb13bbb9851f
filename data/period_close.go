package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

// Closing a period and starting the next (issue 18): the pilot year ends
// without ending the software. Closing approves every kindergarten's every
// round of the period and writes an archive copy of the database; starting
// the next programme year carries kindergartens and the framework (shared
// by every period), groups and children as the user chooses, and new
// rounds, while the closed period stays readable (ViewPeriod).

// ErrPeriodOpen: a new period starts only after the current one is closed.
var ErrPeriodOpen = errors.New("the current period is still open")

// ClosePeriod closes the current period: every kindergarten × round of it
// is approved (and so locked), the period is marked closed by the
// methodologist, and an archive copy of the database is written into dir
// (the backups folder when empty) with the existing backup (BackupTo). If
// the copy fails the period stays closed without an archive, and calling
// ClosePeriod again writes it.
func (s *Store) ClosePeriod(ctx context.Context, dir string) (Period, error) {
	p, err := s.CurrentPeriod(ctx)
	if err != nil {
		return p, err
	}
	if !p.Closed() {
		if err := s.logged(WithChange(ctx, Change{Source: SourcePeriod, Note: "close " + p.Label()}), func(tx *sql.Tx, l *changeLog) error {
			return closePeriod(ctx, tx, l, p)
		}); err != nil {
			return p, err
		}
	}
	if p, err = s.CurrentPeriod(ctx); err != nil || p.Archive != "" {
		return p, err
	}
	if dir == "" {
		dir = BackupDir(s.path)
	}
	path, err := newBackupPath(dir, s.now(), "-period-"+strconv.Itoa(p.Year()))
	if err != nil {
		return p, err
	}
	if err := s.BackupTo(ctx, path); err != nil {
		return p, fmt.Errorf("archive of period %s: %w", p.Label(), err)
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE period SET archive = ?, updated_at = ? WHERE id = ?`, path, s.stamp(), p.ID); err != nil {
		return p, mapErr(err)
	}
	p.Archive = path
	return p, nil
}

// closePeriod approves what is not yet approved and marks the period.
func closePeriod(ctx context.Context, tx *sql.Tx, l *changeLog, p Period) error {
	rows, err := tx.QueryContext(ctx, `SELECT k.id, r.id, coalesce(st.status, 'open'), coalesce(st.submitted_at, ''),
		coalesce(st.submitted_by, ''), coalesce(st.approved_at, ''), coalesce(st.approved_by, '')
		FROM round r CROSS JOIN kindergarten k
		LEFT JOIN round_status st ON st.kindergarten_id = k.id AND st.round_id = r.id
		WHERE r.period_id = ? AND coalesce(st.status, 'open') <> 'approved' ORDER BY r.ord, r.id, k.id`, p.ID)
	open, err := collect(rows, err, scanStatus)
	if err != nil {
		return err
	}
	for _, st := range open {
		if err := l.putStatus(st, StatusApproved); err != nil {
			return err
		}
	}
	if err := l.note(); err != nil {
		return err
	}
	w, err := who(ctx, tx)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE period SET closed_at = ?, closed_by = ?, updated_at = ? WHERE id = ?`, l.stamp, w.String(), l.stamp, p.ID)
	return err
}

// StartOptions choose what a new period carries. Kindergartens and the
// indicator framework are shared by every period and always carry.
type StartOptions struct {
	// Start and End of the new period; zero: the closed period's a year on.
	Start, End Date
	// GraceDays; negative: the closed period's.
	GraceDays int
	// Groups carry on (else each ends with the closed period, its children
	// leaving the pilot then); Children carry on in their groups (else they
	// leave the pilot at the closed period's end).
	Groups, Children bool
}

// StartPeriod starts the next period after the current one was closed
// (ErrPeriodOpen otherwise): the period row, a copy of the closed period's
// rounds a year on (codes such as baseline-2027), and the groups and
// children carried or ended as opt says, in one transaction with its
// history. The closed period stays as it was and readable (ViewPeriod).
func (s *Store) StartPeriod(ctx context.Context, opt StartOptions) (Period, error) {
	prev, err := s.CurrentPeriod(ctx)
	if err != nil {
		return Period{}, err
	}
	if !prev.Closed() {
		return Period{}, fmt.Errorf("period %s: %w", prev.Label(), ErrPeriodOpen)
	}
	p := Period{Start: opt.Start, End: opt.End, GraceDays: opt.GraceDays}
	if p.Start.IsZero() {
		p.Start = prev.End.AddDays(1)
	}
	if p.End.IsZero() {
		p.End = Date{p.Start.t.AddDate(1, 0, -1)}
	}
	if p.GraceDays < 0 {
		p.GraceDays = prev.GraceDays
	}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	if !p.Start.After(prev.End) {
		return Period{}, invalid("period_start", ReasonOrder)
	}
	ctx = WithChange(ctx, Change{Source: SourcePeriod, Note: "start " + p.Label()})
	err = s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO period(starts_on, ends_on, grace_days, created_at, updated_at) VALUES (?,?,?,?,?)`,
			p.Start, p.End, p.GraceDays, l.stamp, l.stamp)
		if err != nil {
			return err
		}
		if p.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		if err := copyRounds(ctx, tx, prev, p, l.stamp); err != nil {
			return err
		}
		if err := l.note(); err != nil {
			return err
		}
		return endRoster(ctx, tx, l, prev.End, opt)
	})
	return p, err
}

// copyRounds gives the new period the closed one's rounds, moved by the
// years between their starts.
func copyRounds(ctx context.Context, tx *sql.Tx, prev, p Period, now string) error {
	years := p.Start.Year() - prev.Start.Year()
	rows, err := tx.QueryContext(ctx, `SELECT `+roundCols+` FROM round WHERE period_id = ? ORDER BY ord, starts_on, id`, prev.ID)
	rounds, err := collect(rows, err, scanRound)
	if err != nil {
		return err
	}
	var ord int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(ord), 0) FROM round`).Scan(&ord); err != nil {
		return err
	}
	for _, r := range rounds {
		start, end := Date{r.Start.t.AddDate(years, 0, 0)}, Date{r.End.t.AddDate(years, 0, 0)}
		if start.Before(p.Start) || end.After(p.GraceEnd()) {
			continue // a round that would fall outside the new period's dates
		}
		code, err := nextRoundCode(ctx, tx, r.Kind, p)
		if err != nil {
			return err
		}
		ord++
		if _, err := tx.ExecContext(ctx, `INSERT INTO round(code, kind, name_kk, name_ru, name_en, starts_on, ends_on, ord, period_id, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?)`, code, r.Kind, r.NameKK, r.NameRU, r.NameEN, start, end, ord, p.ID, now, now); err != nil {
			return err
		}
	}
	return nil
}

// endRoster ends the groups and children that do not carry on: a child
// who stays behind leaves the pilot on the closed period's last day (so it
// is still expected in every closed round, and in none of the new ones);
// a group that stays behind ends then.
func endRoster(ctx context.Context, tx *sql.Tx, l *changeLog, end Date, opt StartOptions) error {
	if !opt.Groups {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM child_group WHERE ended_on IS NULL ORDER BY id`)
		ids, err := collect(rows, err, scanID)
		if err != nil {
			return err
		}
		if err := l.trackAll(EntityGroup, ids, func() error {
			_, err := tx.ExecContext(ctx, `UPDATE child_group SET ended_on = ?, updated_at = ? WHERE ended_on IS NULL`, end, l.stamp)
			return err
		}); err != nil {
			return err
		}
	}
	if opt.Groups && opt.Children {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM child WHERE left_on IS NULL OR left_on > ? ORDER BY id`, end)
	ids, err := collect(rows, err, scanID)
	if err != nil {
		return err
	}
	return l.trackAll(EntityChild, ids, func() error {
		_, err := tx.ExecContext(ctx, `UPDATE child SET left_on = ?, updated_at = ? WHERE left_on IS NULL OR left_on > ?`, end, l.stamp, end)
		return err
	})
}

func scanID(sc interface{ Scan(...any) error }) (int64, error) {
	var id int64
	return id, sc.Scan(&id)
}
