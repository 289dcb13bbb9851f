package regionpkg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"baulu/data"
	"baulu/seeds"
)

// ImportOptions tune Import. Force accepts a package older than the one
// imported before, or one of the database's own region (both refused
// otherwise); Now is the import time (default: now).
type ImportOptions struct {
	Passphrase string
	Force      bool
	Now        time.Time
}

// ImportResult says what was imported.
type ImportResult struct {
	Region          string
	CentreName      string
	Created         time.Time
	Counts          Counts
	Replaced        bool      // a package of the region had been imported before
	PreviousCreated time.Time // when that package was made
}

// Import checks a package like Inspect and then, in one transaction,
// replaces the region's data in s with it: kindergartens keyed by seed
// number, children by code, indicators, rounds and checklist items mapped by
// code. Any problem — in the file or against this database — writes nothing.
func Import(ctx context.Context, s *data.Store, r io.Reader, opts ImportOptions) (ImportResult, error) {
	m, d, err := read(r, opts.Passphrase)
	if err != nil {
		return ImportResult{}, err
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	res := ImportResult{Region: m.Region, CentreName: m.CentreName, Created: m.Created, Counts: m.Counts}
	err = s.Tx(ctx, func(tx *sql.Tx) error {
		im := &importer{ctx: ctx, tx: tx, d: d, stamp: opts.Now.UTC().Format("2006-01-02 15:04:05")}
		if err := im.admit(m, opts.Force, &res); err != nil {
			return err
		}
		if err := im.resolve(); err != nil {
			return err
		}
		if err := im.replaceKeepingLocal(); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO region_import(region_code, created_at, imported_at, centre_name, app_version)
			VALUES (?,?,?,?,?) ON CONFLICT(region_code) DO UPDATE SET created_at=excluded.created_at,
			imported_at=excluded.imported_at, centre_name=excluded.centre_name, app_version=excluded.app_version`,
			m.Region, m.Created.UTC().Format(time.RFC3339), im.stamp, m.CentreName, m.AppVersion)
		return err
	})
	if err != nil {
		return ImportResult{}, fmt.Errorf("import package of %s: %w", m.Region, err)
	}
	return res, nil
}

type importer struct {
	ctx   context.Context
	tx    *sql.Tx
	d     *packageData
	stamp string
	// code → database ID
	indicators, rounds, items, directions map[string]int64
}

// admit refuses an older package than the one imported before, then asks
// the guard (guard.go): an empty package, or one of this installation's own
// region over data entered here, is refused with what it would remove.
func (im *importer) admit(m *Manifest, force bool, res *ImportResult) error {
	var prev string
	err := im.tx.QueryRowContext(im.ctx, `SELECT created_at FROM region_import WHERE region_code = ?`, m.Region).Scan(&prev)
	switch {
	case err == nil:
		res.Replaced = true
		res.PreviousCreated, _ = time.Parse(time.RFC3339, prev)
		if m.Created.Before(res.PreviousCreated) && !force {
			return fail(ErrOlderPackage, fmt.Sprintf("package of %s, imported one of %s", m.Created, prev),
				"region", m.Region, "created", stamp(m.Created), "previous", stamp(res.PreviousCreated))
		}
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	return im.admitFootprint(m, force)
}

// codes loads a code → ID table.
func (im *importer) codes(query string, args ...any) (map[string]int64, error) {
	out := map[string]int64{}
	err := each(im.ctx, im.tx, query, args, func(rs *sql.Rows) error {
		var code string
		var id int64
		err := rs.Scan(&code, &id)
		out[code] = id
		return err
	})
	return out, err
}

// resolve maps the package's codes onto this database, adding directions
// it lacks, and refuses unknown indicators, rounds and checklist items and
// child codes held by another region.
func (im *importer) resolve() error {
	var err error
	if im.indicators, err = im.codes(`SELECT code, id FROM indicator`); err != nil {
		return err
	}
	if im.rounds, err = im.codes(`SELECT code, id FROM round`); err != nil {
		return err
	}
	if im.items, err = im.codes(`SELECT code, id FROM env_item`); err != nil {
		return err
	}
	if im.directions, err = im.codes(`SELECT code, id FROM direction`); err != nil {
		return err
	}
	unknown := func(item, code string) error {
		return fail(ErrUnknownCode, fmt.Sprintf("%s %q", item, code), "item", item, "key", code)
	}
	for _, a := range im.d.Assessments {
		if _, ok := im.rounds[a.Round]; !ok {
			return unknown("round", a.Round)
		}
		if _, ok := im.indicators[a.Indicator]; !ok {
			return unknown("indicator", a.Indicator)
		}
	}
	for _, k := range im.d.Kindergartens {
		for _, e := range k.Environment {
			if _, ok := im.items[e.Item]; !ok {
				return unknown("env_item", e.Item)
			}
		}
	}
	for _, dr := range im.d.Directions {
		if _, ok := im.directions[dr.Code]; ok {
			continue
		}
		res, err := im.tx.ExecContext(im.ctx, `INSERT INTO direction(code, name_kk, name_ru, name_en, ord, created_at, updated_at)
			VALUES (?,?,?,?,(SELECT coalesce(max(ord),0)+1 FROM direction),?,?)`, dr.Code, dr.NameKK, dr.NameRU, dr.NameEN, im.stamp, im.stamp)
		if err != nil {
			return dbErr(err, "direction", dr.Code)
		}
		if im.directions[dr.Code], err = res.LastInsertId(); err != nil {
			return err
		}
	}
	taken, err := im.codes(`SELECT c.code, c.id FROM child c JOIN child_group g ON g.id = c.group_id
		JOIN kindergarten k ON k.id = g.kindergarten_id WHERE k.region_code <> ?`, im.d.Region)
	if err != nil {
		return err
	}
	for _, c := range im.d.Children {
		if _, ok := taken[c.Code]; ok {
			return fail(ErrConflict, "child "+c.Code, "key", c.Code)
		}
	}
	return nil
}

// dbErr turns a constraint failure into "invalid value" of the record; any
// other database error passes through.
func dbErr(err error, item, key string) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT {
		e := invalid(reasonValue, item, key, "")
		e.Detail += ": " + err.Error()
		return e
	}
	return err
}

// nz stores "" and 0 as NULL.
func nz[T comparable](v T) any {
	var zero T
	if v == zero {
		return nil
	}
	return v
}

// regionSeeds are the region's kindergartens by the order.
func regionSeeds(region string) []seeds.Kindergarten { return seeds.KindergartensOf(region) }
