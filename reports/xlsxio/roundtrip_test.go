package xlsxio

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestTemplateFillImport(t *testing.T) {
	// Given scores already entered in the grid, and a child with a name.
	w := newWorld(t)
	k1, k2, s1 := w.byCode["K1"].ID, w.byCode["K2"].ID, w.byCode["S1"].ID
	if err := w.s.WriteScores(ctx, []data.Score{
		{ChildID: w.ekids[0].ID, RoundID: w.base.ID, IndicatorID: k1, Value: 1},
		{ChildID: w.ekids[0].ID, RoundID: w.base.ID, IndicatorID: k2, Value: 2},
		{ChildID: w.ekids[1].ID, RoundID: w.base.ID, IndicatorID: s1, Value: 3},
	}, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	named := w.ekids[0]
	named.FullName = "Әлия Нұрланқызы"
	if err := w.s.SaveChild(ctx, &named); err != nil {
		t.Fatal(err)
	}
	before := dump(t, w.s)

	// When a teacher fills the template as teachers do.
	f := w.template(t, 0)
	const E, C = "E1 Балапан", "C1 Күншуақ"
	if got := f.GetSheetList(); len(got) != 4 || got[1] != E || got[2] != C {
		t.Fatalf("sheets %v", got)
	}
	if v, _ := f.GetCellValue(E, "B6"); v != "1" {
		t.Fatalf("existing K1 score not pre-filled: %q", v)
	}
	late := datatest.AddChildren(t, w.s, w.e.ID, 1)[0] // registered after the template was made
	cols := map[string]int64{"B": k1, "C": k2, "D": s1, "E": w.byCode["S2"].ID, "F": w.byCode["S3"].ID,
		"G": w.byCode["S4"].ID, "H": w.byCode["A1"].ID, "I": w.byCode["A2"].ID, "J": w.byCode["A3"].ID}
	want := map[[3]int64]int{}
	fill := func(sheet, cell string, v any, child int64, score int) {
		set(t, f, sheet, cell, v)
		want[[3]int64{child, w.base.ID, cols[cell[:1]]}] = score
	}
	e0, e1, e2 := w.ekids[0].ID, w.ekids[1].ID, w.ekids[2].ID
	fill(E, "B6", 3, e0, 3)               // changes the grid's 1
	want[[3]int64{e0, w.base.ID, k2}] = 2 // C6 stays the pre-filled 2
	fill(E, "D6", "II", e0, 2)
	fill(E, "E6", "іі", e0, 2) // Cyrillic і
	fill(E, "F6", "Жоғары ", e0, 3)
	set(t, f, E, "A7", "ULY-03-E1-002  ")
	fill(E, "B7", 2.0, e1, 2)
	fill(E, "C7", "2.0", e1, 2)
	set(t, f, E, "D7", nil)             // the teacher clears S1: the database keeps its 3
	set(t, f, E, "A8", "uly-03-Е1-003") // lower case, Cyrillic Е
	fill(E, "B8", "\u00a01\u00a0", e2, 1)
	fill(E, "H8", "низкий", e2, 1)
	fill(E, "I8", "Средний", e2, 2)
	fill(E, "J8", "III жоғары", e2, 3)
	for r, kid := range w.ekids[3:] {
		for i, col := range "BCDEFGHIJ" {
			v := (r+i)%3 + 1
			fill(E, fmt.Sprintf("%c%d", col, 9+r), v, kid.ID, v)
		}
	}
	set(t, f, E, "A12", late.Code)
	fill(E, "B12", "I", late.ID, 1)
	for _, col := range "BCDEFGHIJ" {
		fill(C, string(col)+"6", "2", w.ckids[0].ID, 2)
	}
	if err := f.MergeCell(E, "B4", "C4"); err != nil { // one merged header cell
		t.Fatal(err)
	}
	file := toBytes(t, f)

	// Then the preview counts what will change, and nothing is written yet.
	p, err := Import(ctx, w.s, bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if !p.OK() {
		t.Fatalf("problems:\n%s", FormatPreview(p, "en"))
	}
	if p.Changed != 1 || p.Unchanged != 1 || p.New != len(want)-2 || p.Kindergarten.ID != 78 || p.Round.ID != w.base.ID {
		t.Fatalf("preview new %d changed %d unchanged %d (want %d/1/1)", p.New, p.Changed, p.Unchanged, len(want)-2)
	}
	if !sameScores(dump(t, w.s), before) {
		t.Fatal("Import wrote to the database")
	}
	if err := p.Apply(ctx); err != nil {
		t.Fatal(err)
	}
	// The database holds exactly the old scores overlaid with the file's.
	expect := map[[3]int64]int{}
	for k, v := range before {
		expect[k] = v
	}
	for k, v := range want {
		expect[k] = v
	}
	if got := dump(t, w.s); !sameScores(got, expect) {
		t.Fatalf("database after import:\n got %v\nwant %v", got, expect)
	}

	// Importing the same file again changes nothing.
	again, err := Import(ctx, w.s, bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if again.New != 0 || again.Changed != 0 || again.Unchanged != len(want) {
		t.Fatalf("second import: %d/%d/%d", again.New, again.Changed, again.Unchanged)
	}
	if err := again.Apply(ctx); err != nil {
		t.Fatal(err)
	}
	if !sameScores(dump(t, w.s), expect) {
		t.Fatal("second import changed the database")
	}
	for _, lang := range []string{"kk", "ru", "en"} {
		out := FormatPreview(again, lang)
		if !strings.Contains(out, "№78") || !strings.Contains(out, "E1") {
			t.Errorf("%s preview:\n%s", lang, out)
		}
	}
	if out := FormatPreview(again, "en"); !strings.Contains(out, "already imported") {
		t.Errorf("second preview should say so:\n%s", out)
	}
}

func TestTemplateKeepsNamesOutAndMetadataHidden(t *testing.T) {
	w := newWorld(t)
	kid := w.ekids[0]
	kid.FullName = "Айару Серікқызы"
	if err := w.s.SaveChild(ctx, &kid); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Template(ctx, w.s, 78, w.base.ID, 0, &buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var workbook string
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(b, []byte("Айару")) || bytes.Contains(b, []byte("Серікқызы")) {
			t.Errorf("a child's name is in %s", zf.Name)
		}
		if zf.Name == "xl/workbook.xml" {
			workbook = string(b)
		}
	}
	if !strings.Contains(workbook, `name="baulu_meta"`) || !strings.Contains(workbook, `state="veryHidden"`) {
		t.Errorf("metadata sheet not very hidden: %s", workbook)
	}
	f := w.template(t, 0)
	dvs, err := f.GetDataValidations("E1 Балапан")
	if err != nil || len(dvs) != 1 || dvs[0].Sqref != "B6:J21" || dvs[0].Formula1 != `"1,2,3"` {
		t.Fatalf("dropdown %+v, %v", dvs, err)
	}
	if visible, _ := f.GetSheetVisible("E1 Балапан"); !visible {
		t.Fatal("group sheet hidden")
	}
}

func TestTemplateOneGroupAndFileNames(t *testing.T) {
	w := newWorld(t)
	f := w.template(t, w.c.ID)
	if got := f.GetSheetList(); len(got) != 3 || got[1] != "C1 Күншуақ" {
		t.Fatalf("sheets %v", got)
	}
	cases := []struct {
		group int64
		want  string
	}{{0, "baulu-ULY-78-baseline.xlsx"}, {w.c.ID, "baulu-ULY-78-C1-baseline.xlsx"}}
	for _, tc := range cases {
		if got, err := TemplateFileName(ctx, w.s, 78, w.base.ID, tc.group); err != nil || got != tc.want {
			t.Errorf("file name %q, %v; want %q", got, err, tc.want)
		}
	}
	var buf bytes.Buffer
	if err := Template(ctx, w.s, 78, w.base.ID, w.other.ID, &buf); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("group of another kindergarten: %v", err)
	}
	if err := Template(ctx, w.s, 80, w.base.ID, 0, &buf); !errors.Is(err, ErrNoGroups) {
		t.Errorf("kindergarten without groups: %v", err)
	}
	if err := Template(ctx, w.s, 78, 999, 0, &buf); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("missing round: %v", err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "t.xlsx")
	if err := SaveTemplate(ctx, w.s, path, 78, w.base.ID, 0); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
	// A filled file on disk imports the same way.
	if _, err := ImportFile(ctx, w.s, path, Options{}); !errors.Is(err, ErrNoScores) {
		t.Fatalf("empty template from disk: %v", err)
	}
}
