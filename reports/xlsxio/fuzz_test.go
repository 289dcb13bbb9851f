package xlsxio

import (
	"bytes"
	"errors"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// FuzzParseScore: the cell parser never panics, gives 0–3, gives an error
// only with 0, treats surrounding spaces as nothing, and a result always
// reads back from its canonical forms.
func FuzzParseScore(f *testing.F) {
	for _, s := range []string{"", "1", "2", "3", "2.0", "2,0", "II", "іі", "ӀӀӀ", "Жоғары ", "төмен", "орташа",
		"низкий", "Средний", "ВЫСОКИЙ", "III жоғары", "2 (средний)", "4", "0", "2.5", "IV", "abc", "#N/A",
		"\u00a02\u00a0", "Ⅲ", "１", "1e0", "nan", "-", "ll", "opтaшa"} {
		f.Add(s)
	}
	roman := []string{"", "I", "II", "III"}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseScore(s)
		if v < 0 || v > 3 || (err != nil && v != 0) {
			t.Fatalf("ParseScore(%q) = %d, %v", s, v, err)
		}
		if err != nil && !errors.Is(err, ErrScoreRange) && !errors.Is(err, ErrScoreUnreadable) {
			t.Fatalf("ParseScore(%q): unexpected error %v", s, err)
		}
		if (v == 0 && err == nil) != (clean(s) == "") {
			t.Fatalf("ParseScore(%q) = no score, but the cell is not empty", s)
		}
		if v2, err2 := ParseScore(" \u00a0" + s + "\u202f\t"); v2 != v || (err2 == nil) != (err == nil) {
			t.Fatalf("padding changed ParseScore(%q): %d,%v → %d,%v", s, v, err, v2, err2)
		}
		if v > 0 {
			for _, canon := range []string{strconv.Itoa(v), roman[v]} {
				if back, err := ParseScore(canon); back != v || err != nil {
					t.Fatalf("canonical %q of %d reads %d, %v", canon, v, back, err)
				}
			}
		}
	})
}

// FuzzImport: any bytes given as a workbook give a preview or one of the
// known errors, never a panic and never a write.
func FuzzImport(f *testing.F) {
	w := newWorld(f)
	good := filled(f, w)
	set(f, good, E, "C7", "II")
	set(f, good, E, "A9", "uly-03-е1-004 ")
	set(f, good, E, "D9", "жоғары")
	f.Add(toBytes(f, good))
	f.Add(toBytes(f, w.template(f, w.c.ID)))
	bad := filled(f, w)
	set(f, bad, E, "C3", "X")
	set(f, bad, E, "A12", "ULY-03-E1-001")
	set(f, bad, E, "B12", 5)
	f.Add(toBytes(f, bad))
	plain := excelize.NewFile()
	set(f, plain, "Sheet1", "A1", 1)
	f.Add(toBytes(f, plain))
	var enc bytes.Buffer
	if _, err := filled(f, w).WriteTo(&enc, excelize.Options{Password: "p"}); err != nil {
		f.Fatal(err)
	}
	f.Add(enc.Bytes())
	full := toBytes(f, good)
	f.Add(full[:len(full)/3])
	f.Add([]byte{})
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("1;2;3\n"))
	before := dump(f, w.s)
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Import(ctx, w.s, bytes.NewReader(b))
		switch {
		case err != nil && p != nil:
			t.Fatalf("both a preview and an error: %v", err)
		case err != nil:
			if ErrorMessage(err, "kk") == "" {
				t.Fatal("no sentence for", err)
			}
		default:
			_ = FormatPreview(p, "ru")
			for _, pr := range p.Problems {
				if pr.Message("en") == "" {
					t.Fatalf("empty message for %+v", pr)
				}
			}
		}
		if !sameScores(dump(t, w.s), before) {
			t.Fatal("Import wrote to the database")
		}
	})
}
