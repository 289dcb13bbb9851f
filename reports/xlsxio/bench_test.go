package xlsxio

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

// bigGroup names the groups bigKindergarten adds, and so their sheets.
const bigGroup = "Үлкен топ"

// bigKindergarten is a regional centre's database as `baulu demo --region
// ULY` makes it (5 kindergartens, 271 children, three rounds scored), in
// which kindergarten 78 gets 20 more groups of 56 children: with the 9
// default indicators their baseline sheets hold 10,080 scores. A demo
// kindergarten's workbook holds 390–630 scores per round (2–3 groups,
// 43–70 children), so no demo file reaches 10,000; this is the same
// database and template with one kindergarten enlarged. The workbook also carries kindergarten 78's
// demo groups, already scored, which the import reads and finds unchanged.
func bigKindergarten(b *testing.B) (*data.Store, data.Round, [2][]byte) {
	b.Helper()
	s := datatest.New(b)
	if sum, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil || sum.Kindergartens != 5 {
		b.Fatalf("demo: %+v, %v", sum, err)
	}
	for i := 0; i < 20; i++ {
		role := data.RoleExperimental
		if i%2 == 1 {
			role = data.RoleControl
		}
		g := datatest.AddGroup(b, s, 78, fmt.Sprintf("%s %02d", bigGroup, i+1), role)
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
			if !strings.Contains(sh, bigGroup) {
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
