package data

import "context"

// Region is one of the twenty regions of the order.
type Region struct {
	Code                         string
	Order                        int
	NameKK, NameRU, NameEN       string
	CentreKK, CentreRU, CentreEN string // administrative centre (title page city)
}

// Name gives the name in lang (kk, ru, en).
func (r Region) Name(lang string) string { return pick(lang, r.NameKK, r.NameRU, r.NameEN) }

// Centre gives the administrative centre in lang.
func (r Region) Centre(lang string) string { return pick(lang, r.CentreKK, r.CentreRU, r.CentreEN) }

// pick chooses a translation, falling back to Kazakh when one is missing.
func pick(lang, kk, ru, en string) string {
	switch {
	case lang == "ru" && ru != "":
		return ru
	case lang == "en" && en != "":
		return en
	}
	return kk
}

const regionCols = `code, ord, name_kk, name_ru, name_en, centre_kk, centre_ru, centre_en`

func scanRegion(sc interface{ Scan(...any) error }) (Region, error) {
	var r Region
	err := sc.Scan(&r.Code, &r.Order, &r.NameKK, &r.NameRU, &r.NameEN, &r.CentreKK, &r.CentreRU, &r.CentreEN)
	return r, err
}

// Regions lists the twenty regions in the order's sequence.
func (s *Store) Regions(ctx context.Context) ([]Region, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+regionCols+` FROM region ORDER BY ord`)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Region
	for rows.Next() {
		r, err := scanRegion(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Region reads one region by code.
func (s *Store) Region(ctx context.Context, code string) (Region, error) {
	r, err := scanRegion(s.db.QueryRowContext(ctx, `SELECT `+regionCols+` FROM region WHERE code = ?`, code))
	return r, notFound(err, "region", code)
}
