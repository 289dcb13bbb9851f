package data

import (
	"context"
	"database/sql"
	"slices"
)

// Event kinds.
const (
	EventSeminar      = "seminar"
	EventWebinar      = "webinar"
	EventConsultation = "consultation"
	EventTraining     = "training"
	EventMasterclass  = "masterclass"
	EventOther        = "other"
)

// Event formats.
const (
	FormatOnline  = "online"
	FormatOffline = "offline"
)

// EventKinds lists the kinds in display order.
func EventKinds() []string {
	return []string{EventSeminar, EventWebinar, EventConsultation, EventTraining, EventMasterclass, EventOther}
}

// EventFormats lists the formats.
func EventFormats() []string { return []string{FormatOnline, FormatOffline} }

// Event is a seminar, webinar, consultation … the centre ran, with who came
// from each kindergarten.
type Event struct {
	ID            int64
	RegionCode    string
	Kind          string // EventSeminar …
	HeldOn        Date
	Topic         string
	Format        string // FormatOnline, FormatOffline
	Organiser     string // organiser or speaker
	Hours         float64
	Materials     string // materials and links
	Notes         string
	Participation []Participation // one row per kindergarten, by kindergarten
}

// Participation is how many people of one kindergarten took part in an event.
type Participation struct {
	KindergartenID int
	Teachers       int
	Parents        int
	Others         int
}

// Total is everyone from the kindergarten.
func (p Participation) Total() int { return p.Teachers + p.Parents + p.Others }

// Participants sums the participation rows.
func (e Event) Participants() (teachers, parents, others int) {
	for _, p := range e.Participation {
		teachers, parents, others = teachers+p.Teachers, parents+p.Parents, others+p.Others
	}
	return teachers, parents, others
}

const eventCols = `id, region_code, kind, held_on, topic, format, organiser, hours, materials, notes`

func scanEvent(sc interface{ Scan(...any) error }) (Event, error) {
	var e Event
	err := sc.Scan(&e.ID, &e.RegionCode, &e.Kind, &e.HeldOn, &e.Topic, &e.Format, &e.Organiser, &e.Hours, &e.Materials, &e.Notes)
	return e, err
}

// EventFilter narrows the event list; zero fields do not filter.
type EventFilter struct {
	RegionCode     string // "" = every region in the database
	Year           int    // 0 = every year, or the viewed period when Quarter is set
	Quarter        int    // 1–4 of Year, or of the viewed period
	Kind           string
	KindergartenID int // events this kindergarten took part in
}

// bounds gives the date range of the filter ("" = open); a quarter without
// a year is the viewed period's p.
func (f EventFilter) bounds(p Period) (from, to any, err error) {
	if f.Quarter < 0 || f.Quarter > 4 && (f.Year != 0 || f.Quarter > p.Quarters()) {
		return nil, nil, invalid("quarter", ReasonRange)
	}
	y := f.Year
	if y == 0 && f.Quarter > 0 {
		a, b := p.Quarter(f.Quarter)
		return a.String(), b.String(), nil
	}
	switch {
	case y == 0:
		return "", "", nil
	case f.Quarter == 0:
		return NewDate(y, 1, 1).String(), NewDate(y, 12, 31).String(), nil
	}
	a, b := QuarterBounds(y, f.Quarter)
	return a.String(), b.String(), nil
}

// Events lists events, latest first, each with its participation.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]Event, error) {
	p, err := s.Period(ctx)
	if err != nil {
		return nil, err
	}
	from, to, err := f.bounds(p)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventCols+` FROM event e
		WHERE (? = '' OR e.region_code = ?) AND (? = '' OR e.kind = ?)
		AND (? = '' OR e.held_on >= ?) AND (? = '' OR e.held_on <= ?)
		AND (? = 0 OR EXISTS (SELECT 1 FROM event_participation p WHERE p.event_id = e.id AND p.kindergarten_id = ?))
		ORDER BY e.held_on DESC, e.id DESC`,
		f.RegionCode, f.RegionCode, f.Kind, f.Kind, from, from, to, to, f.KindergartenID, f.KindergartenID)
	events, err := collect(rows, err, scanEvent)
	if err != nil || len(events) == 0 {
		return events, err
	}
	// One query for all participation of the region, matched in memory:
	// a region has tens of events, not thousands.
	prows, err := s.db.QueryContext(ctx, `SELECT p.event_id, p.kindergarten_id, p.teachers, p.parents, p.others
		FROM event_participation p JOIN event e ON e.id = p.event_id
		WHERE ? = '' OR e.region_code = ? ORDER BY p.event_id, p.kindergarten_id`, f.RegionCode, f.RegionCode)
	if err != nil {
		return nil, mapErr(err)
	}
	defer prows.Close()
	byEvent := map[int64][]Participation{}
	for prows.Next() {
		var id int64
		var p Participation
		if err := prows.Scan(&id, &p.KindergartenID, &p.Teachers, &p.Parents, &p.Others); err != nil {
			return nil, err
		}
		byEvent[id] = append(byEvent[id], p)
	}
	if err := prows.Err(); err != nil {
		return nil, err
	}
	for i := range events {
		events[i].Participation = byEvent[events[i].ID]
	}
	return events, nil
}

