package xlsxio

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/text"
)

// instructionsSheet is the first, visible sheet of a template.
const instructionsSheet = "Нұсқаулық - Инструкция"

// styles are the cell styles of a template.
type styles struct {
	title, header, headerLeft, code, score, text, bold int
}

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1}}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E2EFDA"}}
	st := &styles{}
	defs := []struct {
		dst *int
		st  excelize.Style
	}{
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&st.header, excelize.Style{Font: &excelize.Font{Bold: true, Size: 9}, Fill: fill, Border: border,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.headerLeft, excelize.Style{Font: &excelize.Font{Bold: true, Size: 9}, Fill: fill, Border: border,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}}},
		{&st.code, excelize.Style{Font: &excelize.Font{Bold: true}, Border: border}},
		{&st.score, excelize.Style{Font: &excelize.Font{Size: 12}, Border: border, Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.text, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.bold, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return nil, err
		}
		*d.dst = id
	}
	return st, nil
}

// cell names a cell by column and row numbers (both from 1).
func cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // our own layout constants: a bug, not an input error
	}
	return name
}

// both is a template text in Kazakh and Russian, as the template prints
// them: «бақылау / контрольная».
func both(key string, args ...any) string {
	kk, ru := text.T("kk", key, args...), text.T("ru", key, args...)
	if kk == ru {
		return kk
	}
	return kk + " / " + ru
}

func roleText(role string) string {
	if role == data.RoleControl {
		return both("xlsxio.template.role.control")
	}
	return both("xlsxio.template.role.experimental")
}

// writeGroupSheet writes one group's sheet: title, block row, the code row
// the importer checks, kk and ru texts, then a row per child.
func writeGroupSheet(f *excelize.File, st *styles, td *templateData, name string, g data.Group,
	children []data.Child, scores map[int64]map[int64]int) error {
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	last := firstCol + len(td.indicators) - 1
	set := func(col, row int, v any) error { return f.SetCellValue(name, cell(col, row), v) }
	title := fmt.Sprintf("%s · %s (%s, %s) · %s / %s", td.kg.Name, g.Name, g.Code, roleText(g.Role), td.round.NameKK, td.round.NameRU)
	if err := set(1, titleRow, title); err != nil {
		return err
	}
	if err := f.MergeCell(name, cell(1, titleRow), cell(max(last, 2), titleRow)); err != nil {
		return err
	}
	heads := map[int]string{blockRow: both("xlsxio.template.block"), codeRow: both("xlsxio.template.child_code"),
		textKKRow: text.T("kk", "xlsxio.template.indicator"), textRURow: text.T("ru", "xlsxio.template.indicator")}
	for row, v := range heads {
		if err := set(1, row, v); err != nil {
			return err
		}
	}
	blockName := map[int64]data.Block{}
	for _, b := range td.blocks {
		blockName[b.ID] = b
	}
	start := firstCol
	for i, in := range td.indicators {
		col := firstCol + i
		for row, v := range map[int]string{codeRow: in.Code, textKKRow: in.NameKK, textRURow: in.NameRU} {
			if err := set(col, row, v); err != nil {
				return err
			}
		}
		// One merged block cell over each run of the block's indicators.
		if i == len(td.indicators)-1 || td.indicators[i+1].BlockID != in.BlockID {
			b := blockName[in.BlockID]
			if err := set(start, blockRow, b.NameKK+" / "+b.NameRU); err != nil {
				return err
			}
			if col > start {
				if err := f.MergeCell(name, cell(start, blockRow), cell(col, blockRow)); err != nil {
					return err
				}
			}
			start = col + 1
		}
	}
	for i, c := range children {
		row := firstRow + i
		if err := f.SetCellStr(name, cell(1, row), c.Code); err != nil {
			return err
		}
		for j, in := range td.indicators {
			if v := scores[c.ID][in.ID]; v != 0 {
				if err := f.SetCellInt(name, cell(firstCol+j, row), int64(v)); err != nil {
					return err
				}
			}
		}
	}
	return formatGroupSheet(f, st, name, last, len(children))
}

