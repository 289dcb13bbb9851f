package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// InsertChildren adds many new children in one transaction, all or none,
// with one prepared statement: the path for demo data and list imports,
// where SaveChild's commit per child would take minutes. Each child is
// validated as SaveChild does; an empty code gets the next free one of its
// group. IDs and codes are written back into the slice.
func (s *Store) InsertChildren(ctx context.Context, children []Child) error {
	today := s.Today()
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	for i := range children {
		if children[i].ID != 0 {
			return fmt.Errorf("child %d: %w", children[i].ID, ErrDuplicate)
		}
		if err := children[i].Validate(today, w); err != nil {
			return err
		}
	}
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		now := l.stamp
		ins, err := tx.PrepareContext(ctx, `INSERT INTO child(group_id, code, full_name, sex, birth_date, consent, consent_date, left_on, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		defer ins.Close()
		next := map[int64]*codeSeq{}
		for i := range children {
			c := &children[i]
			if c.Code == "" {
				seq := next[c.GroupID]
				if seq == nil {
					if seq, err = newCodeSeq(ctx, tx, c.GroupID); err != nil {
						return err
					}
					next[c.GroupID] = seq
				}
				c.Code = seq.next()
			}
			err := l.track(EntityChild, 0, func() (int64, error) {
				res, err := ins.ExecContext(ctx, c.GroupID, c.Code, c.FullName, c.Sex, c.BirthDate, c.Consent, c.ConsentDate, c.LeftOn, now, now)
				if err != nil {
					return 0, fmt.Errorf("child %s: %w", c.Code, mapErr(err))
				}
				c.ID, err = res.LastInsertId()
				return c.ID, err
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// codeSeq hands out a group's child codes in order.
type codeSeq struct {
	prefix string
	n      int
}

func newCodeSeq(ctx context.Context, q queryer, groupID int64) (*codeSeq, error) {
	var region, gcode string
	var pos int
	err := q.QueryRowContext(ctx, `SELECT k.region_code, k.position, g.code FROM child_group g
		JOIN kindergarten k ON k.id = g.kindergarten_id WHERE g.id = ?`, groupID).Scan(&region, &pos, &gcode)
	if err != nil {
		return nil, notFound(err, "group", groupID)
	}
	seq := &codeSeq{prefix: fmt.Sprintf("%s-%02d-%s-", region, pos, gcode)}
	err = q.QueryRowContext(ctx, `SELECT coalesce(max(CAST(substr(code, ?) AS INTEGER)), 0) FROM child WHERE code LIKE ? || '%'`,
		len(seq.prefix)+1, seq.prefix).Scan(&seq.n)
	return seq, mapErr(err)
}

func (q *codeSeq) next() string {
	q.n++
	return fmt.Sprintf("%s%03d", q.prefix, q.n)
}

// SetEnvRatings records many checklist ratings in one transaction (each
// replacing the item's previous rating); an unset date means today.
func (s *Store) SetEnvRatings(ctx context.Context, ratings []EnvRating) error {
	for _, r := range ratings {
		if r.Status < EnvNotStarted || r.Status > EnvFully {
			return invalid("status", ReasonRange)
		}
	}
	today, now := s.Today(), s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		ins, err := tx.PrepareContext(ctx, `INSERT INTO env_rating(kindergarten_id, direction_id, item_id, status, rated_on, note, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?)
			ON CONFLICT(kindergarten_id, direction_id, item_id) DO UPDATE SET status=excluded.status,
			rated_on=excluded.rated_on, note=excluded.note, updated_at=excluded.updated_at`)
		if err != nil {
			return err
		}
		defer ins.Close()
		for _, r := range ratings {
			if r.RatedOn.IsZero() {
				r.RatedOn = today
			}
			if _, err := ins.ExecContext(ctx, r.KindergartenID, r.DirectionID, r.ItemID, r.Status, r.RatedOn, strings.TrimSpace(r.Note), now, now); err != nil {
				return err
			}
		}
		return nil
	})
}

// Bulk runs fn with commits that do not wait for the disk: synchronous is
// NORMAL instead of FULL while fn runs. In WAL mode the database stays
// consistent through a power cut either way; only the last commits could be
// lost, which is fine while generating demo data or loading a batch that can
// simply be run again, and it makes a thousand small commits several times
// faster. The store has a single connection, so the setting reaches every
// statement fn runs. FULL is restored and the WAL checkpointed afterwards,
// so what fn wrote is on disk when Bulk returns.
func (s *Store) Bulk(ctx context.Context, fn func() error) (err error) {
	if _, err := s.db.ExecContext(ctx, `PRAGMA synchronous = NORMAL`); err != nil {
		return mapErr(err)
	}
	defer func() {
		_, rerr := s.db.ExecContext(context.WithoutCancel(ctx), `PRAGMA synchronous = FULL`)
		var busy, log, done int
		if rerr == nil {
			rerr = s.db.QueryRowContext(context.WithoutCancel(ctx), `PRAGMA wal_checkpoint(FULL)`).Scan(&busy, &log, &done)
		}
		if err == nil && rerr != nil {
			err = fmt.Errorf("restore durable commits: %w", mapErr(rerr))
		}
	}()
	return fn()
}
