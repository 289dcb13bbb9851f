package data

import (
	"context"
	"strings"
)

// EnvItem is a line of the subject-developing environment checklist.
type EnvItem struct {
	ID                     int64
	Code                   string
	NameKK, NameRU, NameEN string
}

// Name gives the item in lang.
func (e EnvItem) Name(lang string) string { return pick(lang, e.NameKK, e.NameRU, e.NameEN) }

// Environment status of a checklist item.
const (
	EnvNotStarted = 0
	EnvPartly     = 1
	EnvFully      = 2
)

// EnvRating is how far a kindergarten has equipped one item of one direction.
type EnvRating struct {
	KindergartenID int
	DirectionID    int64
	ItemID         int64
	Status         int // EnvNotStarted, EnvPartly, EnvFully
	RatedOn        Date
	Note           string
}

// EnvItems lists the checklist items.
func (s *Store) EnvItems(ctx context.Context) ([]EnvItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, code, name_kk, name_ru, name_en FROM env_item ORDER BY ord, id`)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []EnvItem
	for rows.Next() {
		var e EnvItem
		if err := rows.Scan(&e.ID, &e.Code, &e.NameKK, &e.NameRU, &e.NameEN); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// EnvRatings lists the ratings of a kindergarten (all directions when
// directionID is 0). Items never rated have no row: they count as not started.
func (s *Store) EnvRatings(ctx context.Context, kgID int, directionID int64) ([]EnvRating, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kindergarten_id, direction_id, item_id, status, rated_on, note
		FROM env_rating WHERE kindergarten_id = ? AND (? = 0 OR direction_id = ?)`, kgID, directionID, directionID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []EnvRating
	for rows.Next() {
		var r EnvRating
		if err := rows.Scan(&r.KindergartenID, &r.DirectionID, &r.ItemID, &r.Status, &r.RatedOn, &r.Note); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SetEnvRating records a rating (replacing the previous one of the item).
func (s *Store) SetEnvRating(ctx context.Context, r EnvRating) error {
	if r.Status < EnvNotStarted || r.Status > EnvFully {
		return invalid("status", ReasonRange)
	}
	if r.RatedOn.IsZero() {
		r.RatedOn = s.Today()
	}
	now := s.stamp()
	_, err := s.db.ExecContext(ctx, `INSERT INTO env_rating(kindergarten_id, direction_id, item_id, status, rated_on, note, created_at, updated_at)
		VALUES (?,?,?,?,?,?,?,?)
		ON CONFLICT(kindergarten_id, direction_id, item_id) DO UPDATE SET status=excluded.status,
		rated_on=excluded.rated_on, note=excluded.note, updated_at=excluded.updated_at`,
		r.KindergartenID, r.DirectionID, r.ItemID, r.Status, r.RatedOn, strings.TrimSpace(r.Note), now, now)
	return mapErr(err)
}

// EnvRatingHistory lists every rating the items of a kindergarten were
// given (all directions when directionID is 0), oldest first: each
// change of status or date is kept (migration 0004), so the checklist can
// be shown as it stood on any day (EnvStateAt).
func (s *Store) EnvRatingHistory(ctx context.Context, kgID int, directionID int64) ([]EnvRating, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kindergarten_id, direction_id, item_id, status, rated_on
		FROM env_rating_history WHERE kindergarten_id = ? AND (? = 0 OR direction_id = ?)
		ORDER BY rated_on, id`, kgID, directionID, directionID)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (EnvRating, error) {
		var r EnvRating
		err := sc.Scan(&r.KindergartenID, &r.DirectionID, &r.ItemID, &r.Status, &r.RatedOn)
		return r, err
	})
}

// EnvStateAt is the checklist as it stood at the end of day d: for each
// item the last rating of history (oldest first, as EnvRatingHistory gives
// it) dated on or before d. An item first rated after d has no entry: it
// was not started yet.
func EnvStateAt(history []EnvRating, d Date) []EnvRating {
	type key struct {
		dir  int64
		item int64
	}
	at := map[key]int{}
	var out []EnvRating
	for _, r := range history {
		if r.RatedOn.After(d) {
			continue
		}
		k := key{r.DirectionID, r.ItemID}
		if i, ok := at[k]; ok {
			out[i] = r
			continue
		}
		at[k] = len(out)
		out = append(out, r)
	}
	return out
}
