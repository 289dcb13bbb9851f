package roster

import (
	"context"
	"fmt"
	"io"
	"sort"

	"baulu/data"
	"baulu/data/atomicfile"
	"baulu/data/text"
	"baulu/reports/xlsxio"

	"github.com/xuri/excelize/v2"
)

// Sheet names of a roster (both languages: the file goes to kk and ru
// kindergartens alike).
const (
	listSheet         = "Тізім - Список"
	instructionsSheet = "Нұсқаулық - Инструкция"
)

// The values the template writes and offers in its dropdowns. They are
// data of the file in both languages, read back by parseSex / parseYesNo.
const (
	boyValue  = "ұл (м)"
	girlValue = "қыз (ж)"
	yesValue  = "иә (да)"
	noValue   = "жоқ (нет)"
)

// Template writes the roster of a kindergarten: its current children by
// code, group, sex, dates and consent — never their names — with empty,
// formatted rows below for new children, an instructions sheet listing the
// groups, and the very hidden metadata. The same file is the template to
// fill and the export of the current list.
func Template(ctx context.Context, s *data.Store, kgID int, w io.Writer) error {
	f, err := build(ctx, s, kgID)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write roster: %w", err)
	}
	return nil
}

// SaveTemplate writes Template to path through a temporary file renamed at
// the end, so a crash never leaves half a workbook.
func SaveTemplate(ctx context.Context, s *data.Store, kgID int, path string) error {
	return atomicfile.WriteFile(path, func(w io.Writer) error { return Template(ctx, s, kgID, w) })
}

// FileName suggests a file name: baulu-roster-ULY-78.xlsx (ASCII only, so
// it survives e-mail and old archivers).
func FileName(ctx context.Context, s *data.Store, kgID int) (string, error) {
	kg, err := s.Kindergarten(ctx, kgID)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("baulu-roster-%s-%d.xlsx", kg.RegionCode, kg.ID), nil
}

// both is a text in Kazakh and Russian, one under the other.
func both(key string) string { return text.T("kk", key) + "\n" + text.T("ru", key) }

func headerText(f field) string { return both(headerKeys[f]) }

var headerKeys = map[field]string{
	fCode: "roster.file.col.code", fGroup: "roster.file.col.group", fName: "roster.file.col.full_name",
	fSex: "roster.file.col.sex", fBirth: "roster.file.col.birth_date", fConsent: "roster.file.col.consent",
	fConsentDate: "roster.file.col.consent_date", fLeftOn: "roster.file.col.left_on",
}

var howtoKeys = []string{"roster.file.howto.1", "roster.file.howto.2", "roster.file.howto.3", "roster.file.howto.4", "roster.file.howto.5"}

var roleKeys = map[string]string{data.RoleExperimental: "roster.file.role.experimental", data.RoleControl: "roster.file.role.control"}

func build(ctx context.Context, s *data.Store, kgID int) (*excelize.File, error) {
	kg, err := s.Kindergarten(ctx, kgID)
	if err != nil {
		return nil, err
	}
	groups, err := s.Groups(ctx, kgID)
	if err != nil {
		return nil, err
	}
	if len(groups) == 0 {
		return nil, xlsxio.ErrNoGroups
	}
	var children []data.Child
	code := map[int64]string{}
	for _, g := range groups {
		code[g.ID] = g.Code
		kids, err := s.Children(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		children = append(children, kids...)
	}
	sort.SliceStable(children, func(i, j int) bool { return children[i].Code < children[j].Code })

	f := excelize.NewFile()
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", listSheet); err != nil {
		return nil, err
	}
	title := fmt.Sprintf("%s · %s / %s", kg.Name, text.T("kk", "roster.file.title"), text.T("ru", "roster.file.title"))
	if err := writeList(f, st, title, groups, children, code); err != nil {
		return nil, fmt.Errorf("list sheet: %w", err)
	}
	if _, err := f.NewSheet(instructionsSheet); err != nil {
		return nil, err
	}
	if err := writeInstructions(f, st, kg, groups); err != nil {
		return nil, fmt.Errorf("instructions sheet: %w", err)
	}
	if err := writeMeta(f, meta{Region: kg.RegionCode, KindergartenID: kg.ID, Format: formatVersion}, s.Today().String()); err != nil {
		return nil, fmt.Errorf("metadata sheet: %w", err)
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{Creator: appName, Language: "kk-KZ", Title: title}); err != nil {
		return nil, err
	}
	ok = true
	return f, nil
}

