package regional

import (
	"context"
	"io"
	"testing"

	"baulu/data/datatest"
)

// BenchmarkRegionalReport generates the regional analytical report of one
// demo region (Ұлытау: 5 kindergartens, 12 groups, 271 children), charts
// and two-pass layout included.
func BenchmarkRegionalReport(b *testing.B) {
	s := demoStore(b)
	o := Options{Kind: Regional, Lang: "kk", Now: datatest.Today}
	for b.Loop() {
		if err := Generate(context.Background(), s, io.Discard, o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRegionalReportDOCX is BenchmarkRegionalReport writing DOCX: one
// measuring layout pass of the PDF, then the WordprocessingML parts.
func BenchmarkRegionalReportDOCX(b *testing.B) {
	s := demoStore(b)
	o := Options{Kind: Regional, Lang: "kk", Now: datatest.Today}
	for b.Loop() {
		if err := GenerateDOCX(context.Background(), s, io.Discard, o); err != nil {
			b.Fatal(err)
		}
	}
}
