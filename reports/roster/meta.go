package roster

import (
	"strconv"
	"strings"

	"baulu/reports/xlsxio"

	"github.com/xuri/excelize/v2"
)

// The roster's layout and its very hidden metadata sheet. Only the
// kindergarten matters on import (the columns are found by their headers);
// the rest tells a moved header from a list in its own layout.
const (
	appName        = "Baulu"
	formatVersion  = 1
	metaSheetName  = "baulu_roster"
	scoreMetaSheet = "baulu_meta" // the score templates' (reports/xlsxio)
	titleRow       = 1
	headerRow      = 2
	firstRow       = 3
	spareRows      = 60  // formatted empty rows below the children
	validatedRows  = 600 // dropdowns reach this far: a kindergarten never has more
	maxHeaderScan  = 30  // rows searched for the header
)

type meta struct {
	Region         string
	KindergartenID int
	Format         int
}

func writeMeta(f *excelize.File, m meta, created string) error {
	if _, err := f.NewSheet(metaSheetName); err != nil {
		return err
	}
	rows := [][]string{
		{appName, "Өзгертпеңіз. / Не изменяйте."},
		{"kind", "roster"},
		{"format", strconv.Itoa(m.Format)},
		{"region", m.Region},
		{"kindergarten", strconv.Itoa(m.KindergartenID)},
		{"created", created},
	}
	for r, row := range rows {
		for c, v := range row {
			if err := f.SetCellStr(metaSheetName, cell(c+1, r+1), v); err != nil {
				return err
			}
		}
	}
	return f.SetSheetVisible(metaSheetName, false, true)
}

// readMeta returns the metadata, or ok false when the file has none (a
// list in the methodologist's own layout).
func readMeta(f *excelize.File) (m meta, ok bool) {
	if idx, err := f.GetSheetIndex(metaSheetName); err != nil || idx < 0 {
		return meta{}, false
	}
	rows, err := xlsxio.SheetRows(f, metaSheetName)
	if err != nil || len(rows) == 0 || len(rows[0]) == 0 || strings.TrimSpace(rows[0][0]) != appName {
		return meta{}, false
	}
	for _, row := range rows[1:] {
		if len(row) < 2 {
			continue
		}
		v := strings.TrimSpace(row[1])
		switch strings.TrimSpace(row[0]) {
		case "region":
			m.Region = v
		case "kindergarten":
			m.KindergartenID, _ = strconv.Atoi(v)
		case "format":
			m.Format, _ = strconv.Atoi(v)
		}
	}
	return m, m.KindergartenID != 0
}

func hasSheet(f *excelize.File, name string) bool {
	idx, err := f.GetSheetIndex(name)
	return err == nil && idx >= 0
}

func cell(col, row int) string { return xlsxio.CellName(col, row) }

func colName(col int) string { return xlsxio.ColumnName(col) }
