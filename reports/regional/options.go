package regional

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/format"
)

// Kind is the kind of report.
type Kind int

// The two reports of DESIGN.md §5.
const (
	// Regional is the final regional analytical report (due 30.11.2026):
	// the pilot year up to the end of the report month.
	Regional Kind = iota
	// Quarterly is the quarterly report to the education department.
	Quarterly
)

// Year is the pilot year every report is about.
const Year = 2026

// ErrOptions marks options that cannot make a report (a quarter outside
// 1–4, an unknown language); test with errors.Is.
var ErrOptions = errors.New("invalid report options")

// Options choose the report.
type Options struct {
	Kind Kind
	// Quarter is 1–4 for a Quarterly report; ignored otherwise.
	Quarter int
	// Lang is "kk" or "ru".
	Lang string
	// SignatoryName and SignatoryPosition replace those of the settings
	// when set.
	SignatoryName     string
	SignatoryPosition string
	// Conclusions replace the generated text of the conclusions section
	// when not empty, one paragraph per item: an item starting with a dash
	// is a list item, one ending with a colon a run-in heading (the format
	// Conclusions returns).
	Conclusions []string
	// Now is the report date: signature, PDF metadata, overdue follow-ups
	// and, for the regional report, the end of the period. Zero means today.
	Now time.Time
	// Progress, when set, is called after each step with the number of
	// steps done and their total. It runs on the caller's goroutine.
	Progress func(step, total int)
}

// check validates the options and fills in the defaults.
func (o *Options) check() error {
	switch o.Lang {
	case "kk", "ru":
	case "":
		o.Lang = "kk"
	default:
		return fmt.Errorf("report language %q (kk or ru): %w", o.Lang, ErrOptions)
	}
	switch o.Kind {
	case Regional:
	case Quarterly:
		if o.Quarter < 1 || o.Quarter > 4 {
			return fmt.Errorf("quarter %d (1–4): %w", o.Quarter, ErrOptions)
		}
	default:
		return fmt.Errorf("report kind %d: %w", o.Kind, ErrOptions)
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	return nil
}

// period is the span of dates a report covers.
type period struct {
	from, to data.Date
}

// contains reports whether d falls inside the period.
func (p period) contains(d data.Date) bool {
	return !d.IsZero() && !d.Before(p.from) && !d.After(p.to)
}

// periodOf gives a quarter of the pilot year, or for the regional report
// January to the end of the report month (clamped to the pilot year).
func periodOf(o Options) period {
	if o.Kind == Quarterly {
		from, to := data.QuarterBounds(Year, o.Quarter)
		return period{from, to}
	}
	m := o.Now.Month()
	switch {
	case o.Now.Year() < Year:
		m = time.January
	case o.Now.Year() > Year:
		m = time.December
	}
	end := data.NewDate(Year, m+1, 1).AddDays(-1)
	return period{data.NewDate(Year, time.January, 1), end}
}

// previousQuarter is the quarter before a quarterly report's; ok is false
// for the first quarter and for the regional report.
func previousQuarter(o Options) (p period, ok bool) {
	if o.Kind != Quarterly || o.Quarter < 2 {
		return period{}, false
	}
	from, to := data.QuarterBounds(Year, o.Quarter-1)
	return period{from, to}, true
}

// sinceJanuary is the pilot year up to the end of p.
func sinceJanuary(p period) period { return period{data.NewDate(Year, time.January, 1), p.to} }

// periodText names the period: «2026 жылғы қаңтар – қараша», «III квартал
// 2026 года (июль – сентябрь)».
func periodText(o Options, p period) string {
	months := format.MonthSpan(o.Lang, p.from, p.to)
	if o.Kind == Quarterly {
		return text.T(o.Lang, "regional.period.quarter", "year", Year, "quarter", format.Roman(o.Quarter), "months", months)
	}
	return text.T(o.Lang, "regional.period.year", "year", Year, "months", months)
}

// FileName suggests a file name for the report, e.g.
// «Ұлытау-өңірлік-есеп-2026.pdf» or «Ұлытау-отчёт-3-квартал-2026.pdf».
func FileName(r data.Region, o Options) string {
	place := PlaceName(r, o.Lang)
	if o.Kind == Quarterly {
		return text.T(o.Lang, "regional.file.quarterly", "place", place, "quarter", o.Quarter, "year", Year)
	}
	return text.T(o.Lang, "regional.file.regional", "place", place, "year", Year)
}

// PlaceName is the region's name for file names: without «облысы»,
// «қаласы», «область», «город», words joined with hyphens («Батыс-Қазақстан»,
// «Ұлытау»).
func PlaceName(r data.Region, lang string) string {
	var keep []string
	for _, w := range strings.Fields(r.Name(lang)) {
		switch strings.ToLower(w) {
		case "облысы", "қаласы", "область", "город":
			continue
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return r.Code
	}
	return strings.Join(keep, "-")
}
