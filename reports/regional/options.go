package regional

import (
	"context"
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

// The two regional reports: quarterly and final.
const (
	// Regional is the final regional analytical report (due a month before
	// the period's end: 30.11.2026 for the pilot): the period up to the end
	// of the report month.
	Regional Kind = iota
	// Quarterly is the quarterly report to the education department.
	Quarterly
)

// ErrOptions marks options that cannot make a report (a quarter outside
// 1–4, an unknown language); test with errors.Is.
var ErrOptions = errors.New("invalid report options")

// Options choose the report.
type Options struct {
	Kind Kind
	// Quarter is 1–4 (of the period) for a Quarterly report; ignored otherwise.
	Quarter int
	// Period is the pilot period the report is about; zero: the one the
	// database shows (Store.Period, the current one unless another was
	// chosen). FileName needs it set (WithPeriod).
	Period data.Period
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
		if o.Quarter < 1 || o.Quarter > max(4, o.Period.Quarters()) {
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

// WithPeriod fills in the database's viewed period when o has none.
func WithPeriod(ctx context.Context, s *data.Store, o Options) (Options, error) {
	if !o.Period.Start.IsZero() {
		return o, nil
	}
	p, err := s.Period(ctx)
	o.Period = p
	return o, err
}

// periodOf gives a quarter of the pilot period, or for the regional report
// the period's start to the end of the report month (clamped to the period).
func periodOf(o Options) period {
	p := o.Period
	if o.Kind == Quarterly {
		from, to := p.Quarter(o.Quarter)
		return period{from, to}
	}
	now := data.DateOf(o.Now)
	end := data.NewDate(now.Year(), now.Month()+1, 1).AddDays(-1)
	switch {
	case end.Before(p.Start):
		end = data.NewDate(p.Start.Year(), p.Start.Month()+1, 1).AddDays(-1)
	case end.After(p.End):
		end = p.End
	}
	return period{p.Start, end}
}

// previousQuarter is the quarter before a quarterly report's; ok is false
// for the first quarter and for the regional report.
func previousQuarter(o Options) (p period, ok bool) {
	if o.Kind != Quarterly || o.Quarter < 2 {
		return period{}, false
	}
	from, to := o.Period.Quarter(o.Quarter - 1)
	return period{from, to}, true
}

// sinceStart is the pilot period from its start up to the end of p.
func sinceStart(o Options, p period) period { return period{o.Period.Start, p.to} }

// periodText names the period: «2026 жылғы қаңтар – қараша», «III квартал
// 2026 года (июль – сентябрь)».
func periodText(o Options, p period) string {
	months := format.MonthSpan(o.Lang, p.from, p.to)
	if o.Kind == Quarterly {
		return text.T(o.Lang, "regional.period.quarter", "year", o.Period.Label(), "quarter", format.Roman(o.Quarter), "months", months)
	}
	return text.T(o.Lang, "regional.period.year", "year", o.Period.Label(), "months", months)
}

// FileName suggests a file name for the report, e.g.
// «Ұлытау-өңірлік-есеп-2026.pdf» or «Ұлытау-отчёт-3-квартал-2026.pdf».
func FileName(r data.Region, o Options) string {
	place := PlaceName(r, o.Lang)
	if o.Kind == Quarterly {
		return text.T(o.Lang, "regional.file.quarterly", "place", place, "quarter", o.Quarter, "year", o.Period.Label())
	}
	return text.T(o.Lang, "regional.file.regional", "place", place, "year", o.Period.Label())
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
