package xlsxio

import (
	"bytes"
	"fmt"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// bigKindergarten is kindergarten 78 with 20 groups of 56 children: with
// the 9 default indicators, 10,080 scores per round.
func bigKindergarten(b *testing.B) (*data.Store, data.Round, [2][]byte) {
	b.Helper()
	s := datatest.NewConfigured(b, "ULY")
	for i := 0; i < 20; i++ {
		role := data.RoleExperimental
		if i%2 == 1 {
			role = data.RoleControl
		}
		g := datatest.AddGroup(b, s, 78, fmt.Sprintf("Топ %02d", i+1), role)
		datatest.AddChildren(b, s, g.ID, 56)
	}
	base, _ := s.RoundByKind(ctx, data.RoundBaseline)
	var files [2][]byte
	for k := range files {
		var buf bytes.Buffer
		if err := Template(ctx, s, 78, base.ID, 0, &buf); err != nil {
			b.Fatal(err)
		}
		f := openBytes(b, buf.Bytes())
		n := 0
		for _, sh := range f.GetSheetList()[1:] {
			if sh == metaSheetName {
				continue
			}
			for r := 0; r < 56; r++ {
				for c := 0; c < 9; c++ {
					// Two different fillings, so that applying them in turn
					// changes every score every time.
					if err := f.SetCellInt(sh, cell(firstCol+c, firstRow+r), int64((r+c+k)%3+1)); err != nil {
						b.Fatal(err)
					}
					n++
				}
			}
		}
		if n != 10080 {
			b.Fatalf("%d scores", n)
		}
		files[k] = toBytes(b, f)
	}
	return s, base, files
}

// BenchmarkImport10k previews a 10,080-score workbook (read, parse, check).
func BenchmarkImport10k(b *testing.B) {
	s, _, files := bigKindergarten(b)
	b.ResetTimer()
	for b.Loop() {
		p, err := Import(ctx, s, bytes.NewReader(files[0]))
		if err != nil || !p.OK() || p.New != 10080 {
			b.Fatalf("%v %+v", err, p)
		}
	}
}

// BenchmarkImportApply10k previews and writes a 10,080-score workbook, each
// iteration changing every score.
func BenchmarkImportApply10k(b *testing.B) {
	s, _, files := bigKindergarten(b)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		p, err := Import(ctx, s, bytes.NewReader(files[i%2]))
		if err != nil || !p.OK() || p.New+p.Changed != 10080 {
			b.Fatalf("%v %+v", err, p)
		}
		if err := p.Apply(ctx); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkTemplate20Groups writes the template of the same kindergarten.
func BenchmarkTemplate20Groups(b *testing.B) {
	s, base, _ := bigKindergarten(b)
	b.ResetTimer()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Template(ctx, s, 78, base.ID, 0, &buf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseScore(b *testing.B) {
	in := []string{"2", "II", "Жоғары ", "2.0", "іі", "низкий", "", "III жоғары"}
	for b.Loop() {
		for _, s := range in {
			_, _ = ParseScore(s)
		}
	}
}
