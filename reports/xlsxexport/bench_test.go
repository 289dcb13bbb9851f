package xlsxexport

import (
	"context"
	"io"
	"testing"
)

// BenchmarkExport writes the full workbook of one demo region (Ұлытау, as
// `baulu demo --region ULY` makes it: 5 kindergartens, 271 children,
// three rounds of scores, a year of events and visits) with every
// analysis sheet, as `baulu export` and the Export button do.
func BenchmarkExport(b *testing.B) {
	s := demoStore(b)
	ctx := context.Background()
	for b.Loop() {
		if err := Export(ctx, s, "", io.Discard, "kk"); err != nil {
			b.Fatal(err)
		}
	}
}
