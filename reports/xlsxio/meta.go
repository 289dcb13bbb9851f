package xlsxio

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Layout of a group sheet. The numbers also go into the metadata, so the
// importer reads a file by what the template says, not by what this build
// would write today.
const (
	appName       = "Baulu"
	formatVersion = 1
	metaSheetName = "baulu_meta"
	titleRow      = 1
	blockRow      = 2
	codeRow       = 3 // indicator codes: the row the importer checks
	textKKRow     = 4
	textRURow     = 5
	firstRow      = 6 // first child
	firstCol      = 2 // B: first indicator; A holds child codes
	spareRows     = 10
	maxSheetName  = 31
	maxMetaSheets = 200 // groups in one template
	maxIndicators = 500 // columns of one sheet
)

// meta is what the hidden sheet records about a template.
type meta struct {
	Format         int
	Region         string
	KindergartenID int
	Round          string
	Framework      int
	Created        string
	CodeRow        int
	FirstRow       int
	FirstCol       int
	Sheets         []metaSheet
}

// metaSheet ties a visible sheet to its group and its columns to indicators.
type metaSheet struct {
	Name       string
	GroupID    int64
	GroupCode  string
	Indicators []string // indicator code of column FirstCol, FirstCol+1, …
}

// writeMeta fills the metadata sheet and hides it as veryHidden (Excel's
// "Unhide" menu does not list it).
func writeMeta(f *excelize.File, m *meta) error {
	if _, err := f.NewSheet(metaSheetName); err != nil {
		return err
	}
	rows := [][]string{
		{appName, both("xlsxio.template.meta_note")},
		{"format", strconv.Itoa(m.Format)},
		{"region", m.Region},
		{"kindergarten", strconv.Itoa(m.KindergartenID)},
		{"round", m.Round},
		{"framework", strconv.Itoa(m.Framework)},
		{"created", m.Created},
		{"code_row", strconv.Itoa(m.CodeRow)},
		{"first_row", strconv.Itoa(m.FirstRow)},
		{"first_col", strconv.Itoa(m.FirstCol)},
	}
	for _, sh := range m.Sheets {
		row := []string{"sheet", sh.Name, strconv.FormatInt(sh.GroupID, 10), sh.GroupCode}
		rows = append(rows, append(row, sh.Indicators...))
	}
	for r, row := range rows {
		for c, v := range row {
			cell, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			if err := f.SetCellStr(metaSheetName, cell, v); err != nil {
				return err
			}
		}
	}
	return f.SetSheetVisible(metaSheetName, false, true)
}

// readMeta finds and checks the metadata sheet.
func readMeta(f *excelize.File) (*meta, error) {
	idx, err := f.GetSheetIndex(metaSheetName)
	if err != nil || idx < 0 {
		return nil, ErrNotTemplate
	}
	rows, err := sheetRows(f, metaSheetName)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadMetadata, err)
	}
	if len(rows) == 0 || len(rows[0]) == 0 || strings.TrimSpace(rows[0][0]) != appName {
		return nil, ErrNotTemplate
	}
	m := &meta{}
	ints := map[string]*int{"format": &m.Format, "kindergarten": &m.KindergartenID, "framework": &m.Framework,
		"code_row": &m.CodeRow, "first_row": &m.FirstRow, "first_col": &m.FirstCol}
	strs := map[string]*string{"region": &m.Region, "round": &m.Round, "created": &m.Created}
	for _, row := range rows[1:] {
		if len(row) < 2 {
			continue
		}
		key := strings.TrimSpace(row[0])
		val := strings.TrimSpace(row[1])
		switch {
		case ints[key] != nil:
			n, err := strconv.Atoi(val)
			if err != nil {
				return nil, fmt.Errorf("%w: %s = %q", ErrBadMetadata, key, val)
			}
			*ints[key] = n
		case strs[key] != nil:
			*strs[key] = val
		case key == "sheet":
			sh, err := parseMetaSheet(row)
			if err != nil {
				return nil, err
			}
			m.Sheets = append(m.Sheets, sh)
		}
	}
	if m.Format > formatVersion {
		return nil, ErrNewerFormat
	}
	switch {
	case m.Format < 1, m.Region == "", m.KindergartenID == 0, m.Round == "", len(m.Sheets) == 0,
		m.CodeRow < 1, m.FirstRow <= m.CodeRow, m.FirstCol < 2, m.FirstRow > 1000, m.FirstCol > 100:
		return nil, fmt.Errorf("%w: incomplete", ErrBadMetadata)
	}
	// Bounds that no real template comes near keep a tampered file from
	// pointing past Excel's last column or rereading a sheet endlessly.
	if len(m.Sheets) > maxMetaSheets {
		return nil, fmt.Errorf("%w: %d sheets", ErrBadMetadata, len(m.Sheets))
	}
	for _, sh := range m.Sheets {
		if len(sh.Indicators) > maxIndicators {
			return nil, fmt.Errorf("%w: %d indicators", ErrBadMetadata, len(sh.Indicators))
		}
	}
	return m, nil
}

func parseMetaSheet(row []string) (metaSheet, error) {
	if len(row) < 5 {
		return metaSheet{}, fmt.Errorf("%w: sheet row %v", ErrBadMetadata, row)
	}
	id, err := strconv.ParseInt(strings.TrimSpace(row[2]), 10, 64)
	if err != nil || row[1] == "" {
		return metaSheet{}, fmt.Errorf("%w: sheet row %v", ErrBadMetadata, row)
	}
	sh := metaSheet{Name: row[1], GroupID: id, GroupCode: strings.TrimSpace(row[3])}
	for _, c := range row[4:] {
		sh.Indicators = append(sh.Indicators, strings.TrimSpace(c))
	}
	// GetRows drops trailing empty cells, but an empty code in the middle
	// means a tampered row.
	for _, c := range sh.Indicators {
		if c == "" {
			return metaSheet{}, fmt.Errorf("%w: empty indicator code", ErrBadMetadata)
		}
	}
	return sh, nil
}

// sheetName makes a legal, unique Excel sheet name for a group: "E1 Балапан",
// or just the code when the name is taken or cannot be used.
func sheetName(code, name string, used map[string]bool) string {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return ' '
		}
		return r
	}, code+" "+name)
	clean = strings.Trim(strings.Join(strings.Fields(clean), " "), "'")
	if r := []rune(clean); len(r) > maxSheetName {
		clean = strings.TrimSpace(string(r[:maxSheetName]))
	}
	if clean == "" || used[strings.ToLower(clean)] || strings.EqualFold(clean, metaSheetName) {
		clean = code
	}
	for n := 2; used[strings.ToLower(clean)]; n++ {
		clean = fmt.Sprintf("%s (%d)", code, n)
	}
	used[strings.ToLower(clean)] = true
	return clean
}
