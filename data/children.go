package data

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// Child is a child in a group. FullName is personal data: it stays in this
// database and never reaches a report, export or package — those use Code.
type Child struct {
	ID          int64
	GroupID     int64
	Code        string // e.g. ULY-03-E1-007
	FullName    string
	Sex         string // "", F, M
	BirthDate   Date
	Consent     bool
	ConsentDate Date
	LeftOn      Date // left the pilot
}

const childCols = `id, group_id, code, full_name, sex, birth_date, consent, consent_date, left_on`

func scanChild(sc interface{ Scan(...any) error }) (Child, error) {
	var c Child
	err := sc.Scan(&c.ID, &c.GroupID, &c.Code, &c.FullName, &c.Sex, &c.BirthDate, &c.Consent, &c.ConsentDate, &c.LeftOn)
	return c, err
}

// Children lists a group's children by code.
func (s *Store) Children(ctx context.Context, groupID int64) ([]Child, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+childCols+` FROM child WHERE group_id = ? ORDER BY code`, groupID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Child
	for rows.Next() {
		c, err := scanChild(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Child reads one child.
func (s *Store) Child(ctx context.Context, id int64) (Child, error) {
	c, err := scanChild(s.db.QueryRowContext(ctx, `SELECT `+childCols+` FROM child WHERE id = ?`, id))
	return c, notFound(err, "child", id)
}

// Validate checks a child against today's date and the window of dates
// of the pilot periods (Store.Window).
func (c *Child) Validate(today Date, w Window) error {
	c.Code, c.FullName = strings.ToUpper(strings.TrimSpace(c.Code)), strings.Join(strings.Fields(c.FullName), " ")
	if c.GroupID == 0 {
		return invalid("group", ReasonRequired)
	}
	switch c.Sex {
	case "", "F", "M":
	default:
		return invalid("sex", ReasonRange)
	}
	if !c.BirthDate.IsZero() {
		// Pilot children are 4–5; anyone born ten years before the
		// preparation year (2016 for the pilot) or in the future is a typo.
		if c.BirthDate.After(today) || c.BirthDate.Year() < w.From.Year()-9 {
			return invalid("birth_date", ReasonDate)
		}
	}
	if !c.ConsentDate.IsZero() {
		if c.ConsentDate.After(today) || (!c.BirthDate.IsZero() && c.ConsentDate.Before(c.BirthDate)) {
			return invalid("consent_date", ReasonDate)
		}
	}
	if !c.LeftOn.IsZero() {
		if c.LeftOn.After(today.AddDays(366)) || c.LeftOn.Before(w.From) {
			return invalid("left_on", ReasonDate)
		}
	}
	return nil
}

// NextChildCode proposes the next free code of a group: REGION-NN-GROUP-NNN,
// where NN is the kindergarten's position in the region's list.
func (s *Store) NextChildCode(ctx context.Context, groupID int64) (string, error) {
	var region, gcode string
	var pos int
	err := s.db.QueryRowContext(ctx, `SELECT k.region_code, k.position, g.code FROM child_group g
		JOIN kindergarten k ON k.id = g.kindergarten_id WHERE g.id = ?`, groupID).Scan(&region, &pos, &gcode)
	if err != nil {
		return "", notFound(err, "group", groupID)
	}
	prefix := fmt.Sprintf("%s-%02d-%s-", region, pos, gcode)
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(CAST(substr(code, ?) AS INTEGER)), 0) FROM child WHERE code LIKE ? || '%'`,
		len(prefix)+1, prefix).Scan(&n); err != nil {
		return "", mapErr(err)
	}
	return fmt.Sprintf("%s%03d", prefix, n+1), nil
}

// SaveChild adds (ID 0) or updates a child. An empty code on a new child is
// generated; a code used by another child is refused. A move to another
// group, or a left date before a round, of a child with scores in a round
// approved for the kindergarten is refused (*ApprovedError). The history
// keeps the change (the source from ctx, else a form's).
func (s *Store) SaveChild(ctx context.Context, c *Child) error {
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if err := c.Validate(s.Today(), w); err != nil {
		return err
	}
	if c.Code == "" {
		if c.ID != 0 {
			return invalid("code", ReasonRequired)
		}
		code, err := s.NextChildCode(ctx, c.GroupID)
		if err != nil {
			return err
		}
		c.Code = code
	}
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		var dup int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM child WHERE code = ? AND id <> ?`, c.Code, c.ID).Scan(&dup); err != nil {
			return err
		}
		if dup > 0 {
			return invalid("code", ReasonDuplicate)
		}
		if c.ID != 0 {
			if err := checkChildLocks(ctx, tx, *c); err != nil {
				return err
			}
		}
		return l.track(EntityChild, c.ID, func() (int64, error) { return saveChildRow(ctx, tx, c, l.stamp) })
	})
}

// saveChildRow writes the child's row and returns its id.
func saveChildRow(ctx context.Context, tx *sql.Tx, c *Child, now string) (int64, error) {
	if c.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO child(group_id, code, full_name, sex, birth_date, consent, consent_date, left_on, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?)`, c.GroupID, c.Code, c.FullName, c.Sex, c.BirthDate, c.Consent, c.ConsentDate, c.LeftOn, now, now)
		if err != nil {
			return 0, err
		}
		c.ID, err = res.LastInsertId()
		return c.ID, err
	}
	res, err := tx.ExecContext(ctx, `UPDATE child SET group_id=?, code=?, full_name=?, sex=?, birth_date=?, consent=?, consent_date=?, left_on=?, updated_at=? WHERE id=?`,
		c.GroupID, c.Code, c.FullName, c.Sex, c.BirthDate, c.Consent, c.ConsentDate, c.LeftOn, now, c.ID)
	if err != nil {
		return 0, err
	}
	return c.ID, mustAffect(res, "child", c.ID)
}

// DeleteChild removes a child and the child's scores (through the score
// writer: refused when a round with the child's scores is approved).
func (s *Store) DeleteChild(ctx context.Context, id int64) error {
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		if err := clearScores(ctx, tx, l, []int64{id}, l.c.Source, l.stamp); err != nil {
			return err
		}
		return l.track(EntityChild, id, func() (int64, error) {
			res, err := tx.ExecContext(ctx, `DELETE FROM child WHERE id = ?`, id)
			if err != nil {
				return 0, err
			}
			return id, mustAffect(res, "child", id)
		})
	})
}

// SetChildNames sets the full names of many children in one transaction
// (child id → name, tidied as SaveChild does), e.g. after a roster list
// was filled in. An unknown id gives ErrNotFound and changes nothing.
func (s *Store) SetChildNames(ctx context.Context, names map[int64]string) error {
	ids := make([]int64, 0, len(names))
	for id := range names {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		up, err := tx.PrepareContext(ctx, `UPDATE child SET full_name = ?, updated_at = ? WHERE id = ?`)
		if err != nil {
			return err
		}
		defer up.Close()
		return l.trackAll(EntityChild, ids, func() error {
			for _, id := range ids {
				res, err := up.ExecContext(ctx, strings.Join(strings.Fields(names[id]), " "), l.stamp, id)
				if err != nil {
					return err
				}
				if err := mustAffect(res, "child", id); err != nil {
					return err
				}
			}
			return nil
		})
	})
}
