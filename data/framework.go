package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// ReasonRetired rejects a score on a retired indicator: its past scores are
// kept, but it is no longer offered for new scoring.
const ReasonRetired = "retired"

// Block groups indicators (e.g. Labour skills).
type Block struct {
	ID                     int64
	Code                   string
	NameKK, NameRU, NameEN string
	Order                  int
}

// Name gives the block in lang.
func (b Block) Name(lang string) string { return pick(lang, b.NameKK, b.NameRU, b.NameEN) }

// Indicator is one scored item of the framework (1–3).
type Indicator struct {
	ID                     int64
	BlockID                int64
	Code                   string
	NameKK, NameRU, NameEN string
	Order                  int
	RetiredOn              Date // set: no longer scored, past scores kept
}

// Name gives the indicator in lang.
func (i Indicator) Name(lang string) string { return pick(lang, i.NameKK, i.NameRU, i.NameEN) }

// Retired reports whether the indicator is no longer scored.
func (i Indicator) Retired() bool { return !i.RetiredOn.IsZero() }

// Blocks lists the framework's blocks in order.
func (s *Store) Blocks(ctx context.Context) ([]Block, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, code, name_kk, name_ru, name_en, ord FROM indicator_block ORDER BY ord, id`)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Block
	for rows.Next() {
		var b Block
		if err := rows.Scan(&b.ID, &b.Code, &b.NameKK, &b.NameRU, &b.NameEN, &b.Order); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

const indicatorCols = `i.id, i.block_id, i.code, i.name_kk, i.name_ru, i.name_en, i.ord, i.retired_on`

func scanIndicator(sc interface{ Scan(...any) error }) (Indicator, error) {
	var i Indicator
	err := sc.Scan(&i.ID, &i.BlockID, &i.Code, &i.NameKK, &i.NameRU, &i.NameEN, &i.Order, &i.RetiredOn)
	return i, err
}

// Indicators lists indicators in framework order (block, then indicator);
// retired ones only when all is true.
func (s *Store) Indicators(ctx context.Context, all bool) ([]Indicator, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+indicatorCols+`
		FROM indicator i JOIN indicator_block b ON b.id = i.block_id
		WHERE ? OR i.retired_on IS NULL ORDER BY b.ord, b.id, i.ord, i.id`, all)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Indicator
	for rows.Next() {
		i, err := scanIndicator(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, i)
	}
	return out, rows.Err()
}

// Indicator reads one indicator.
func (s *Store) Indicator(ctx context.Context, id int64) (Indicator, error) {
	i, err := scanIndicator(s.db.QueryRowContext(ctx, `SELECT `+indicatorCols+` FROM indicator i WHERE i.id = ?`, id))
	return i, notFound(err, "indicator", id)
}

// normCode tidies a framework or round code: trimmed, and upper-cased when
// upper. Codes travel in Excel templates, so they are kept to letters,
// digits, '.', '_' and '-' (at most 24 characters).
func normCode(code string, upper bool) (string, bool) {
	code = strings.TrimSpace(code)
	if upper {
		code = strings.ToUpper(code)
	}
	if code == "" || len(code) > 24 {
		return code, code == ""
	}
	for _, r := range code {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			return code, false
		}
	}
	return code, true
}

// checkNames trims the three names; kk and ru are required.
func checkNames(kk, ru, en *string) error {
	*kk, *ru, *en = strings.TrimSpace(*kk), strings.TrimSpace(*ru), strings.TrimSpace(*en)
	if *kk == "" {
		return invalid("name_kk", ReasonRequired)
	}
	if *ru == "" {
		return invalid("name_ru", ReasonRequired)
	}
	return nil
}

// Validate checks a block before it is saved (the code is upper-cased).
func (b *Block) Validate() error {
	code, ok := normCode(b.Code, true)
	b.Code = code
	if code == "" {
		return invalid("code", ReasonRequired)
	}
	if !ok {
		return invalid("code", ReasonFormat)
	}
	return checkNames(&b.NameKK, &b.NameRU, &b.NameEN)
}

// Validate checks an indicator before it is saved (the code is upper-cased).
func (i *Indicator) Validate() error {
	if i.BlockID == 0 {
		return invalid("block", ReasonRequired)
	}
	code, ok := normCode(i.Code, true)
	i.Code = code
	if code == "" {
		return invalid("code", ReasonRequired)
	}
	if !ok {
		return invalid("code", ReasonFormat)
	}
	return checkNames(&i.NameKK, &i.NameRU, &i.NameEN)
}

// SaveBlock adds (ID 0, placed last) or updates a block; every change bumps
// the framework version.
func (s *Store) SaveBlock(ctx context.Context, b *Block) error {
	if err := b.Validate(); err != nil {
		return err
	}
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := uniqueCode(ctx, tx, "indicator_block", b.Code, b.ID); err != nil {
			return err
		}
		if b.ID == 0 {
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(ord), 0) + 1 FROM indicator_block`).Scan(&b.Order); err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO indicator_block(code, name_kk, name_ru, name_en, ord, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?)`, b.Code, b.NameKK, b.NameRU, b.NameEN, b.Order, now, now)
			if err != nil {
				return err
			}
			if b.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `UPDATE indicator_block SET code=?, name_kk=?, name_ru=?, name_en=?, updated_at=? WHERE id=?`,
				b.Code, b.NameKK, b.NameRU, b.NameEN, now, b.ID)
			if err != nil {
				return err
			}
			if err := mustAffect(res, "block", b.ID); err != nil {
				return err
			}
		}
		return bumpFramework(ctx, tx, now)
	})
}

// DeleteBlock removes an empty block; a block that still has indicators
// (retired ones included) gives ErrInUse.
func (s *Store) DeleteBlock(ctx context.Context, id int64) error {
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM indicator WHERE block_id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("block %d has %d indicators: %w", id, n, ErrInUse)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM indicator_block WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if err := mustAffect(res, "block", id); err != nil {
			return err
		}
		return bumpFramework(ctx, tx, now)
	})
}

// SaveIndicator adds (ID 0) or updates an indicator. A new indicator, or one
// moved to another block, is placed last in its block. Retirement is not
// changed here (RetireIndicator, RestoreIndicator). Every change bumps the
// framework version.
func (s *Store) SaveIndicator(ctx context.Context, in *Indicator) error {
	if err := in.Validate(); err != nil {
		return err
	}
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		var blocks int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM indicator_block WHERE id = ?`, in.BlockID).Scan(&blocks); err != nil {
			return err
		}
		if blocks == 0 {
			return invalid("block", ReasonRange)
		}
		if err := uniqueCode(ctx, tx, "indicator", in.Code, in.ID); err != nil {
			return err
		}
		var oldBlock int64
		if in.ID != 0 {
			if err := tx.QueryRowContext(ctx, `SELECT block_id, ord FROM indicator WHERE id = ?`, in.ID).Scan(&oldBlock, &in.Order); err != nil {
				return notFound(err, "indicator", in.ID)
			}
		}
		if in.ID == 0 || oldBlock != in.BlockID {
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(ord), 0) + 1 FROM indicator WHERE block_id = ?`, in.BlockID).Scan(&in.Order); err != nil {
				return err
			}
		}
		if in.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO indicator(block_id, code, name_kk, name_ru, name_en, ord, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?,?)`, in.BlockID, in.Code, in.NameKK, in.NameRU, in.NameEN, in.Order, now, now)
			if err != nil {
				return err
			}
			in.RetiredOn = Date{}
			if in.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			if _, err := tx.ExecContext(ctx, `UPDATE indicator SET block_id=?, code=?, name_kk=?, name_ru=?, name_en=?, ord=?, updated_at=? WHERE id=?`,
				in.BlockID, in.Code, in.NameKK, in.NameRU, in.NameEN, in.Order, now, in.ID); err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, `SELECT retired_on FROM indicator WHERE id = ?`, in.ID).Scan(&in.RetiredOn); err != nil {
				return err
			}
		}
		return bumpFramework(ctx, tx, now)
	})
}

// uniqueCode refuses a code already used by another row of table.
func uniqueCode(ctx context.Context, q queryer, table, code string, id int64) error {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+table+` WHERE code = ? AND id <> ?`, code, id).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return invalid("code", ReasonDuplicate)
	}
	return nil
}
