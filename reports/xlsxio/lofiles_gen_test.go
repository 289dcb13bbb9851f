//go:build lofiles

package xlsxio

// This file makes the workbooks under testdata/libreoffice: templates of
// the test world edited as teachers do (a copied sheet, an inserted row or
// column, absence marks, a date in a score cell), then opened and saved by
// LibreOffice, so the tests read what LibreOffice really writes. The files
// are committed and the tests need no LibreOffice; to make them again:
//
//	sh scripts/deps.sh libreoffice-calc-nogui
//	go test -tags lofiles -run TestMakeLibreOfficeFiles ./reports/xlsxio

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

const loDir = "testdata/libreoffice"

// loCases are the edits, by file name; each gets the kindergarten-78
// baseline template of newWorld.
var loCases = map[string]func(t *testing.T, f *excelize.File){
	"copy_filled_original_empty": func(t *testing.T, f *excelize.File) {
		cp := copySheet(t, f, E, E+"_2") // LibreOffice's name for a copy
		set(t, f, cp, "B6", 2)
		set(t, f, cp, "C6", 3)
		set(t, f, cp, "B7", 1)
	},
	"copy_filled_original_deleted": func(t *testing.T, f *excelize.File) {
		cp := copySheet(t, f, E, E+" (2)") // Excel's name for a copy
		set(t, f, cp, "B6", 2)
		set(t, f, cp, "C6", 3)
		if err := f.DeleteSheet(E); err != nil {
			t.Fatal(err)
		}
	},
	"copies_differ": func(t *testing.T, f *excelize.File) {
		cp := copySheet(t, f, E, E+"_2")
		set(t, f, E, "B6", 2)
		set(t, f, cp, "B6", 3)
		set(t, f, cp, "B7", 1)
	},
	"row_above_header": func(t *testing.T, f *excelize.File) {
		if err := f.InsertRows(E, 1, 1); err != nil {
			t.Fatal(err)
		}
		set(t, f, E, "A1", "Тәрбиеші: Айгүл Нұрланқызы")
		set(t, f, E, "B7", 2) // the first child, one row lower
		set(t, f, E, "C8", 3)
	},
	"column_before_codes": func(t *testing.T, f *excelize.File) {
		if err := f.InsertCols("C1 Күншуақ", "A", 1); err != nil {
			t.Fatal(err)
		}
		set(t, f, "C1 Күншуақ", "A5", "№")
		for i := 1; i <= 5; i++ {
			set(t, f, "C1 Күншуақ", cell(1, 5+i), i)
		}
		set(t, f, "C1 Күншуақ", "C6", 3) // the first child's K1, one column right
		set(t, f, "C1 Күншуақ", "D7", 1)
	},
	"absent_marks": func(t *testing.T, f *excelize.File) {
		for c, v := range map[string]string{"B6": "н/б", "C6": "-", "B7": "жоқ", "C7": "нет", "B8": "отс."} {
			set(t, f, E, c, v)
		}
		set(t, f, E, "D6", 2)
	},
	"date_in_score": func(t *testing.T, f *excelize.File) {
		style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
		if err != nil {
			t.Fatal(err)
		}
		set(t, f, E, "B6", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)) // «2.3» typed in a Russian Excel
		if err := f.SetCellStyle(E, "B6", "B6", style); err != nil {
			t.Fatal(err)
		}
		set(t, f, E, "C6", 2)
	},
	"filled": func(t *testing.T, f *excelize.File) {
		set(t, f, E, "B6", 2)
	},
}

func copySheet(t *testing.T, f *excelize.File, from, to string) string {
	t.Helper()
	src, _ := f.GetSheetIndex(from)
	dst, err := f.NewSheet(to)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.CopySheet(src, dst); err != nil {
		t.Fatal(err)
	}
	return to
}

func TestMakeLibreOfficeFiles(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed: sh scripts/deps.sh libreoffice-calc-nogui")
	}
	tmp := t.TempDir()
	if err := os.MkdirAll(loDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, edit := range loCases {
		w := newWorld(t)
		f := w.template(t, 0)
		edit(t, f)
		src := filepath.Join(tmp, name+".xlsx")
		if err := f.SaveAs(src); err != nil {
			t.Fatal(err)
		}
		formats := []string{"xlsx"}
		if name == "filled" {
			formats = append(formats, "ods", "xls")
		}
		for _, format := range formats {
			out := filepath.Join(tmp, "out-"+format)
			cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"),
				"--headless", "--convert-to", format, "--outdir", out, src)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s → %s: %v\n%s", name, format, err, b)
			}
			b, err := os.ReadFile(filepath.Join(out, name+"."+format))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(loDir, name+"."+format), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
