// Package xlsxexport writes all of a region's data and analysis to one
// Excel workbook: kindergartens, groups, children by code (never by name),
// scores in long format, the environment checklist, events with
// participation, visits, practices, risks, feedback, corrections, level
// distributions, the comparison of experimental and control groups with
// every test, and the summary rows. Each sheet has a styled, frozen header
// row and fitted columns; numbers are numbers and dates are real Excel
// dates shown as dd.mm.yyyy.
package xlsxexport

import (
	"context"
	"embed"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/text"
)

// The sheet names and headers are the catalogue's "xlsxexport." texts.
//
//go:embed texts
var texts embed.FS

func init() { text.MustRegister("xlsxexport", texts, "texts") }

// kind is the type of a column's values.
type kind int

const (
	plain   kind = iota // string (the zero kind)
	long                // string that wraps (descriptions, findings)
	integer             // int
	decimal             // float64 printed with the column's decimals
	date                // time.Time, shown dd.mm.yyyy
)

// column is a header (a text key) and the kind of its values.
type column struct {
	key      string
	kind     kind
	decimals int // for decimal columns
}

// sheet is one worksheet: its name key, columns and rows. Row values are
// string, int, float64 (NaN for none), time.Time (zero for none) or nil.
type sheet struct {
	name string
	cols []column
	rows [][]any
}

// Export writes the workbook of region ("" = the region in Settings) with
// headers and labels in lang ("kk" or "ru") to w.
func Export(ctx context.Context, s *data.Store, region string, w io.Writer, lang string) error {
	if lang != "kk" && lang != "ru" {
		return fmt.Errorf("xlsx export: language %q (kk or ru): %w", lang, data.ErrInvalid)
	}
	if region == "" {
		st, err := s.Settings(ctx)
		if err != nil {
			return fmt.Errorf("xlsx export: settings: %w", err)
		}
		if !st.Configured() {
			return fmt.Errorf("xlsx export: no region chosen in settings: %w", data.ErrInvalid)
		}
		region = st.RegionCode
	}
	c := &collector{s: s, region: region, lang: lang}
	sheets, err := c.sheets(ctx)
	if err != nil {
		return fmt.Errorf("xlsx export: %w", err)
	}
	return c.writeBook(ctx, w, sheets, "xlsxexport.title")
}

// writeBook writes sheets, in order, as one workbook titled by the text
// key title.
func (c *collector) writeBook(ctx context.Context, w io.Writer, sheets []sheet, title string) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("xlsx export: styles: %w", err)
	}
	for i, sh := range sheets {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := c.t(sh.name)
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return fmt.Errorf("xlsx export: sheet %s: %w", name, err)
		}
		if err := c.write(f, st, name, sh); err != nil {
			return fmt.Errorf("xlsx export: sheet %s: %w", name, err)
		}
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "Baulu", Title: c.t(title), Language: c.lang}); err != nil {
		return fmt.Errorf("xlsx export: properties: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx export: write: %w", err)
	}
	return nil
}

// styles are the cell styles of the workbook.
type styles struct {
	header, date, long int
	decimals           map[int]int
}

func newStyles(f *excelize.File) (styles, error) {
	st := styles{decimals: map[int]int{}}
	var err error
	border := []excelize.Border{{Type: "bottom", Color: "7F7F7F", Style: 1}}
	if st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Border:    border,
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"},
	}); err != nil {
		return st, err
	}
	format := "dd.mm.yyyy"
	if st.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}); err != nil {
		return st, err
	}
	if st.long, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return st, err
	}
	for _, d := range []int{1, 2, 3, 4} {
		nf := "0." + strings.Repeat("0", d)
		if st.decimals[d], err = f.NewStyle(&excelize.Style{CustomNumFmt: &nf, Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
			return st, err
		}
	}
	return st, nil
}

// Column widths in characters.
const (
	minWidth  = 6
	maxWidth  = 60
	dateWidth = 12
)

// write streams one sheet: widths, frozen header, rows.
func (c *collector) write(f *excelize.File, st styles, name string, sh sheet) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, w := range c.widths(sh) {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(sh.cols))
	for i, col := range sh.cols {
		head[i] = excelize.Cell{StyleID: st.header, Value: c.t(col.key)}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 32}); err != nil {
		return err
	}
	row := make([]any, len(sh.cols))
	for r, values := range sh.rows {
		for i, col := range sh.cols {
			row[i] = nil
			if i < len(values) {
				row[i] = cell(st, col, values[i])
			}
		}
		ref, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(ref, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// cell turns a value into what the stream writer stores: empty for none,
// a styled number or date, plain text.
func cell(st styles, col column, v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case time.Time:
		if x.IsZero() {
			return nil
		}
		return excelize.Cell{StyleID: st.date, Value: x}
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
		if col.kind == decimal && col.decimals > 0 {
			return excelize.Cell{StyleID: st.decimals[min(col.decimals, 4)], Value: x}
		}
		return x
	case string:
		if x == "" {
			return nil
		}
		if col.kind == long {
			return excelize.Cell{StyleID: st.long, Value: x}
		}
		return x
	}
	return v
}

// widths fit each column to its header's longest word and its longest
// value, within limits.
func (c *collector) widths(sh sheet) []float64 {
	out := make([]float64, len(sh.cols))
	for i, col := range sh.cols {
		w := 0
		for _, word := range strings.Fields(c.t(col.key)) {
			w = max(w, utf8.RuneCountInString(word))
		}
		for _, r := range sh.rows {
			if i >= len(r) {
				continue
			}
			switch x := r[i].(type) {
			case string:
				w = max(w, utf8.RuneCountInString(x))
			case int:
				w = max(w, len(fmt.Sprint(x)))
			case float64:
				if col.kind == decimal {
					w = max(w, len(fmt.Sprintf("%.*f", col.decimals, x)))
				} else {
					w = max(w, min(len(fmt.Sprint(x)), 12)) // General format
				}
			case time.Time:
				w = max(w, dateWidth)
			}
		}
		out[i] = float64(min(max(w+2, minWidth), maxWidth))
	}
	return out
}
