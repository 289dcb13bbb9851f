package xlsxio

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/text"
)

const E = "E1 Балапан"

// setMeta changes one key of the hidden metadata sheet.
func setMeta(t testing.TB, f *excelize.File, key, value string) {
	t.Helper()
	rows, _ := f.GetRows(metaSheetName)
	for i, r := range rows {
		if len(r) > 0 && r[0] == key {
			set(t, f, metaSheetName, fmt.Sprintf("B%d", i+1), value)
			return
		}
	}
	t.Fatalf("no metadata key %q", key)
}

// filled is a template with one good score, so that a file is never
// refused merely for being empty.
func filled(t testing.TB, w *world) *excelize.File {
	f := w.template(t, 0)
	set(t, f, E, "B6", 2)
	return f
}

func TestMalformedWorkbooks(t *testing.T) {
	type want struct {
		err    error  // a sentinel for the whole file, or
		reason Reason // the problem expected (first of its kind) …
		sheet  string
		cell   string // … and where
	}
	cases := []struct {
		name  string
		file  func(t *testing.T, w *world) []byte
		opt   func(w *world) Options
		setup func(t *testing.T, w *world) // runs after the file is made
		want  want
	}{
		{name: "zero bytes", file: func(*testing.T, *world) []byte { return nil }, want: want{err: ErrEmpty}},
		{name: "text file", file: func(*testing.T, *world) []byte { return []byte("Код;K1\nULY-03-E1-001;2\n") }, want: want{err: ErrNotWorkbook}},
		{name: "zip that is no workbook", file: func(t *testing.T, _ *world) []byte {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			fw, _ := zw.Create("readme.txt")
			fw.Write([]byte("hello"))
			zw.Close()
			return buf.Bytes()
		}, want: want{err: ErrNotWorkbook}},
		{name: "truncated download", file: func(t *testing.T, w *world) []byte {
			b := toBytes(t, filled(t, w))
			return b[:len(b)/2]
		}, want: want{err: ErrNotWorkbook}},
		{name: "password-protected", file: func(t *testing.T, w *world) []byte {
			var buf bytes.Buffer
			if _, err := filled(t, w).WriteTo(&buf, excelize.Options{Password: "1234"}); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}, want: want{err: ErrEncrypted}},
		{name: "old .xls", file: func(*testing.T, *world) []byte {
			return append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 1024)...)
		}, want: want{err: ErrLegacyExcel}},
		{name: "ordinary workbook", file: func(t *testing.T, _ *world) []byte {
			f := excelize.NewFile()
			set(t, f, "Sheet1", "A1", "ULY-03-E1-001")
			set(t, f, "Sheet1", "B1", 2)
			return toBytes(t, f)
		}, want: want{err: ErrNotTemplate}},
		{name: "metadata damaged", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			setMeta(t, f, "kindergarten", "жетпіс сегіз")
			return toBytes(t, f)
		}, want: want{err: ErrBadMetadata}},
		{name: "metadata sheet deleted", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			if err := f.DeleteSheet(metaSheetName); err != nil {
				t.Fatal(err)
			}
			return toBytes(t, f)
		}, want: want{err: ErrNotTemplate}},
		{name: "metadata lost its columns", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			rows, _ := f.GetRows(metaSheetName)
			for i, r := range rows {
				if len(r) > 0 && r[0] == "sheet" {
					for c := 5; c <= len(r); c++ {
						set(t, f, metaSheetName, cell(c, i+1), nil)
					}
				}
			}
			return toBytes(t, f)
		}, want: want{err: ErrBadMetadata}},
		{name: "metadata points past the last column", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			setMeta(t, f, "first_col", "16380")
			return toBytes(t, f)
		}, want: want{err: ErrBadMetadata}},
		{name: "newer format", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			setMeta(t, f, "format", "7")
			return toBytes(t, f)
		}, want: want{err: ErrNewerFormat}},
		{name: "nothing filled in", file: func(t *testing.T, w *world) []byte {
			return toBytes(t, w.template(t, 0))
		}, want: want{err: ErrNoScores}},
		{name: "another region", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			setMeta(t, f, "region", "AST")
			return toBytes(t, f)
		}, want: want{reason: ReasonOtherRegion}},
		{name: "kindergarten of another region", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			setMeta(t, f, "kindergarten", "7")
			return toBytes(t, f)
		}, want: want{reason: ReasonUnknownKG}},
		{name: "another kindergarten than chosen", file: func(t *testing.T, w *world) []byte {
			return toBytes(t, filled(t, w))
		}, opt: func(*world) Options { return Options{KindergartenID: 79} }, want: want{reason: ReasonOtherKG}},
		{name: "unknown round", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			setMeta(t, f, "round", "week-9")
			return toBytes(t, f)
		}, want: want{reason: ReasonUnknownRound}},
		{name: "another round than chosen", file: func(t *testing.T, w *world) []byte {
			return toBytes(t, filled(t, w))
		}, opt: func(w *world) Options { return Options{RoundID: w.fin.ID} }, want: want{reason: ReasonOtherRound}},
		{name: "sheet deleted", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			if err := f.DeleteSheet("C1 Күншуақ"); err != nil {
				t.Fatal(err)
			}
			return toBytes(t, f)
		}, want: want{reason: ReasonSheetMissing}},
		{name: "group deleted since", file: func(t *testing.T, w *world) []byte {
			return toBytes(t, filled(t, w))
		}, setup: func(t *testing.T, w *world) {
			if err := w.s.DeleteGroup(ctx, w.c.ID); err != nil {
				t.Fatal(err)
			}
		}, want: want{reason: ReasonUnknownGroup, sheet: "C1 Күншуақ"}},
		{name: "sheet of another kindergarten's group", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			rows, _ := f.GetRows(metaSheetName)
			for i, r := range rows {
				if len(r) > 1 && r[0] == "sheet" && r[1] == "C1 Күншуақ" {
					set(t, f, metaSheetName, fmt.Sprintf("C%d", i+1), fmt.Sprint(w.other.ID))
					set(t, f, metaSheetName, fmt.Sprintf("D%d", i+1), w.other.Code)
				}
			}
			return toBytes(t, f)
		}, want: want{reason: ReasonGroupOtherKG, sheet: "C1 Күншуақ"}},
		{name: "header code edited", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "C3", "K2 (білім)")
			return toBytes(t, f)
		}, want: want{reason: ReasonHeaderEdited, sheet: E, cell: "C3"}},
		{name: "header code cleared", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "F3", "")
			return toBytes(t, f)
		}, want: want{reason: ReasonHeaderMissing, sheet: E, cell: "F3"}},
		{name: "column inserted", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			if err := f.InsertCols(E, "D", 1); err != nil {
				t.Fatal(err)
			}
			return toBytes(t, f)
		}, want: want{reason: ReasonHeaderEdited, sheet: E, cell: "E3"}},
		{name: "unknown child code", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "A7", "ULY-03-E1-070")
			set(t, f, E, "C7", 1)
			return toBytes(t, f)
		}, want: want{reason: ReasonUnknownChild, sheet: E, cell: "A7"}},
		{name: "child of another group", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "A7", w.ckids[0].Code)
			set(t, f, E, "C7", 1)
			return toBytes(t, f)
		}, want: want{reason: ReasonChildOtherGroup, sheet: E, cell: "A7"}},
		{name: "child of another kindergarten", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "A13", w.okids[0].Code)
			set(t, f, E, "C13", 3)
			return toBytes(t, f)
		}, want: want{reason: ReasonChildOtherKG, sheet: E, cell: "A13"}},
		{name: "duplicate child row", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "A12", w.ekids[0].Code+" ")
			set(t, f, E, "D12", "III")
			return toBytes(t, f)
		}, want: want{reason: ReasonDuplicateChild, sheet: E, cell: "A12"}},
		{name: "scores without a child code", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "A8", "  ")
			set(t, f, E, "B8", 2)
			return toBytes(t, f)
		}, want: want{reason: ReasonMissingChildCode, sheet: E, cell: "A8"}},
		{name: "score 4", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "E9", 4)
			return toBytes(t, f)
		}, want: want{reason: ReasonValueOutOfRange, sheet: E, cell: "E9"}},
		{name: "score 2.5", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "G10", 2.5)
			return toBytes(t, f)
		}, want: want{reason: ReasonValueOutOfRange, sheet: E, cell: "G10"}},
		{name: "a word that is no score", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "J11", "жақсы")
			return toBytes(t, f)
		}, want: want{reason: ReasonValueUnreadable, sheet: E, cell: "J11"}},
		{name: "indicator retired since", file: func(t *testing.T, w *world) []byte {
			f := filled(t, w)
			set(t, f, E, "J7", 2)
			return toBytes(t, f)
		}, setup: func(t *testing.T, w *world) {
			if err := w.s.RetireIndicator(ctx, w.byCode["A3"].ID, data.NewDate(2026, 11, 1)); err != nil {
				t.Fatal(err)
			}
		}, want: want{reason: ReasonIndicatorRetired, sheet: E, cell: "J"}},
		{name: "indicator deleted since", file: func(t *testing.T, w *world) []byte {
			in := data.Indicator{BlockID: w.byCode["A1"].BlockID, Code: "A4", NameKK: "Жаңа", NameRU: "Новый"}
			if err := w.s.SaveIndicator(ctx, &in); err != nil {
				t.Fatal(err)
			}
			f := filled(t, w)
			set(t, f, E, "K8", "II")
			if err := w.s.DeleteIndicator(ctx, in.ID); err != nil {
				t.Fatal(err)
			}
			return toBytes(t, f)
		}, want: want{reason: ReasonIndicatorGone, sheet: E, cell: "K"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			file := tc.file(t, w)
			// A score entered after the template was made: no refused
			// file may touch it.
			if err := w.s.WriteScores(ctx, []data.Score{{ChildID: w.ekids[0].ID, RoundID: w.base.ID, IndicatorID: w.byCode["K2"].ID, Value: 3}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
				t.Fatal(err)
			}
			if tc.setup != nil {
				tc.setup(t, w)
			}
			before := dump(t, w.s)
			var opt Options
			if tc.opt != nil {
				opt = tc.opt(w)
			}
			p, err := ImportWith(ctx, w.s, bytes.NewReader(file), opt)
			if tc.want.err != nil {
				if !errors.Is(err, tc.want.err) || p != nil {
					t.Fatalf("got %v, %v; want %v", p, err, tc.want.err)
				}
				for _, lang := range []string{"kk", "ru", "en"} {
					if msg := ErrorMessage(err, lang); strings.Contains(msg, "xlsxio") || !strings.HasSuffix(msg, ".") {
						t.Errorf("%s sentence: %q", lang, msg)
					}
				}
			} else {
				if err != nil {
					t.Fatalf("import: %v", err)
				}
				if p.OK() {
					t.Fatalf("no problem found:\n%s", FormatPreview(p, "en"))
				}
				var found *Problem
				for i := range p.Problems {
					if p.Problems[i].Reason == tc.want.reason {
						found = &p.Problems[i]
						break
					}
				}
				if found == nil || found.Sheet != tc.want.sheet || found.Cell() != tc.want.cell {
					t.Fatalf("want %s at %q %q; got:\n%s", tc.want.reason, tc.want.sheet, tc.want.cell, FormatPreview(p, "en"))
				}
				for _, lang := range []string{"kk", "ru", "en"} {
					out := FormatPreview(p, lang)
					if !strings.Contains(out, found.Message(lang)) || !strings.Contains(out, text.T(lang, "xlsxio.preview.refused")) {
						t.Errorf("%s preview lacks the problem:\n%s", lang, out)
					}
				}
				if err := p.Apply(ctx); !errors.Is(err, ErrHasProblems) {
					t.Fatalf("Apply with problems: %v", err)
				}
			}
			if !sameScores(dump(t, w.s), before) {
				t.Fatal("the database changed")
			}
		})
	}
}

func TestProblemsAreCapped(t *testing.T) {
	w := newWorld(t)
	f := w.template(t, 0)
	for r := 6; r < 6+80; r++ {
		for _, col := range "BCDEFGHIJ" {
			set(t, f, E, fmt.Sprintf("%c%d", col, r), "x")
		}
	}
	p, err := Import(ctx, w.s, bytes.NewReader(toBytes(t, f)))
	if err != nil {
		t.Fatal(err)
	}
	// 80 rows × 9 unreadable cells, and 74 rows (12–85) without a child code.
	total := 80*9 + 74
	last := p.Problems[len(p.Problems)-1]
	if len(p.Problems) != maxProblems+1 || last.Reason != ReasonTooManyProblems || last.Args[1] != total-maxProblems {
		t.Fatalf("%d problems, last %+v", len(p.Problems), last)
	}
}
