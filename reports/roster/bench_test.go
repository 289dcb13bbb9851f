package roster_test

import (
	"bytes"
	"fmt"
	"testing"

	"baulu/reports/roster"
	"baulu/reports/roster/rostertest"
)

// BenchmarkImport300 is a region-sized roster of one kindergarten: 300 new
// children with sex, birth date and consent, read, checked and written in
// one transaction. Target: under 1 s per import (a region has about
// 270 children).
func BenchmarkImport300(b *testing.B) {
	var file []byte
	{
		fx := newFixture(b)
		f := fx.template(b)
		rows := make([][]any, 300)
		for i := range rows {
			group, sex := "E1", "қыз"
			if i%2 == 1 {
				group, sex = "C1", "ұл"
			}
			rows[i] = []any{nil, group, fmt.Sprintf("Бала %03d", i), sex, fmt.Sprintf("%02d.%02d.2021", 1+i%28, 1+i%12), "иә", "12.01.2026"}
		}
		rostertest.Fill(b, f, rows...)
		var buf bytes.Buffer
		if _, err := f.WriteTo(&buf); err != nil {
			b.Fatal(err)
		}
		file = buf.Bytes()
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		fx := newFixture(b)
		b.StartTimer()
		p, err := roster.Import(ctx, fx.s, bytes.NewReader(file), roster.Options{})
		if err != nil || !p.OK() {
			b.Fatalf("%v %+v", err, p.Problems)
		}
		if n, err := p.Apply(ctx); err != nil || n.New != 300 {
			b.Fatalf("%+v %v", n, err)
		}
	}
}
