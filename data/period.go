package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Period is a pilot period (a programme year): its dates are data, set in
// Settings (default 01.01.2026–31.12.2026), and quarters, deadlines and the
// dates Baulu accepts follow them. A closed period is read-only: its rounds
// are approved and an archive copy of the database was written.
type Period struct {
	ID         int64
	Start, End Date
	// GraceDays: dates up to this many days after End are still accepted
	// (the Q4 report, late events), with a note.
	GraceDays int
	ClosedAt  time.Time // zero while open
	ClosedBy  string
	Archive   string // the archive copy written when it was closed
}

// Closed reports whether the period was closed.
func (p Period) Closed() bool { return !p.ClosedAt.IsZero() }

// Year is the year the period starts in (2026 for the pilot), the year
// reports and screens name.
func (p Period) Year() int { return p.Start.Year() }

// Label names the period: «2026», or «2026–2027» for one across two years.
func (p Period) Label() string {
	if p.End.Year() != p.Start.Year() {
		return strconv.Itoa(p.Start.Year()) + "–" + strconv.Itoa(p.End.Year())
	}
	return strconv.Itoa(p.Start.Year())
}

// Quarters is the number of quarters (three-month steps from Start) the
// period has: 4 for a calendar year.
func (p Period) Quarters() int {
	months := (p.End.Year()-p.Start.Year())*12 + int(p.End.Month()) - int(p.Start.Month()) + 1
	return max(1, (months+2)/3)
}

// Quarter gives the first and last day of quarter q (1…Quarters) of the
// period: three months from Start, the last one ending with the period.
func (p Period) Quarter(q int) (Date, Date) {
	from := Date{p.Start.t.AddDate(0, 3*(q-1), 0)}
	to := Date{p.Start.t.AddDate(0, 3*q, -1)}
	if q == p.Quarters() || to.After(p.End) {
		to = p.End
	}
	return from, to
}

// QuarterOf is the quarter of the period d falls in; dates in the grace
// days after the end count to the last quarter; 0 outside.
func (p Period) QuarterOf(d Date) int {
	if d.IsZero() || d.Before(p.Start) || d.After(p.GraceEnd()) {
		return 0
	}
	for q := 1; q <= p.Quarters(); q++ {
		if _, to := p.Quarter(q); !d.After(to) {
			return q
		}
	}
	return p.Quarters()
}

// GraceEnd is the last date accepted for the period.
func (p Period) GraceEnd() Date { return p.End.AddDays(p.GraceDays) }

// InGrace reports whether d lies after the end but within the grace days:
// accepted, with a note.
func (p Period) InGrace(d Date) bool { return d.After(p.End) && !d.After(p.GraceEnd()) }

// Contains reports whether d lies from Start to End.
func (p Period) Contains(d Date) bool { return !d.IsZero() && !d.Before(p.Start) && !d.After(p.End) }

// Deadline is a reporting date of the period; Key names it
// ("quarter" with Quarter set, or "report": the regional analytical report).
type Deadline struct {
	Date    Date
	Key     string
	Quarter int
}

// Deadlines of the period in date order: the end of each quarter (the
// quarterly report to the education department) and the regional
// analytical report, due a month before the end (30.11.2026 for the pilot).
func (p Period) Deadlines() []Deadline {
	if p.Start.IsZero() || p.End.IsZero() {
		return nil
	}
	var out []Deadline
	report := NewDate(p.End.Year(), p.End.Month(), 0) // the last day of the month before the end's
	for q := 1; q <= p.Quarters(); q++ {
		_, to := p.Quarter(q)
		if q == p.Quarters() && report.After(p.Start) {
			out = append(out, Deadline{Date: report, Key: "report"})
		}
		out = append(out, Deadline{Date: to, Key: "quarter", Quarter: q})
	}
	return out
}

// Window is the span of dates a record may carry: from a year before the
// first period (the preparation year) to the grace end of the newest.
// Anything outside is a typing slip, such as 2062 for 2026.
type Window struct{ From, To Date }

// Contains reports whether d lies in the window.
func (w Window) Contains(d Date) bool { return !d.Before(w.From) && !d.After(w.To) }

// defaultWindow is the window of a database with the default period only
// (2025 to the pilot's grace end), for a database without periods.
func defaultWindow() Window {
	p := defaultPeriod()
	return windowOf([]Period{p})
}

func defaultPeriod() Period {
	return Period{ID: 1, Start: NewDate(2026, 1, 1), End: NewDate(2026, 12, 31), GraceDays: 90}
}

func windowOf(ps []Period) Window {
	if len(ps) == 0 {
		return defaultWindow()
	}
	first, last := ps[0], ps[len(ps)-1]
	return Window{From: Date{first.Start.t.AddDate(-1, 0, 0)}, To: last.GraceEnd()}
}

const periodCols = `id, starts_on, ends_on, grace_days, coalesce(closed_at, ''), closed_by, archive`

