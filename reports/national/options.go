package national

import (
	"errors"
	"fmt"
	"time"

	"baulu/data"
	"baulu/data/text"
)

// ErrOptions marks options that cannot make a report (an unknown
// language); test with errors.Is.
var ErrOptions = errors.New("invalid report options")

// Options choose the report.
type Options struct {
	// Lang is "kk" (the default) or "ru".
	Lang string
	// SignatoryName and SignatoryPosition sign the report when set; else
	// the settings' Institute signatory does (the position defaults to the
	// Institute's director, a missing name is left for the pen). The
	// settings' own signatory is a regional centre's, so it is not used.
	SignatoryName     string
	SignatoryPosition string
	// Quarter is 1–4, the quarter of the period a quarterly note is about
	// (GenerateQuarter); the national report ignores it.
	Quarter int
	// Period is the pilot period the report is about; zero: the one the
	// database shows (Store.Period).
	Period data.Period
	// Now is the report date: the data are described as of that day, and
	// it dates the signature and the PDF. Zero means today.
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
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	return nil
}

// FileName suggests a file name for the report of period p in lang:
// «Ұлттық-есеп-2026.pdf», «Национальный-отчёт-2026.pdf».
func FileName(lang string, p data.Period) string {
	return text.T(lang, "national.file", "year", p.Label())
}
