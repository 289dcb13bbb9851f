package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ReplaceOptions tune ReplaceRegion.
type ReplaceOptions struct {
	// Import is the region_import row written with the records (its
	// Region is ReplaceRegion's). Imported also stamps every row written;
	// zero means now.
	Import RegionImport
	// Admit decides, inside the transaction and before anything is
	// written, whether the replacement may go ahead: prev is the package of
	// the region imported before (found false: none), held what the
	// database holds of the region — what the replacement would remove
	// (RegionFootprint). Its error aborts the replacement and is
	// ReplaceRegion's. Nil admits.
	Admit func(prev RegionImport, found bool, held RegionFootprint) error
	// File and SHA256 name the package file in the history.
	File, SHA256 string
	// Encrypted says the package file was protected by a passphrase (the
	// import log keeps it).
	Encrypted bool
}

// Problems of a RegionError.
const (
	RegionUnknownCode = "unknown_code" // an indicator, round or checklist item this database lacks
	RegionCodeTaken   = "code_taken"   // a child code another region's child holds here
	RegionBadRecord   = "bad_record"   // a record the schema refuses (a constraint)
)

// RegionError is a record of a region's data this database refuses
// (ReplaceRegion); reports/regionpkg words it for the user.
type RegionError struct {
	Problem string // RegionUnknownCode, RegionCodeTaken or RegionBadRecord
	Item    string // the kind of record: "indicator", "child", "event" …
	Key     string // what identifies it: a code, a seed number, a date …
	Detail  string // RegionBadRecord: the database's refusal
}

func (e *RegionError) Error() string {
	msg := e.Problem + " " + e.Item + " " + fmt.Sprintf("%q", e.Key)
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// ReplaceRegion replaces a region's data with recs in one transaction, all
// or nothing: kindergartens keyed by seed number, children by code,
// indicators, rounds and checklist items mapped by code (directions this
// database lacks are added). The records must be valid on their own
// (regionpkg checks a package before it comes here); what this database
// cannot take gives a *RegionError. Scores go through the one score writer
// as copies (SourcePackage). The names, birth dates and consent dates of
// the region's children, which records never carry, are kept: a child
// coming back under its code gets them again (keepPersonal).
func (s *Store) ReplaceRegion(ctx context.Context, region string, recs *RegionRecords, opt ReplaceOptions) error {
	at := opt.Import.Imported
	if at.IsZero() {
		at = s.now()
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		im := &importer{ctx: ctx, tx: tx, region: region, d: recs, stamp: at.UTC().Format(importedLayout)}
		im.log = newLog(ctx, tx, Change{Source: SourcePackage, File: opt.File, SHA256: opt.SHA256, Note: region}, im.stamp)
		if opt.Admit != nil {
			if err := im.admit(opt.Admit); err != nil {
				return err
			}
		}
		var before RegionRecords
		if err := collectRegion(ctx, tx, region, &before); err != nil {
			return err
		}
		if err := im.resolve(); err != nil {
			return err
		}
		restore, err := keepPersonal(ctx, tx, region)
		if err != nil {
			return err
		}
		if err := im.replace(); err != nil {
			return err
		}
		if _, err := restore(); err != nil {
			return err
		}
		if err := im.writeApprovals(); err != nil {
			return err
		}
		if err := im.logImport(opt, &before); err != nil {
			return err
		}
		if err := im.log.note(); err != nil { // a package that changed no score is in the history too
			return err
		}
		if err := im.log.flush(); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO region_import(region_code, created_at, imported_at, centre_name, centre_name_ru, app_version)
			VALUES (?,?,?,?,?,?) ON CONFLICT(region_code) DO UPDATE SET created_at=excluded.created_at, imported_at=excluded.imported_at,
			centre_name=excluded.centre_name, centre_name_ru=excluded.centre_name_ru, app_version=excluded.app_version`,
			region, opt.Import.Created.UTC().Format(time.RFC3339), im.stamp, opt.Import.CentreName, opt.Import.CentreNameRU, opt.Import.AppVersion)
		return err
	})
}

// importer is one ReplaceRegion's state.
type importer struct {
	ctx    context.Context
	tx     *sql.Tx
	region string
	d      *RegionRecords
	stamp  string
	// code → database ID
	indicators, rounds, items, directions map[string]int64
	// log is the replacement's change set; taken the region's scores
	// before it, by child code (takeRegionScores).
	log   *changeLog
	taken map[string][]regionCell
}

// admit gives the hook what it decides on.
func (im *importer) admit(hook func(prev RegionImport, found bool, held RegionFootprint) error) error {
	prev, err := regionImports(im.ctx, im.tx, im.region)
	if err != nil {
		return err
	}
	held, err := regionFootprint(im.ctx, im.tx, im.region)
	if err != nil {
		return err
	}
	if len(prev) == 1 {
		return hook(prev[0], true, held)
	}
	return hook(RegionImport{}, false, held)
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
	if err := im.addRounds(); err != nil {
		return err
	}
	unknown := func(item, code string) error {
		return &RegionError{Problem: RegionUnknownCode, Item: item, Key: code}
	}
	for _, a := range im.d.Assessments {
		if _, ok := im.rounds[a.Round]; !ok {
			return unknown("round", a.Round)
		}
		if _, ok := im.indicators[a.Indicator]; !ok {
			return unknown("indicator", a.Indicator)
		}
	}
	for _, a := range im.d.Approvals {
		if _, ok := im.rounds[a.Round]; !ok {
			return unknown("round", a.Round)
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
			return badRecord(err, "direction", dr.Code)
		}
		if im.directions[dr.Code], err = res.LastInsertId(); err != nil {
			return err
		}
	}
	taken, err := im.codes(`SELECT c.code, c.id FROM child c JOIN child_group g ON g.id = c.group_id
		JOIN kindergarten k ON k.id = g.kindergarten_id WHERE k.region_code <> ?`, im.region)
	if err != nil {
		return err
	}
	for _, c := range im.d.Children {
		if _, ok := taken[c.Code]; ok {
			return &RegionError{Problem: RegionCodeTaken, Item: "child", Key: c.Code}
		}
	}
	return nil
}

// badRecord turns a constraint failure into a RegionError of the record;
// any other database error passes through.
func badRecord(err error, item, key string) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT {
		return &RegionError{Problem: RegionBadRecord, Item: item, Key: key, Detail: err.Error()}
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
