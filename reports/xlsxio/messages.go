package xlsxio

import (
	"embed"
	"errors"
	"fmt"
	"strings"

	"baulu/data/text"
)

// The package's texts: problems, errors and the preview in kk, ru and en
// (the import screen shows them), and the template's instructions, which
// the template prints in Kazakh and Russian at once.
var (
	//go:embed texts template
	texts embed.FS
)

func init() {
	text.MustRegister("xlsxio", texts, "texts")
	text.MustRegister("xlsxio.template", texts, "template")
}

// Reason says why a cell, row, sheet or file was not accepted.
type Reason string

// Problem reasons; each names its message, the catalogue's
// "xlsxio.problem."+reason (texts/*.json), and its comment the
// placeholders Problem.Args fills.
const (
	ReasonOtherRegion      Reason = "other_region"         // file_region, region (this one)
	ReasonUnknownKG        Reason = "unknown_kindergarten" // seed
	ReasonOtherKG          Reason = "other_kindergarten"   // file_seed, seed (the expected one)
	ReasonUnknownRound     Reason = "unknown_round"        // round (its code)
	ReasonOtherRound       Reason = "other_round"          // file_round, round (the expected one)
	ReasonRoundApproved    Reason = "round_approved"       // round, seed, by, at: the round is approved (locked) for the kindergarten
	ReasonSheetMissing     Reason = "sheet_missing"        // sheet
	ReasonUnknownGroup     Reason = "unknown_group"        // group (its code)
	ReasonGroupOtherKG     Reason = "group_other_kg"       // group
	ReasonHeaderEdited     Reason = "header_edited"        // code (expected), found (the text)
	ReasonHeaderMissing    Reason = "header_missing"       // code (expected)
	ReasonIndicatorGone    Reason = "indicator_gone"       // code (the indicator's)
	ReasonIndicatorRetired Reason = "indicator_retired"    // code
	ReasonMissingChildCode Reason = "missing_child_code"   // –
	ReasonUnknownChild     Reason = "unknown_child"        // child (its code)
	ReasonChildOtherGroup  Reason = "child_other_group"    // child, group (the child's)
	ReasonChildOtherKG     Reason = "child_other_kg"       // child
	ReasonDuplicateChild   Reason = "duplicate_child"      // child, first (where it was first)
	ReasonValueUnreadable  Reason = "value_unreadable"     // value (the cell's text)
	ReasonValueOutOfRange  Reason = "value_out_of_range"   // value
	ReasonValueIsDate      Reason = "value_is_date"        // date (as the cell shows it)
	ReasonCopiesDiffer     Reason = "copies_differ"        // group, sheets (their names)
	ReasonTooManyProblems  Reason = "too_many_problems"    // n (how many more were not listed)
	ReasonUnreadableSheet  Reason = "unreadable_sheet"     // –
)

// Sentinel errors: the whole file is refused. ErrorMessage gives the one
// sentence a methodologist reads.
var (
	ErrEmpty       = errors.New("xlsxio: the file is empty")
	ErrNotWorkbook = errors.New("xlsxio: not an Excel workbook")
	ErrLegacyExcel = errors.New("xlsxio: old Excel 97–2003 format")
	ErrODS         = errors.New("xlsxio: an OpenDocument spreadsheet (.ods)")
	ErrEncrypted   = errors.New("xlsxio: the workbook is password-protected")
	ErrNotTemplate = errors.New("xlsxio: not a Baulu template")
	ErrBadMetadata = errors.New("xlsxio: the template's hidden sheet is damaged")
	ErrNewerFormat = errors.New("xlsxio: the template was made by a newer Baulu")
	ErrTooLarge    = errors.New("xlsxio: the file is too large")
	ErrNoScores    = errors.New("xlsxio: the file has no scores")
	ErrHasProblems = errors.New("xlsxio: the file has problems; nothing was written")
	ErrNoGroups    = errors.New("xlsxio: the kindergarten has no groups")
)

// errorKeys name the sentence of each sentinel in the catalogue.
var errorKeys = map[error]string{
	ErrEmpty:       "xlsxio.err.empty",
	ErrNotWorkbook: "xlsxio.err.not_workbook",
	ErrLegacyExcel: "xlsxio.err.legacy_excel",
	ErrODS:         "xlsxio.err.ods",
	ErrEncrypted:   "xlsxio.err.encrypted",
	ErrNotTemplate: "xlsxio.err.not_template",
	ErrBadMetadata: "xlsxio.err.bad_metadata",
	ErrNewerFormat: "xlsxio.err.newer_format",
	ErrTooLarge:    "xlsxio.err.too_large",
	ErrNoScores:    "xlsxio.err.no_scores",
	ErrHasProblems: "xlsxio.err.has_problems",
	ErrNoGroups:    "xlsxio.err.no_groups",
}

// Known says whether err is one of this package's sentinels, which
// ErrorMessage explains in a sentence of its own.
func Known(err error) bool {
	for e := range errorKeys {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// ErrorMessage gives the one sentence for an error of this package in lang
// (kk, ru, en); other errors get a general sentence with their text.
func ErrorMessage(err error, lang string) string {
	for e, key := range errorKeys {
		if errors.Is(err, e) {
			return text.T(lang, key)
		}
	}
	return text.T(lang, "xlsxio.err.general", "err", strings.TrimPrefix(fmt.Sprint(err), "xlsxio: "))
}
