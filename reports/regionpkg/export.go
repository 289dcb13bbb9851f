package regionpkg

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"filippo.io/age"

	"baulu/data"
	"baulu/seeds"
)

// ExportOptions tune Export. Now defaults to the current time, AppVersion
// to "dev"; an empty Passphrase writes a plain (unencrypted) package.
type ExportOptions struct {
	Passphrase string
	Now        time.Time
	AppVersion string
}

// scryptWorkFactor is age's default (2^18, about a second and 256 MB on an
// office PC); maxWorkFactor is the most Import accepts, so a crafted file
// cannot make it compute for minutes. Tests lower both.
var (
	scryptWorkFactor = 18
	maxWorkFactor    = 20
)

// Export writes the package of region to w: the region's data from s as
// one zip (manifest.json + data.json), encrypted with age when a passphrase
// is given. Write it through atomicfile.WriteFile so a failure leaves no
// half file.
func Export(ctx context.Context, s *data.Store, region string, w io.Writer, opts ExportOptions) error {
	if _, ok := seeds.RegionByCode(region); !ok {
		return fmt.Errorf("export region %q: %w", region, data.ErrNotFound)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.AppVersion == "" {
		opts.AppVersion = "dev"
	}
	created := opts.Now.UTC().Truncate(time.Second)
	d := &packageData{Region: region, Created: created}
	var centre string
	var schema int
	// One transaction: a consistent snapshot even if someone edits meanwhile.
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		if err := collect(ctx, tx, d); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&schema); err != nil {
			return err
		}
		return centreName(ctx, tx, region, &centre)
	})
	if err != nil {
		return fmt.Errorf("export region %s: %w", region, err)
	}
	body, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return fmt.Errorf("export region %s: %w", region, err)
	}
	sum := sha256.Sum256(body)
	m := Manifest{
		Format: Format, FormatVersion: FormatVersion, Region: region, CentreName: centre,
		Created: created, AppVersion: opts.AppVersion, SchemaVersion: schema,
		Counts: d.counts(), DataSHA256: hex.EncodeToString(sum[:]),
	}
	head, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("export region %s: %w", region, err)
	}
	return writePackage(w, head, body, created, opts.Passphrase)
}

// writePackage writes the zip, through age when there is a passphrase.
func writePackage(w io.Writer, manifest, body []byte, modified time.Time, passphrase string) error {
	out := w
	var enc io.WriteCloser
	if passphrase != "" {
		r, err := age.NewScryptRecipient(passphrase)
		if err != nil {
			return fmt.Errorf("encrypt package: %w", err)
		}
		r.SetWorkFactor(scryptWorkFactor)
		if enc, err = age.Encrypt(w, r); err != nil {
			return fmt.Errorf("encrypt package: %w", err)
		}
		out = enc
	}
	zw := zip.NewWriter(out)
	for _, f := range []struct {
		name string
		b    []byte
	}{{manifestName, manifest}, {dataName, body}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return fmt.Errorf("write package: %w", err)
		}
		if _, err := fw.Write(f.b); err != nil {
			return fmt.Errorf("write package: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write package: %w", err)
	}
	if enc != nil {
		if err := enc.Close(); err != nil {
			return fmt.Errorf("encrypt package: %w", err)
		}
	}
	return nil
}

// centreName is the centre that sends the package: this installation's own
// centre for its region, else the centre of the package it came from.
func centreName(ctx context.Context, tx *sql.Tx, region string, out *string) error {
	err := tx.QueryRowContext(ctx, `SELECT centre_name FROM settings WHERE id = 1 AND region_code = ?
		UNION ALL SELECT centre_name FROM region_import WHERE region_code = ? LIMIT 1`, region, region).Scan(out)
	if err == sql.ErrNoRows {
		return nil
	}
	return err
}

