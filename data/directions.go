package data

import (
	"context"
	"database/sql"
	"strings"
)

var errNoRows = sql.ErrNoRows

// Direction is a pilot direction (a workshop such as the cooking area).
type Direction struct {
	ID                     int64
	Code                   string
	NameKK, NameRU, NameEN string
	Order                  int
	Retired                bool
}

// Name gives the name in lang.
func (d Direction) Name(lang string) string { return pick(lang, d.NameKK, d.NameRU, d.NameEN) }

// Directions lists directions in display order (retired ones too when all).
func (s *Store) Directions(ctx context.Context, all bool) ([]Direction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, code, name_kk, name_ru, name_en, ord, retired
		FROM direction WHERE ? OR retired = 0 ORDER BY ord, id`, all)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Direction
	for rows.Next() {
		var d Direction
		if err := rows.Scan(&d.ID, &d.Code, &d.NameKK, &d.NameRU, &d.NameEN, &d.Order, &d.Retired); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// SaveDirection adds (ID 0) or updates a direction.
func (s *Store) SaveDirection(ctx context.Context, d *Direction) error {
	d.Code = strings.TrimSpace(d.Code)
	d.NameKK, d.NameRU, d.NameEN = strings.TrimSpace(d.NameKK), strings.TrimSpace(d.NameRU), strings.TrimSpace(d.NameEN)
	if d.NameKK == "" {
		return invalid("name_kk", ReasonRequired)
	}
	if d.NameRU == "" {
		return invalid("name_ru", ReasonRequired)
	}
	now := s.stamp()
	if d.ID == 0 {
		if d.Code == "" {
			d.Code = "dir-" + s.now().UTC().Format("20060102150405.000")
		}
		res, err := s.db.ExecContext(ctx, `INSERT INTO direction(code, name_kk, name_ru, name_en, ord, retired, created_at, updated_at)
			VALUES (?,?,?,?,(SELECT coalesce(max(ord),0)+1 FROM direction),?,?,?)`, d.Code, d.NameKK, d.NameRU, d.NameEN, d.Retired, now, now)
		if err != nil {
			return mapErr(err)
		}
		d.ID, err = res.LastInsertId()
		return err
	}
	res, err := s.db.ExecContext(ctx, `UPDATE direction SET name_kk=?, name_ru=?, name_en=?, retired=?, updated_at=? WHERE id=?`,
		d.NameKK, d.NameRU, d.NameEN, d.Retired, now, d.ID)
	if err != nil {
		return mapErr(err)
	}
	return mustAffect(res, "direction", d.ID)
}

// DeleteDirection removes a direction and its checklist ratings; a direction
// chosen by a kindergarten or used by a visit or practice should be retired
// instead, so the caller asks DirectionInUse first.
func (s *Store) DeleteDirection(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM direction WHERE id = ?`, id)
	if err != nil {
		return mapErr(err)
	}
	return mustAffect(res, "direction", id)
}

// DirectionInUse counts the kindergartens that chose the direction.
func (s *Store) DirectionInUse(ctx context.Context, id int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM kindergarten_direction WHERE direction_id = ?`, id).Scan(&n)
	return n, mapErr(err)
}

// KindergartenDirections lists the IDs of the directions a kindergarten chose.
func (s *Store) KindergartenDirections(ctx context.Context, kgID int) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kd.direction_id FROM kindergarten_direction kd
		JOIN direction d ON d.id = kd.direction_id WHERE kd.kindergarten_id = ? ORDER BY d.ord`, kgID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// SetKindergartenDirections replaces the chosen directions in one transaction.
func (s *Store) SetKindergartenDirections(ctx context.Context, kgID int, ids []int64) error {
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM kindergarten_direction WHERE kindergarten_id = ?`, kgID); err != nil {
			return err
		}
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `INSERT INTO kindergarten_direction(kindergarten_id, direction_id, created_at) VALUES (?,?,?)`, kgID, id, now); err != nil {
				return err
			}
		}
		return nil
	})
}
