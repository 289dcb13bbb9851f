package data

import (
	"database/sql/driver"
	"fmt"
	"strings"
	"time"
)

// Date is a calendar day without time or zone. The zero Date means "not set"
// and is stored as NULL.
type Date struct{ t time.Time }

// NewDate builds a Date; out-of-range parts normalise as time.Date does.
func NewDate(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// DateOf takes the calendar day of t in its own zone.
func DateOf(t time.Time) Date { return NewDate(t.Year(), t.Month(), t.Day()) }

// ParseDate reads an ISO date "2006-01-02" (empty gives the zero Date).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: %w", s, ErrInvalid)
	}
	return Date{t}, nil
}

// ParseDMY reads the date as methodologists type it, dd.mm.yyyy (also d.m.yyyy
// and with / or - as separators). Impossible dates such as 31.02.2026 are
// rejected, not rolled over. Empty input gives the zero Date.
func ParseDMY(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	s = strings.NewReplacer("/", ".", "-", ".", ",", ".").Replace(s)
	var d, m, y int
	var rest string
	n, _ := fmt.Sscanf(s, "%d.%d.%d%s", &d, &m, &y, &rest)
	if n != 3 || y < 1900 || y > 2200 {
		return Date{}, fmt.Errorf("date %q: %w", s, ErrInvalid)
	}
	out := NewDate(y, time.Month(m), d)
	if out.t.Day() != d || int(out.t.Month()) != m {
		return Date{}, fmt.Errorf("date %q: %w", s, ErrInvalid)
	}
	return out, nil
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String is the ISO form, "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2006-01-02")
}

// DMY is the form shown to users, dd.mm.yyyy ("" when unset).
func (d Date) DMY() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("02.01.2006")
}

// Time is midnight UTC of the day.
func (d Date) Time() time.Time { return d.t }

// Year, Month and Day give the parts.
func (d Date) Year() int          { return d.t.Year() }
func (d Date) Month() time.Month  { return d.t.Month() }
func (d Date) Day() int           { return d.t.Day() }
func (d Date) Before(o Date) bool { return d.t.Before(o.t) }
func (d Date) After(o Date) bool  { return d.t.After(o.t) }

// AddDays moves the date by n days.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// Quarter is 1–4 (0 for the zero Date).
func (d Date) Quarter() int {
	if d.IsZero() {
		return 0
	}
	return (int(d.t.Month())-1)/3 + 1
}

// Value stores the date as ISO text, or NULL when unset.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads ISO text (or a time value) from SQLite.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		p, err := ParseDate(v)
		*d = p
		return err
	case []byte:
		p, err := ParseDate(string(v))
		*d = p
		return err
	case time.Time:
		*d = DateOf(v)
		return nil
	}
	return fmt.Errorf("scan date from %T", src)
}

// QuarterBounds gives the first and last day of quarter q of year y.
func QuarterBounds(y, q int) (Date, Date) {
	start := NewDate(y, time.Month(3*(q-1)+1), 1)
	return start, NewDate(y, time.Month(3*q+1), 0)
}
