package data

import (
	"context"
	"net/mail"
	"strings"
)

// Kindergarten is one of the order's preschool organisations. ID is its seed
// number (1–100), the same in every installation.
type Kindergarten struct {
	ID         int
	RegionCode string
	Position   int    // 1–5 within the region
	Name       string // exactly as in the order
	ShortName  string // the name without its ownership form
	Form       string // КМҚК, МКҚК, ЖШС, ЖК, жекеменшік, филиал
	Settlement string
	District   string
	Locality   string // "", urban, rural
	Address    string
	Director   string
	Phone      string
	Email      string
	Notes      string
	// NameRU and SettlementRU are the official name and the settlement in
	// Russian. A NameRU never entered is derived from the order's Kazakh
	// name when it has a regular shape (NameRUDerived is then true); else
	// it stays empty until the centre enters it.
	NameRU        string
	SettlementRU  string
	NameRUDerived bool
}

// State reports whether the kindergarten is state-owned (the branch №86
// belongs to a state kindergarten).
func (k Kindergarten) State() bool {
	return k.Form == "КМҚК" || k.Form == "МКҚК" || k.Form == "филиал"
}

const kgCols = `id, region_code, position, name, short_name, form, settlement, district, locality, address, director, phone, email, notes,
	name_ru, settlement_ru`

func scanKindergarten(sc interface{ Scan(...any) error }) (Kindergarten, error) {
	var k Kindergarten
	err := sc.Scan(&k.ID, &k.RegionCode, &k.Position, &k.Name, &k.ShortName, &k.Form, &k.Settlement,
		&k.District, &k.Locality, &k.Address, &k.Director, &k.Phone, &k.Email, &k.Notes, &k.NameRU, &k.SettlementRU)
	k.deriveRussianName()
	return k, err
}

// Kindergartens lists the kindergartens of a region ("" = every region in
// the database, as in the Institute's copy), in seed order.
func (s *Store) Kindergartens(ctx context.Context, regionCode string) ([]Kindergarten, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+kgCols+` FROM kindergarten
		WHERE ? = '' OR region_code = ? ORDER BY id`, regionCode, regionCode)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Kindergarten
	for rows.Next() {
		k, err := scanKindergarten(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// Kindergarten reads one by seed number.
func (s *Store) Kindergarten(ctx context.Context, id int) (Kindergarten, error) {
	k, err := scanKindergarten(s.db.QueryRowContext(ctx, `SELECT `+kgCols+` FROM kindergarten WHERE id = ?`, id))
	return k, notFound(err, "kindergarten", id)
}

// Validate checks a profile before it is saved.
func (k *Kindergarten) Validate() error {
	trim := func(p *string) { *p = strings.TrimSpace(*p) }
	for _, p := range []*string{&k.Name, &k.ShortName, &k.Settlement, &k.District, &k.Address, &k.Director, &k.Phone, &k.Email, &k.Notes,
		&k.NameRU, &k.SettlementRU} {
		trim(p)
	}
	if k.Name == "" {
		return invalid("name", ReasonRequired)
	}
	if k.ShortName == "" {
		k.ShortName = k.Name
	}
	switch k.Locality {
	case "", "urban", "rural":
	default:
		return invalid("locality", ReasonRange)
	}
	if k.Email != "" {
		if a, err := mail.ParseAddress(k.Email); err != nil || a.Address != k.Email {
			return invalid("email", ReasonFormat)
		}
	}
	if k.Phone != "" && strings.Trim(k.Phone, phoneChars) != "" {
		return invalid("phone", ReasonFormat)
	}
	return nil
}

// UpdateKindergarten saves the editable profile fields. The seed number,
// region and position never change.
func (s *Store) UpdateKindergarten(ctx context.Context, k Kindergarten) error {
	if err := k.Validate(); err != nil {
		return err
	}
	// A Russian name equal to the one the rule derives is not stored: it
	// is derived again while the Kazakh name stays the order's, and goes
	// (to be entered) when the Kazakh name changes.
	nameRU := k.NameRU
	derived := Kindergarten{ID: k.ID, Name: k.Name}
	if derived.deriveRussianName(); derived.NameRU == nameRU {
		nameRU = ""
	}
	res, err := s.db.ExecContext(ctx, `UPDATE kindergarten SET name=?, short_name=?, form=?, settlement=?, district=?,
		locality=?, address=?, director=?, phone=?, email=?, notes=?, name_ru=?, settlement_ru=?, updated_at=? WHERE id=?`,
		k.Name, k.ShortName, k.Form, k.Settlement, k.District, k.Locality, k.Address, k.Director, k.Phone,
		k.Email, k.Notes, nameRU, k.SettlementRU, s.stamp(), k.ID)
	if err != nil {
		return mapErr(err)
	}
	return mustAffect(res, "kindergarten", k.ID)
}

// mustAffect turns "0 rows changed" into ErrNotFound.
func mustAffect(res interface{ RowsAffected() (int64, error) }, what string, id any) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return notFound(errNoRows, what, id)
	}
	return nil
}
