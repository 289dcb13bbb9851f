package data

import (
	"context"
	"database/sql"
	"fmt"

	"baulu/seeds"
)

// ensureSeeds loads the order's reference data: regions, default directions,
// checklist items, indicator framework and rounds. Everything is keyed by
// code and inserted with OR IGNORE, so opening a database again never
// duplicates a row nor undoes a user's edit.
func (s *Store) ensureSeeds(ctx context.Context, beforeWrite func() error) error {
	var seeded int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM settings`).Scan(&seeded); err != nil {
		return mapErr(err)
	}
	if seeded > 0 {
		return nil
	}
	if beforeWrite != nil {
		if err := beforeWrite(); err != nil {
			return err
		}
	}
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, r := range seeds.Regions() {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO region(code, ord, name_kk, name_ru, name_en, centre_kk, centre_ru, centre_en)
				VALUES (?,?,?,?,?,?,?,?)`, r.Code, r.Order, r.NameKK, r.NameRU, r.NameEN, r.CentreKK, r.CentreRU, r.CentreEN); err != nil {
				return fmt.Errorf("region %s: %w", r.Code, err)
			}
		}
		for i, d := range seeds.Directions() {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO direction(code, name_kk, name_ru, name_en, ord, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?)`, d.Code, d.NameKK, d.NameRU, d.NameEN, i+1, now, now); err != nil {
				return fmt.Errorf("direction %s: %w", d.Code, err)
			}
		}
		for i, e := range seeds.EnvItems() {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO env_item(code, name_kk, name_ru, name_en, ord, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?)`, e.Code, e.NameKK, e.NameRU, e.NameEN, i+1, now, now); err != nil {
				return fmt.Errorf("checklist item %s: %w", e.Code, err)
			}
		}
		for bi, b := range seeds.Framework() {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO indicator_block(code, name_kk, name_ru, name_en, ord, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?)`, b.Code, b.NameKK, b.NameRU, b.NameEN, bi+1, now, now); err != nil {
				return fmt.Errorf("block %s: %w", b.Code, err)
			}
			for ii, in := range b.Indicators {
				if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO indicator(block_id, code, name_kk, name_ru, name_en, ord, created_at, updated_at)
					SELECT id, ?, ?, ?, ?, ?, ?, ? FROM indicator_block WHERE code = ?`,
					in.Code, in.NameKK, in.NameRU, in.NameEN, ii+1, now, now, b.Code); err != nil {
					return fmt.Errorf("indicator %s: %w", in.Code, err)
				}
			}
		}
		for i, r := range seeds.Rounds() {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO round(code, kind, name_kk, name_ru, name_en, starts_on, ends_on, ord, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?,?,?,?)`, r.Code, r.Code, r.NameKK, r.NameRU, r.NameEN, r.Start, r.End, i+1, now, now); err != nil {
				return fmt.Errorf("round %s: %w", r.Code, err)
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO settings(id, created_at, updated_at) VALUES (1, ?, ?)`, now, now)
		return err
	})
}

// LoadRegion makes sure the order's five kindergartens of the region exist
// (idempotent: an existing kindergarten keeps its edited profile).
func (s *Store) LoadRegion(ctx context.Context, code string) error {
	kgs := seeds.KindergartensOf(code)
	if len(kgs) == 0 {
		return fmt.Errorf("region %q: %w", code, ErrNotFound)
	}
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, k := range kgs {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO kindergarten(id, region_code, position, name, short_name, form, notes, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?,?,?)`, k.SeedNo, k.RegionCode, k.Position, k.Name, k.ShortName, string(k.Form), "", now, now); err != nil {
				return fmt.Errorf("kindergarten %d: %w", k.SeedNo, err)
			}
		}
		return nil
	})
}
