package xlsxio

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"
)

// PrintSetup is how a sheet of a template prints. Teachers who fill a
// template on paper need every page to carry the child codes and the
// indicator codes, so the print titles repeat them.
type PrintSetup struct {
	Landscape bool
	// TitleCols and TitleRows are repeated on every page ("A", "1:5");
	// empty repeats nothing.
	TitleCols, TitleRows string
}

// SetPrint makes sheet print on A4, fitted to one page wide (as many pages
// down as it needs), with the print titles of p: the defined name
// _xlnm.Print_Titles that Excel and LibreOffice both read.
func SetPrint(f *excelize.File, sheet string, p PrintSetup) error {
	orientation, a4, one, auto := "portrait", 9, 1, 0
	if p.Landscape {
		orientation = "landscape"
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orientation,
		FitToWidth: &one, FitToHeight: &auto}); err != nil {
		return err
	}
	margin, edge := 0.5, 0.3 // inches: more of the page for the table
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin,
		Top: &margin, Bottom: &margin, Header: &edge, Footer: &edge}); err != nil {
		return err
	}
	// The sheet's name and the page number in the footer put loose pages
	// back in order.
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&L&A&R&P / &N"}); err != nil {
		return err
	}
	var refs []string
	q := "'" + strings.ReplaceAll(sheet, "'", "''") + "'!"
	if p.TitleCols != "" {
		a, b, _ := strings.Cut(p.TitleCols, ":")
		if b == "" {
			b = a
		}
		refs = append(refs, fmt.Sprintf("%s$%s:$%s", q, a, b))
	}
	if p.TitleRows != "" {
		a, b, _ := strings.Cut(p.TitleRows, ":")
		if b == "" {
			b = a
		}
		refs = append(refs, fmt.Sprintf("%s$%s:$%s", q, a, b))
	}
	if len(refs) == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: strings.Join(refs, ","), Scope: sheet})
}

// Line is one paragraph of an instructions sheet.
type Line struct {
	Text string
	Bold bool
}

// WriteInstructions writes lines down column A of sheet from row 1, each
// wrapped in a column InstructionsWidth wide with its row tall enough for
// it (in textStyle, or boldStyle at 12 pt), and makes the sheet print on
// portrait pages of its own.
func WriteInstructions(f *excelize.File, sheet string, lines []Line, textStyle, boldStyle int) error {
	for i, l := range lines {
		row := i + 1
		style, pt := textStyle, 11.0
		if l.Bold {
			style, pt = boldStyle, 12
		}
		name, err := excelize.CoordinatesToCellName(1, row)
		if err != nil {
			return err
		}
		if err := f.SetCellStr(sheet, name, l.Text); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, name, name, style); err != nil {
			return err
		}
		if err := f.SetRowHeight(sheet, row, WrappedHeight(l.Text, InstructionsWidth, pt)); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(sheet, "A", "A", InstructionsWidth); err != nil {
		return err
	}
	return SetPrint(f, sheet, PrintSetup{})
}

// InstructionsWidth is the column width (in characters) of an instructions
// sheet: LibreOffice measures it in a wider font than Excel's, and at 90
// the wrapped lines ran past a portrait A4 page.
const InstructionsWidth = 80

// WrappedHeight is the row height (points) a wrapped text needs in a
// column of width characters at font size pt. Neither Excel nor
// LibreOffice grows a row to its wrapped text when opening a file, so
// without it the lines of long instructions print over one another.
func WrappedHeight(s string, width, pt float64) float64 {
	lines := 0
	for _, para := range strings.Split(s, "\n") {
		n := len([]rune(para))
		// A proportional font fits about one character per width unit.
		lines += max(1, int(math.Ceil(float64(n)/width)))
	}
	return float64(lines)*pt*1.35 + 3
}
