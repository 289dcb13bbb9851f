package data

import "context"

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

// Indicators lists indicators in framework order (block, then indicator);
// retired ones only when all is true.
func (s *Store) Indicators(ctx context.Context, all bool) ([]Indicator, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT i.id, i.block_id, i.code, i.name_kk, i.name_ru, i.name_en, i.ord, i.retired_on
		FROM indicator i JOIN indicator_block b ON b.id = i.block_id
		WHERE ? OR i.retired_on IS NULL ORDER BY b.ord, b.id, i.ord, i.id`, all)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Indicator
	for rows.Next() {
		var i Indicator
		if err := rows.Scan(&i.ID, &i.BlockID, &i.Code, &i.NameKK, &i.NameRU, &i.NameEN, &i.Order, &i.RetiredOn); err != nil {
			return nil, err
		}
		out = append(out, i)
	}
	return out, rows.Err()
}
