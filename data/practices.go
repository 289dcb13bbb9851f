package data

import (
	"context"
	"database/sql"
	"errors"
	"slices"
)

// Practice statuses, in the order a practice moves through them.
const (
	PracticeCandidate    = "candidate"
	PracticeRecommended  = "recommended"
	PracticeDisseminated = "disseminated"
)

// PracticeStatuses lists the statuses in order.
func PracticeStatuses() []string {
	return []string{PracticeCandidate, PracticeRecommended, PracticeDisseminated}
}

// Practice is a pedagogical practice the centre found worth sharing.
type Practice struct {
	ID             int64
	KindergartenID int
	Title          string
	Teacher        string
	DirectionID    int64 // 0 = none
	Description    string
	Evidence       string
	Status         string // PracticeCandidate …
	IdentifiedOn   Date
	EventIDs       []int64 // the events through which it was disseminated, ascending
}

const practiceCols = `p.id, p.kindergarten_id, p.title, p.teacher, coalesce(p.direction_id, 0), p.description,
	p.evidence, p.status, p.identified_on`

func scanPractice(sc interface{ Scan(...any) error }) (Practice, error) {
	var p Practice
	err := sc.Scan(&p.ID, &p.KindergartenID, &p.Title, &p.Teacher, &p.DirectionID, &p.Description,
		&p.Evidence, &p.Status, &p.IdentifiedOn)
	return p, err
}

// Practices lists the practices of a region's kindergartens ("" = all),
// latest identified first (undated last), each with its events.
func (s *Store) Practices(ctx context.Context, region string) ([]Practice, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+practiceCols+` FROM practice p JOIN kindergarten k ON k.id = p.kindergarten_id
		WHERE ? = '' OR k.region_code = ? ORDER BY p.identified_on IS NULL, p.identified_on DESC, p.id DESC`, region, region)
	out, err := collect(rows, err, scanPractice)
	if err != nil || len(out) == 0 {
		return out, err
	}
	links, err := s.practiceEvents(ctx, `SELECT pe.practice_id, pe.event_id FROM practice_event pe
		JOIN practice p ON p.id = pe.practice_id JOIN kindergarten k ON k.id = p.kindergarten_id
		WHERE ? = '' OR k.region_code = ? ORDER BY pe.practice_id, pe.event_id`, region, region)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].EventIDs = links[out[i].ID]
	}
	return out, nil
}

// Practice reads one practice with its events.
func (s *Store) Practice(ctx context.Context, id int64) (Practice, error) {
	p, err := scanPractice(s.db.QueryRowContext(ctx, `SELECT `+practiceCols+` FROM practice p WHERE p.id = ?`, id))
	if err != nil {
		return p, notFound(err, "practice", id)
	}
	links, err := s.practiceEvents(ctx, `SELECT practice_id, event_id FROM practice_event WHERE practice_id = ? ORDER BY event_id`, id)
	p.EventIDs = links[id]
	return p, err
}

func (s *Store) practiceEvents(ctx context.Context, query string, args ...any) (map[int64][]int64, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	out := map[int64][]int64{}
	for rows.Next() {
		var p, e int64
		if err := rows.Scan(&p, &e); err != nil {
			return nil, err
		}
		out[p] = append(out[p], e)
	}
	return out, rows.Err()
}

// Validate checks a practice before it is saved; an empty status means a
// candidate, and the event list is sorted and freed of repeats.
func (p *Practice) Validate(w Window) error {
	trimAll(&p.Title, &p.Teacher, &p.Description, &p.Evidence)
	if p.KindergartenID == 0 {
		return invalid("kindergarten", ReasonRequired)
	}
	if p.Title == "" {
		return invalid("title", ReasonRequired)
	}
	if p.Status == "" {
		p.Status = PracticeCandidate
	}
	if err := oneOf("status", p.Status, PracticeStatuses()); err != nil {
		return err
	}
	if err := checkDay("identified_on", p.IdentifiedOn, false, w); err != nil {
		return err
	}
	ids := slices.Clone(p.EventIDs)
	slices.Sort(ids)
	p.EventIDs = slices.Compact(ids)
	if slices.Contains(p.EventIDs, 0) {
		return invalid("events", ReasonRange)
	}
	return nil
}

// SavePractice adds (ID 0) or updates a practice; its event links are
// replaced in the same transaction. The events must be the region's own.
func (s *Store) SavePractice(ctx context.Context, p *Practice) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := p.Validate(w); err != nil {
		return err
	}
	return s.record(ctx, EntityPractice, p.ID, func(tx *sql.Tx, now string) (int64, error) {
		return savePractice(ctx, tx, p, now)
	})
}

// savePractice writes a practice with its event links and returns its id.
func savePractice(ctx context.Context, tx *sql.Tx, p *Practice, now string) (int64, error) {
	err := func() error {
		region, err := kindergartenRegion(ctx, tx, p.KindergartenID)
		if err != nil {
			return err
		}
		if err := checkDirection(ctx, tx, p.DirectionID); err != nil {
			return err
		}
		for _, id := range p.EventIDs {
			var rc string
			err := tx.QueryRowContext(ctx, `SELECT region_code FROM event WHERE id = ?`, id).Scan(&rc)
			if errors.Is(err, sql.ErrNoRows) || (err == nil && rc != region) {
				return invalid("events", ReasonRange)
			} else if err != nil {
				return err
			}
		}
		id := p.ID
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO practice(kindergarten_id, title, teacher, direction_id, description, evidence,
				status, identified_on, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
				p.KindergartenID, p.Title, p.Teacher, nullID(p.DirectionID), p.Description, p.Evidence, p.Status, p.IdentifiedOn, now, now)
			if err != nil {
				return err
			}
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `UPDATE practice SET kindergarten_id=?, title=?, teacher=?, direction_id=?, description=?,
				evidence=?, status=?, identified_on=?, updated_at=? WHERE id=?`,
				p.KindergartenID, p.Title, p.Teacher, nullID(p.DirectionID), p.Description, p.Evidence, p.Status, p.IdentifiedOn, now, id)
			if err != nil {
				return err
			}
			if err := mustAffect(res, "practice", id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM practice_event WHERE practice_id = ?`, id); err != nil {
			return err
		}
		for _, ev := range p.EventIDs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO practice_event(practice_id, event_id) VALUES (?,?)`, id, ev); err != nil {
				return err
			}
		}
		p.ID = id
		return nil
	}()
	return p.ID, err
}

// DeletePractice removes a practice and its event links (the events stay).
func (s *Store) DeletePractice(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, EntityPractice, id)
}