// each runs a query and calls scan for every row.
func each(ctx context.Context, tx *sql.Tx, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// collect reads the region's records. Every query is ordered, so the same
// database always gives the same file.
func collect(ctx context.Context, tx *sql.Tx, d *packageData) error {
	r := []any{d.Region}
	kgOf := `(SELECT id FROM kindergarten WHERE region_code = ?)`
	if err := each(ctx, tx, `SELECT i.code, b.code, i.name_kk, i.name_ru FROM indicator i JOIN indicator_block b ON b.id = i.block_id
		ORDER BY b.ord, b.id, i.ord, i.id`, nil, func(rs *sql.Rows) error {
		var x indicator
		err := rs.Scan(&x.Code, &x.Block, &x.NameKK, &x.NameRU)
		d.Indicators = append(d.Indicators, x)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT code, kind, starts_on, ends_on FROM round ORDER BY ord, starts_on, id`, nil, func(rs *sql.Rows) error {
		var x round
		err := rs.Scan(&x.Code, &x.Kind, &x.Starts, &x.Ends)
		d.Rounds = append(d.Rounds, x)
		return err
	}); err != nil {
		return err
	}
	// The directions the region's records use, with their names.
	if err := each(ctx, tx, `SELECT code, name_kk, name_ru, name_en FROM direction WHERE id IN (
		SELECT direction_id FROM kindergarten_direction WHERE kindergarten_id IN `+kgOf+`
		UNION SELECT direction_id FROM env_rating WHERE kindergarten_id IN `+kgOf+`
		UNION SELECT direction_id FROM visit WHERE kindergarten_id IN `+kgOf+`
		UNION SELECT direction_id FROM practice WHERE kindergarten_id IN `+kgOf+`) ORDER BY ord, id`,
		[]any{d.Region, d.Region, d.Region, d.Region}, func(rs *sql.Rows) error {
			var x direction
			err := rs.Scan(&x.Code, &x.NameKK, &x.NameRU, &x.NameEN)
			d.Directions = append(d.Directions, x)
			return err
		}); err != nil {
		return err
	}
	if err := collectKindergartens(ctx, tx, d); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT g.kindergarten_id, g.code, g.name, g.age_group, g.language, g.role, g.teacher, coalesce(g.planned_size, 0)
		FROM child_group g WHERE g.kindergarten_id IN `+kgOf+` ORDER BY g.kindergarten_id, g.code`, r, func(rs *sql.Rows) error {
		var x group
		err := rs.Scan(&x.Kindergarten, &x.Code, &x.Name, &x.AgeGroup, &x.Language, &x.Role, &x.Teacher, &x.PlannedSize)
		d.Groups = append(d.Groups, x)
		return err
	}); err != nil {
		return err
	}
	// Children: code, sex, birth YEAR, consent yes/no, left date — no name,
	// no birth date, no consent date (see the package doc).
	if err := each(ctx, tx, `SELECT c.code, g.kindergarten_id, g.code, c.sex,
		coalesce(CAST(strftime('%Y', c.birth_date) AS INTEGER), c.birth_year, 0), c.consent, coalesce(c.left_on, '')
		FROM child c JOIN child_group g ON g.id = c.group_id WHERE g.kindergarten_id IN `+kgOf+` ORDER BY c.code`, r, func(rs *sql.Rows) error {
		var x child
		err := rs.Scan(&x.Code, &x.Kindergarten, &x.Group, &x.Sex, &x.BirthYear, &x.Consent, &x.LeftOn)
		d.Children = append(d.Children, x)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT c.code, r.code, i.code, a.score FROM assessment a
		JOIN child c ON c.id = a.child_id JOIN child_group g ON g.id = c.group_id
		JOIN round r ON r.id = a.round_id JOIN indicator i ON i.id = a.indicator_id
		WHERE g.kindergarten_id IN `+kgOf+` ORDER BY c.code, r.ord, r.id, i.code`, r, func(rs *sql.Rows) error {
		var x assessment
		err := rs.Scan(&x.Child, &x.Round, &x.Indicator, &x.Score)
		d.Assessments = append(d.Assessments, x)
		return err
	}); err != nil {
		return err
	}
	return collectWork(ctx, tx, d)
}

func collectKindergartens(ctx context.Context, tx *sql.Tx, d *packageData) error {
	at := map[int]int{}
	if err := each(ctx, tx, `SELECT id, name, short_name, form, settlement, district, locality, address, director, phone, email, notes
		FROM kindergarten WHERE region_code = ? ORDER BY id`, []any{d.Region}, func(rs *sql.Rows) error {
		var k kindergarten
		err := rs.Scan(&k.Seed, &k.Name, &k.ShortName, &k.Form, &k.Settlement, &k.District, &k.Locality, &k.Address,
			&k.Director, &k.Phone, &k.Email, &k.Notes)
		k.Directions, k.Environment = []string{}, []envRating{}
		at[k.Seed] = len(d.Kindergartens)
		d.Kindergartens = append(d.Kindergartens, k)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT kd.kindergarten_id, dr.code FROM kindergarten_direction kd JOIN direction dr ON dr.id = kd.direction_id
		JOIN kindergarten k ON k.id = kd.kindergarten_id WHERE k.region_code = ? ORDER BY kd.kindergarten_id, dr.ord, dr.id`,
		[]any{d.Region}, func(rs *sql.Rows) error {
			var seed int
			var code string
			err := rs.Scan(&seed, &code)
			k := &d.Kindergartens[at[seed]]
			k.Directions = append(k.Directions, code)
			return err
		}); err != nil {
		return err
	}
	return each(ctx, tx, `SELECT e.kindergarten_id, dr.code, it.code, e.status, coalesce(e.rated_on, ''), e.note
		FROM env_rating e JOIN direction dr ON dr.id = e.direction_id JOIN env_item it ON it.id = e.item_id
		JOIN kindergarten k ON k.id = e.kindergarten_id WHERE k.region_code = ?
		ORDER BY e.kindergarten_id, dr.ord, dr.id, it.ord, it.id`, []any{d.Region}, func(rs *sql.Rows) error {
		var seed int
		var x envRating
		err := rs.Scan(&seed, &x.Direction, &x.Item, &x.Status, &x.RatedOn, &x.Note)
		k := &d.Kindergartens[at[seed]]
		k.Environment = append(k.Environment, x)
		return err
	})
}
