package data

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"slices"
	"strings"
)

// checkDay validates an activity date: required when asked, and within the
// window of the pilot periods when set (Store.Window: the preparation year
// to the grace days after the newest period; anything outside is a typing
// slip such as 2062 for 2026).
func checkDay(field string, d Date, required bool, w Window) error {
	if d.IsZero() {
		if required {
			return invalid(field, ReasonRequired)
		}
		return nil
	}
	if !w.Contains(d) {
		return invalid(field, ReasonDate)
	}
	return nil
}

// checkOrder rejects an end before its start (both set).
func checkOrder(field string, start, end Date) error {
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		return invalid(field, ReasonOrder)
	}
	return nil
}

// oneOf checks a choice field: empty is "required", anything unknown "range".
func oneOf(field, v string, allowed []string) error {
	if v == "" {
		return invalid(field, ReasonRequired)
	}
	if !slices.Contains(allowed, v) {
		return invalid(field, ReasonRange)
	}
	return nil
}

// checkCount checks a head count typed by hand.
func checkCount(field string, n int) error {
	if n < 0 || n > 10000 {
		return invalid(field, ReasonRange)
	}
	return nil
}

// checkHours accepts 0–200 academic hours (a long course is at most 200).
func checkHours(h float64) error {
	if math.IsNaN(h) || h < 0 || h > 200 {
		return invalid("hours", ReasonRange)
	}
	return nil
}

// trimAll trims every string it is given, in place.
func trimAll(ps ...*string) {
	for _, p := range ps {
		*p = strings.TrimSpace(*p)
	}
}

// checkRegion makes sure the region exists, so a bad code gets a field
// message rather than a foreign-key failure.
func checkRegion(ctx context.Context, q queryer, code string) error {
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM region WHERE code = ?`, code).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return invalid("region", ReasonRange)
	}
	return mapErr(err)
}

// checkKindergarten makes sure the kindergarten exists and, when region is
// given, belongs to it: a region's log never mentions another region's
// kindergarten.
func checkKindergarten(ctx context.Context, q queryer, id int, region string) error {
	var rc string
	err := q.QueryRowContext(ctx, `SELECT region_code FROM kindergarten WHERE id = ?`, id).Scan(&rc)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && region != "" && rc != region) {
		return invalid("kindergarten", ReasonRange)
	}
	return mapErr(err)
}

// kindergartenRegion gives the region of an existing kindergarten.
func kindergartenRegion(ctx context.Context, q queryer, id int) (string, error) {
	var rc string
	err := q.QueryRowContext(ctx, `SELECT region_code FROM kindergarten WHERE id = ?`, id).Scan(&rc)
	if errors.Is(err, sql.ErrNoRows) {
		return "", invalid("kindergarten", ReasonRange)
	}
	return rc, mapErr(err)
}

// checkDirection makes sure a chosen direction (0 = none) exists.
func checkDirection(ctx context.Context, q queryer, id int64) error {
	if id == 0 {
		return nil
	}
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM direction WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return invalid("direction", ReasonRange)
	}
	return mapErr(err)
}

// nullID stores an optional reference: 0 means "none" and becomes NULL.
func nullID[T int | int64](id T) any {
	if id == 0 {
		return nil
	}
	return id
}

// collect reads all rows with scan.
func collect[T any](rows *sql.Rows, err error, scan func(interface{ Scan(...any) error }) (T, error)) ([]T, error) {
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
