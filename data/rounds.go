package data

import "context"

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

// Rounds lists rounds in order.
func (s *Store) Rounds(ctx context.Context) ([]Round, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, code, kind, name_kk, name_ru, name_en, starts_on, ends_on, ord FROM round ORDER BY ord, starts_on, id`)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Round
	for rows.Next() {
		var r Round
		if err := rows.Scan(&r.ID, &r.Code, &r.Kind, &r.NameKK, &r.NameRU, &r.NameEN, &r.Start, &r.End, &r.Order); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// RoundByKind finds the first round of a kind (baseline, final …).
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
