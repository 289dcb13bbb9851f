package xlsxio

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The workbooks under testdata/libreoffice were saved by LibreOffice Calc
// from templates edited as teachers edit them (lofiles_gen_test.go makes
// them again).

func importLO(t *testing.T, w *world, name string) (*Preview, error) {
	t.Helper()
	fh, err := os.Open(filepath.Join("testdata", "libreoffice", name))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	return ImportWith(ctx, w.s, fh, Options{})
}

func notes(p *Preview) string {
	var b strings.Builder
	for _, n := range p.Notes {
		b.WriteString(n.Reason + " " + n.Sheet + "\n")
	}
	return b.String()
}

func TestLibreOfficeSavedTemplateImports(t *testing.T) {
	w := newWorld(t)
	p, err := importLO(t, w, "filled.xlsx")
	if err != nil || !p.OK() || p.New != 1 || len(p.Notes) != 0 {
		t.Fatalf("%v\n%s", err, FormatPreview(p, "en"))
	}
}

func TestCopiedSheetIsImportedWithANote(t *testing.T) {
	for _, tc := range []struct {
		file, note, sheet string
		new               int
	}{
		{"copy_filled_original_empty.xlsx", "copy_taken", E + "_2", 3},    // the original left as it was
		{"copy_filled_original_deleted.xlsx", "copy_used", E + " (2)", 2}, // the original deleted
	} {
		t.Run(tc.file, func(t *testing.T) {
			w := newWorld(t)
			before := dump(t, w.s)
			p, err := importLO(t, w, tc.file)
			if err != nil || !p.OK() || p.New != tc.new {
				t.Fatalf("%v\n%s", err, FormatPreview(p, "en"))
			}
			if got := notes(p); got != tc.note+" "+tc.sheet+"\n" {
				t.Fatalf("notes %q\n%s", got, FormatPreview(p, "en"))
			}
			for _, lang := range []string{"kk", "ru", "en"} {
				if msg := FormatPreview(p, lang); !strings.Contains(msg, tc.sheet) || strings.Contains(msg, "{") {
					t.Errorf("%s: the preview does not name the copy:\n%s", lang, msg)
				}
			}
			if err := p.Apply(ctx); err != nil {
				t.Fatal(err)
			}
			if got := dump(t, w.s); len(got) != len(before)+tc.new || got[[3]int64{w.ekids[0].ID, w.base.ID, w.byCode["K1"].ID}] != 2 {
				t.Fatalf("scores written: %v", got)
			}
		})
	}
}

func TestCopiesThatDifferAreRefusedByName(t *testing.T) {
	w := newWorld(t)
	p, err := importLO(t, w, "copies_differ.xlsx")
	if err != nil || p.OK() || len(p.Problems) != 1 || p.Problems[0].Reason != ReasonCopiesDiffer {
		t.Fatalf("%v\n%s", err, FormatPreview(p, "en"))
	}
	if msg := p.Problems[0].Message("ru"); !strings.Contains(msg, "«"+E+"», «"+E+"_2»") {
		t.Fatalf("the message does not name both sheets: %s", msg)
	}
	if err := p.Apply(ctx); !errors.Is(err, ErrHasProblems) {
		t.Fatal(err)
	}
}

func TestHeaderFoundAfterInsertedRowsOrColumns(t *testing.T) {
	for _, tc := range []struct {
		file, sheet, at string
	}{
		{"row_above_header.xlsx", E, "B4"},
		{"column_before_codes.xlsx", "C1 Күншуақ", "C3"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			w := newWorld(t)
			p, err := importLO(t, w, tc.file)
			if err != nil || !p.OK() || p.New != 2 || notes(p) != "header_moved "+tc.sheet+"\n" {
				t.Fatalf("%v\n%s", err, FormatPreview(p, "en"))
			}
			if msg := p.Notes[0].Message("kk"); !strings.Contains(msg, tc.at) || !strings.Contains(msg, "B3") {
				t.Errorf("the note does not say where the table is: %s", msg)
			}
			if err := p.Apply(ctx); err != nil {
				t.Fatal(err)
			}
			kid := w.ekids[0]
			if tc.sheet != E {
				kid = w.ckids[0]
			}
			if got := dump(t, w.s)[[3]int64{kid.ID, w.base.ID, w.byCode["K1"].ID}]; got == 0 {
				t.Fatalf("the first child's K1 was not read from the shifted table")
			}
		})
	}
}

func TestAbsenceMarksAreCountedNotRefused(t *testing.T) {
	w := newWorld(t)
	p, err := importLO(t, w, "absent_marks.xlsx")
	if err != nil || !p.OK() || p.Absent != 5 || p.New != 1 || p.Sheets[0].Absent != 5 {
		t.Fatalf("%v\n%s", err, FormatPreview(p, "en"))
	}
	if msg := FormatPreview(p, "ru"); !strings.Contains(msg, "Не оценено (отметки н/б, -, жоқ, нет, отс.): 5") {
		t.Fatalf("the preview does not count them:\n%s", msg)
	}
}

func TestDateInAScoreCellIsShownAsADate(t *testing.T) {
	w := newWorld(t)
	p, err := importLO(t, w, "date_in_score.xlsx")
	if err != nil || len(p.Problems) != 1 {
		t.Fatalf("%v\n%s", err, FormatPreview(p, "en"))
	}
	pr := p.Problems[0]
	if pr.Reason != ReasonValueIsDate || pr.Cell() != "B6" || !strings.Contains(pr.Message("kk"), "«02.03.2026»") {
		t.Fatalf("%+v: %s", pr, pr.Message("kk"))
	}
}

func TestODSAndXLSSayHowToSaveAsXLSX(t *testing.T) {
	w := newWorld(t)
	for file, want := range map[string]error{"filled.ods": ErrODS, "filled.xls": ErrLegacyExcel} {
		_, err := importLO(t, w, file)
		if !errors.Is(err, want) {
			t.Errorf("%s: %v", file, err)
			continue
		}
		for _, lang := range []string{"kk", "ru", "en"} {
			msg := ErrorMessage(err, lang)
			if !strings.Contains(msg, "LibreOffice") || !strings.Contains(msg, ".xlsx") {
				t.Errorf("%s %s: %s", file, lang, msg)
			}
		}
	}
}