// Event reads one event with its participation.
func (s *Store) Event(ctx context.Context, id int64) (Event, error) {
	e, err := scanEvent(s.db.QueryRowContext(ctx, `SELECT `+eventCols+` FROM event WHERE id = ?`, id))
	if err != nil {
		return e, notFound(err, "event", id)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT kindergarten_id, teachers, parents, others
		FROM event_participation WHERE event_id = ? ORDER BY kindergarten_id`, id)
	e.Participation, err = collect(rows, err, func(sc interface{ Scan(...any) error }) (Participation, error) {
		var p Participation
		err := sc.Scan(&p.KindergartenID, &p.Teachers, &p.Parents, &p.Others)
		return p, err
	})
	return e, err
}

// Validate checks an event before it is saved. Participation rows with
// nobody in them are dropped: that kindergarten did not take part.
func (e *Event) Validate(w Window) error {
	trimAll(&e.RegionCode, &e.Topic, &e.Organiser, &e.Materials, &e.Notes)
	if e.RegionCode == "" {
		return invalid("region", ReasonRequired)
	}
	if err := oneOf("kind", e.Kind, EventKinds()); err != nil {
		return err
	}
	if err := checkDay("held_on", e.HeldOn, true, w); err != nil {
		return err
	}
	if e.Topic == "" {
		return invalid("topic", ReasonRequired)
	}
	if err := oneOf("format", e.Format, EventFormats()); err != nil {
		return err
	}
	if err := checkHours(e.Hours); err != nil {
		return err
	}
	seen := map[int]bool{}
	kept := e.Participation[:0:0]
	for _, p := range e.Participation {
		if p.KindergartenID == 0 {
			return invalid("kindergarten", ReasonRequired)
		}
		if seen[p.KindergartenID] {
			return invalid("kindergarten", ReasonDuplicate)
		}
		seen[p.KindergartenID] = true
		for _, n := range []int{p.Teachers, p.Parents, p.Others} {
			if err := checkCount("participants", n); err != nil {
				return err
			}
		}
		if p.Total() > 0 {
			kept = append(kept, p)
		}
	}
	slices.SortFunc(kept, func(a, b Participation) int { return a.KindergartenID - b.KindergartenID })
	e.Participation = kept
	return nil
}

// SaveEvent adds (ID 0) or updates an event; its participation rows are
// replaced in the same transaction.
func (s *Store) SaveEvent(ctx context.Context, e *Event) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := e.Validate(w); err != nil {
		return err
	}
	return s.record(ctx, EntityEvent, e.ID, func(tx *sql.Tx, now string) (int64, error) { return saveEvent(ctx, tx, e, now) })
}

// saveEvent writes an event with its participation and returns its id.
func saveEvent(ctx context.Context, tx *sql.Tx, e *Event, now string) (int64, error) {
	err := func() error {
		if err := checkRegion(ctx, tx, e.RegionCode); err != nil {
			return err
		}
		for _, p := range e.Participation {
			if err := checkKindergarten(ctx, tx, p.KindergartenID, e.RegionCode); err != nil {
				return err
			}
		}
		id, err := saveEventRow(ctx, tx, e, now)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_participation WHERE event_id = ?`, id); err != nil {
			return err
		}
		for _, p := range e.Participation {
			if _, err := tx.ExecContext(ctx, `INSERT INTO event_participation(event_id, kindergarten_id, teachers, parents, others)
				VALUES (?,?,?,?,?)`, id, p.KindergartenID, p.Teachers, p.Parents, p.Others); err != nil {
				return err
			}
		}
		e.ID = id
		return nil
	}()
	return e.ID, err
}

func saveEventRow(ctx context.Context, tx *sql.Tx, e *Event, now string) (int64, error) {
	if e.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO event(region_code, kind, held_on, topic, format, organiser, hours, materials, notes, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?)`, e.RegionCode, e.Kind, e.HeldOn, e.Topic, e.Format, e.Organiser, e.Hours, e.Materials, e.Notes, now, now)
		if err != nil {
			return 0, err
		}
		return res.LastInsertId()
	}
	res, err := tx.ExecContext(ctx, `UPDATE event SET region_code=?, kind=?, held_on=?, topic=?, format=?, organiser=?, hours=?,
		materials=?, notes=?, updated_at=? WHERE id=?`,
		e.RegionCode, e.Kind, e.HeldOn, e.Topic, e.Format, e.Organiser, e.Hours, e.Materials, e.Notes, now, e.ID)
	if err != nil {
		return 0, err
	}
	return e.ID, mustAffect(res, "event", e.ID)
}

// DuplicateEvent copies an event with its participation to a new date, for
// logging a repeated webinar quickly, and returns the copy.
func (s *Store) DuplicateEvent(ctx context.Context, id int64, newDate Date) (Event, error) {
	e, err := s.Event(ctx, id)
	if err != nil {
		return Event{}, err
	}
	e.ID, e.HeldOn = 0, newDate
	if err := s.SaveEvent(ctx, &e); err != nil {
		return Event{}, err
	}
	return e, nil
}

// DeleteEvent removes an event with its participation rows (and its links
// to practices).
func (s *Store) DeleteEvent(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, EntityEvent, id)
}