func scanPeriod(sc interface{ Scan(...any) error }) (Period, error) {
	var p Period
	var closed string
	err := sc.Scan(&p.ID, &p.Start, &p.End, &p.GraceDays, &closed, &p.ClosedBy, &p.Archive)
	if closed != "" {
		p.ClosedAt, _ = time.ParseInLocation(importedLayout, closed, time.UTC)
	}
	return p, err
}

func periods(ctx context.Context, q queryer) ([]Period, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+periodCols+` FROM period ORDER BY starts_on, id`)
	return collect(rows, err, scanPeriod)
}

// Periods lists the periods, oldest first.
func (s *Store) Periods(ctx context.Context) ([]Period, error) { return periods(ctx, s.db) }

// CurrentPeriod is the newest period: the one new data go to.
func (s *Store) CurrentPeriod(ctx context.Context) (Period, error) {
	ps, err := s.Periods(ctx)
	if err != nil {
		return Period{}, err
	}
	if len(ps) == 0 {
		return Period{}, fmt.Errorf("period: %w", ErrNotFound)
	}
	return ps[len(ps)-1], nil
}

// Period is the period the screens and reports show: the current one,
// unless ViewPeriod chose an older one (a closed period stays readable).
func (s *Store) Period(ctx context.Context) (Period, error) {
	id := s.view.Load()
	if id == 0 {
		return s.CurrentPeriod(ctx)
	}
	p, err := scanPeriod(s.db.QueryRowContext(ctx, `SELECT `+periodCols+` FROM period WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return s.CurrentPeriod(ctx)
	}
	return p, mapErr(err)
}

// ViewPeriod chooses the period Rounds, RoundByKind, Completeness and the
// reports show; 0 (or an unknown id) is the current one.
func (s *Store) ViewPeriod(id int64) { s.view.Store(id) }

// viewedPeriodID is the id of the period shown (see ViewPeriod).
func (s *Store) viewedPeriodID(ctx context.Context) (int64, error) {
	p, err := s.Period(ctx)
	return p.ID, err
}

// Window is the span of dates records may carry (see Window).
func (s *Store) Window(ctx context.Context) (Window, error) {
	ps, err := s.Periods(ctx)
	return windowOf(ps), err
}

// GraceNote reports whether d lies in the grace days after the current
// period's end: accepted, and the screens say so (the period's end is
// returned for the note).
func (s *Store) GraceNote(ctx context.Context, d Date) (end Date, note bool, err error) {
	p, err := s.CurrentPeriod(ctx)
	if err != nil {
		return Date{}, false, err
	}
	return p.End, p.InGrace(d), nil
}

// Validate checks a period's dates: a start and an end a year or so apart
// (from 1 month to 3 years), a grace of 0–366 days.
func (p *Period) Validate() error {
	switch {
	case p.Start.IsZero():
		return invalid("period_start", ReasonRequired)
	case p.End.IsZero():
		return invalid("period_end", ReasonRequired)
	case !p.End.After(p.Start):
		return invalid("period_end", ReasonOrder)
	case p.Start.Year() < 2020 || p.End.After(Date{p.Start.t.AddDate(3, 0, 0)}) || p.End.Before(p.Start.AddDays(28)):
		return invalid("period_end", ReasonDate)
	case p.GraceDays < 0 || p.GraceDays > 366:
		return invalid("grace_days", ReasonRange)
	}
	return nil
}

// SavePeriod changes the dates and grace days of an open period. It may
// not overlap another period, and its rounds must stay inside it.
func (s *Store) SavePeriod(ctx context.Context, p *Period) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		ps, err := periods(ctx, tx)
		if err != nil {
			return err
		}
		found := false
		for _, o := range ps {
			switch {
			case o.ID == p.ID:
				found = true
				if o.Closed() {
					return periodClosed(o)
				}
			case !p.Start.After(o.End) && !o.Start.After(p.End):
				return invalid("period_start", ReasonOrder)
			}
		}
		if !found {
			return fmt.Errorf("period %d: %w", p.ID, ErrNotFound)
		}
		var outside int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM round WHERE period_id = ? AND (starts_on < ? OR ends_on > ?)`,
			p.ID, p.Start, p.GraceEnd()).Scan(&outside); err != nil {
			return err
		}
		if outside > 0 {
			return invalid("period_start", ReasonRange)
		}
		l.c.Note = fmt.Sprintf("period %s–%s, grace %d", p.Start, p.End, p.GraceDays)
		if err := l.note(); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE period SET starts_on=?, ends_on=?, grace_days=?, updated_at=? WHERE id=?`,
			p.Start, p.End, p.GraceDays, l.stamp, p.ID)
		return err
	})
}

// checkPeriod refuses a change of an activity record dated inside a closed
// period (a closed period is read-only), or dated outside every period's
// window (a typing slip).
func (l *changeLog) checkPeriod(entity string, snap snapshot) error {
	if !snap.found || snap.date.IsZero() || trackedEntities[entity].date == "" {
		return nil
	}
	if l.periods == nil {
		ps, err := periods(l.ctx, l.tx)
		if err != nil {
			return err
		}
		l.periods = ps
	}
	for _, p := range l.periods {
		if p.Closed() && p.Contains(snap.date) {
			return periodClosed(p)
		}
	}
	return nil
}