// styles are the cell styles of a roster.
type styles struct{ title, header, cell, date, text, bold int }

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1}}
	dmy := "dd.mm.yyyy"
	st := &styles{}
	for _, d := range []struct {
		dst *int
		st  excelize.Style
	}{
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&st.header, excelize.Style{Font: &excelize.Font{Bold: true, Size: 9}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E2EFDA"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.cell, excelize.Style{Border: border}},
		{&st.date, excelize.Style{Border: border, CustomNumFmt: &dmy, Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.text, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.bold, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	} {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return nil, err
		}
		*d.dst = id
	}
	return st, nil
}

// writeList writes the list sheet: title, header, a row per child, empty
// formatted rows, dropdowns, filter, frozen header and print setup.
func writeList(f *excelize.File, st *styles, title string, groups []data.Group, children []data.Child, groupCode map[int64]string) error {
	const sh = listSheet
	last := len(fields)
	if err := f.SetCellStr(sh, cell(1, titleRow), title); err != nil {
		return err
	}
	if err := f.MergeCell(sh, cell(1, titleRow), cell(last, titleRow)); err != nil {
		return err
	}
	for i, fl := range fields {
		if err := f.SetCellStr(sh, cell(i+1, headerRow), headerText(fl)); err != nil {
			return err
		}
		if err := f.SetColWidth(sh, colName(i+1), colName(i+1), widths[fl]); err != nil {
			return err
		}
	}
	col := func(fl field) int {
		for i, x := range fields {
			if x == fl {
				return i + 1
			}
		}
		panic("no column " + fl)
	}
	for i, c := range children {
		row := firstRow + i
		values := map[field]any{fCode: c.Code, fGroup: groupCode[c.GroupID], fSex: sexValue(c.Sex)}
		if c.Consent {
			values[fConsent] = yesValue
		} else {
			values[fConsent] = noValue
		}
		for fl, d := range map[field]data.Date{fBirth: c.BirthDate, fConsentDate: c.ConsentDate, fLeftOn: c.LeftOn} {
			if !d.IsZero() {
				values[fl] = xlsxio.DateSerial(d)
			}
		}
		for fl, v := range values {
			if err := f.SetCellValue(sh, cell(col(fl), row), v); err != nil {
				return err
			}
		}
	}
	end := firstRow + len(children) + spareRows - 1
	var codes []string
	for _, g := range groups {
		codes = append(codes, g.Code)
	}
	steps := []func() error{
		func() error { return f.SetCellStyle(sh, cell(1, titleRow), cell(1, titleRow), st.title) },
		func() error { return f.SetCellStyle(sh, cell(1, headerRow), cell(last, headerRow), st.header) },
		func() error { return f.SetCellStyle(sh, cell(1, firstRow), cell(last, end), st.cell) },
		func() error { return f.SetRowHeight(sh, titleRow, 30) },
		func() error { return f.SetRowHeight(sh, headerRow, 42) },
		func() error {
			return f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cell(1, firstRow), ActivePane: "bottomLeft",
				Selection: []excelize.Selection{{SQRef: cell(1, firstRow), ActiveCell: cell(1, firstRow), Pane: "bottomLeft"}}})
		},
		func() error { return f.AutoFilter(sh, cell(1, headerRow)+":"+cell(last, end), nil) },
		func() error { return dropdown(f, sh, col(fGroup), codes) },
		func() error { return dropdown(f, sh, col(fSex), []string{boyValue, girlValue}) },
		func() error { return dropdown(f, sh, col(fConsent), []string{yesValue, noValue}) },
		func() error {
			return xlsxio.SetPrint(f, sh, xlsxio.PrintSetup{Landscape: true, TitleCols: "A", TitleRows: fmt.Sprintf("%d:%d", titleRow, headerRow)})
		},
	}
	for _, fl := range []field{fBirth, fConsentDate, fLeftOn} {
		steps = append(steps, func() error { return f.SetCellStyle(sh, cell(col(fl), firstRow), cell(col(fl), end), st.date) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// dropdown offers values in a column's rows. It warns rather than stops
// (a pasted list keeps its own spellings, which the import reads anyway).
func dropdown(f *excelize.File, sh string, col int, values []string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = cell(col, firstRow) + ":" + cell(col, validatedRows)
	if err := dv.SetDropList(values); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleWarning, text.T("kk", "roster.file.dropdown_title"), both("roster.file.dropdown"))
	return f.AddDataValidation(sh, dv)
}

func sexValue(s string) string {
	switch s {
	case "M":
		return boyValue
	case "F":
		return girlValue
	}
	return ""
}

// writeInstructions fills the instructions sheet: how to fill the list, in
// Kazakh then Russian, and the kindergarten's groups with their codes.
func writeInstructions(f *excelize.File, st *styles, kg data.Kindergarten, groups []data.Group) error {
	var lines []xlsxio.Line
	for _, lang := range []string{"kk", "ru"} {
		lines = append(lines, xlsxio.Line{Text: text.T(lang, "roster.file.howto_title"), Bold: true}, xlsxio.Line{Text: kg.Name})
		for _, k := range howtoKeys {
			lines = append(lines, xlsxio.Line{Text: text.T(lang, k)})
		}
		lines = append(lines, xlsxio.Line{})
	}
	lines = append(lines, xlsxio.Line{Text: text.T("kk", "roster.file.groups") + " / " + text.T("ru", "roster.file.groups"), Bold: true})
	for _, g := range groups {
		role := text.T("kk", roleKeys[g.Role]) + " / " + text.T("ru", roleKeys[g.Role])
		l := fmt.Sprintf("%s — %s (%s)", g.Code, g.Name, role)
		if g.Teacher != "" {
			l += " — " + g.Teacher
		}
		lines = append(lines, xlsxio.Line{Text: l})
	}
	return xlsxio.WriteInstructions(f, instructionsSheet, lines, st.text, st.bold)
}