// formatGroupSheet styles the sheet, freezes the header and code column and
// puts the 1/2/3 dropdown on every score cell (and a few spare rows for
// children registered after the template was made).
func formatGroupSheet(f *excelize.File, st *styles, name string, last, nChildren int) error {
	if last < firstCol {
		last = firstCol
	}
	lastRow := firstRow + nChildren - 1
	steps := []func() error{
		func() error { return f.SetCellStyle(name, cell(1, titleRow), cell(1, titleRow), st.title) },
		func() error { return f.SetCellStyle(name, cell(1, blockRow), cell(last, textRURow), st.header) },
		func() error { return f.SetCellStyle(name, cell(1, blockRow), cell(1, textRURow), st.headerLeft) },
		func() error { return f.SetColWidth(name, "A", "A", 20) },
		func() error { return f.SetColWidth(name, colName(firstCol), colName(last), 16) },
		func() error { return f.SetRowHeight(name, titleRow, 32) },
		func() error { return f.SetRowHeight(name, blockRow, 30) },
		func() error { return f.SetRowHeight(name, textKKRow, 80) },
		func() error { return f.SetRowHeight(name, textRURow, 80) },
		func() error {
			return f.SetPanes(name, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: firstRow - 1,
				TopLeftCell: cell(firstCol, firstRow), ActivePane: "bottomRight",
				Selection: []excelize.Selection{{SQRef: cell(firstCol, firstRow), ActiveCell: cell(firstCol, firstRow), Pane: "bottomRight"}}})
		},
	}
	if nChildren > 0 {
		steps = append(steps,
			func() error { return f.SetCellStyle(name, cell(1, firstRow), cell(1, lastRow), st.code) },
			func() error { return f.SetCellStyle(name, cell(firstCol, firstRow), cell(last, lastRow), st.score) })
	}
	// On paper: landscape, one page wide, the child codes and the five
	// header rows on every page (a group used to print on three portrait
	// pages with the codes on the first only).
	steps = append(steps, func() error {
		return SetPrint(f, name, PrintSetup{Landscape: true, TitleCols: "A", TitleRows: fmt.Sprintf("%d:%d", titleRow, textRURow)})
	})
	steps = append(steps, func() error {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = cell(firstCol, firstRow) + ":" + cell(last, lastRow+spareRows)
		if err := dv.SetDropList([]string{"1", "2", "3"}); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "1 / 2 / 3",
			text.T("kk", "xlsxio.template.only_scores")+"\n"+text.T("ru", "xlsxio.template.only_scores"))
		return f.AddDataValidation(name, dv)
	})
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func colName(col int) string {
	n, err := excelize.ColumnNumberToName(col)
	if err != nil {
		panic(err)
	}
	return n
}

// writeInstructions fills the first sheet: what the file is, how to fill
// it, what 1/2/3 mean, in Kazakh then Russian, on a page of its own (at
// width 120 the lines were cut at the right margin).
func writeInstructions(f *excelize.File, st *styles, td *templateData) error {
	var lines []Line
	for _, lang := range []string{"kk", "ru"} {
		name := td.round.NameKK
		if lang == "ru" {
			name = td.round.NameRU
		}
		t := func(key string) Line { return Line{Text: text.T(lang, key)} }
		lines = append(lines, Line{text.T(lang, "xlsxio.template.title"), true},
			Line{Text: text.T(lang, "xlsxio.template.round", "kg", td.kg.Name, "round", name,
				"start", td.round.Start.DMY(), "end", td.round.End.DMY())},
			t("xlsxio.template.step1"), t("xlsxio.template.step2"), t("xlsxio.template.step3"),
			t("xlsxio.template.step4"), t("xlsxio.template.step5"), Line{})
	}
	lines = append(lines, Line{text.T("kk", "xlsxio.template.score") + " / " + text.T("ru", "xlsxio.template.score"), true})
	for _, l := range []string{"1", "2", "3"} {
		key := "xlsxio.template.level." + l
		lines = append(lines, Line{Text: l + "   " + text.T("kk", key) + "   /   " + text.T("ru", key)})
	}
	return WriteInstructions(f, instructionsSheet, lines, st.text, st.bold)
}
