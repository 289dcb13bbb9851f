package xlsxio

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"baulu/data"

	"github.com/xuri/excelize/v2"
)

// This file exports the careful workbook reading of the score import for the
// other readers of teachers' and methodologists' files (reports/roster), so
// that every file from someone's PC goes through the same limits, panic
// guard and sentences (ErrorMessage).

// OpenWorkbook reads r as an .xlsx workbook with raw cell values, refusing
// what cannot be one with this package's sentinel errors (ErrEmpty,
// ErrNotWorkbook, ErrLegacyExcel, ErrEncrypted, ErrTooLarge).
func OpenWorkbook(r io.Reader) (*excelize.File, error) { return openWorkbook(r) }

// SheetRows reads a sheet's raw cell values; a parser panic becomes an error.
func SheetRows(f *excelize.File, sheet string) ([][]string, error) { return sheetRows(f, sheet) }

// NormCode tidies a code as a person may have retyped it (spaces removed,
// upper case, Cyrillic look-alikes made Latin, every dash a hyphen).
func NormCode(s string) string { return normCode(s) }

// CellName names a cell by column and row numbers (both from 1), for a
// layout of the program's own: a bad number is a bug, so it panics.
func CellName(col, row int) string { return cell(col, row) }

// ColumnName is the letters of column col (from 1); it panics as CellName.
func ColumnName(col int) string { return colName(col) }

// Date1904 says whether the workbook counts dates from 1904 (old Mac Excel).
func Date1904(f *excelize.File) bool {
	props, err := f.GetWorkbookProps()
	return err == nil && props.Date1904 != nil && *props.Date1904
}

// Excel stores a date as the number of days since its epoch; these bound
// the serials taken as dates: 01.01.1990 to 31.12.2099.
const (
	minDateSerial = 32874
	maxDateSerial = 73415
)

// SerialDate reads a raw cell value as a date serial (a number of days,
// any time of day ignored). ok is false for text and for numbers outside
// 1990–2099, which no one means as a date in this program.
func SerialDate(raw string, date1904 bool) (data.Date, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || math.IsNaN(v) {
		return data.Date{}, false
	}
	serial := v
	if date1904 {
		serial += 1462
	}
	if serial < minDateSerial || serial > maxDateSerial {
		return data.Date{}, false
	}
	t, err := excelize.ExcelDateToTime(math.Floor(v), date1904)
	if err != nil {
		return data.Date{}, false
	}
	return data.DateOf(t.UTC()), true
}

// DateSerial is the 1900-system serial of d, for writing a date cell.
func DateSerial(d data.Date) float64 {
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return math.Round(d.Time().Sub(epoch).Hours() / 24)
}
