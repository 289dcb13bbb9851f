package pdfdoc

import (
	"io"
	"testing"
)

// BenchmarkDocument20Pages builds and writes a 20-page Kazakh document with
// a 96-row table, two charts, contents and signature (the charts are drawn
// once, outside the loop: their cost is benchmarked in package charts).
func BenchmarkDocument20Pages(b *testing.B) {
	levels, grouped := sampleCharts(b, kk)
	pages := 0
	for b.Loop() {
		d := buildSample(kk, levels, grouped, 8)
		if err := d.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
		pages = d.Pages()
	}
	if pages < 20 {
		b.Fatalf("document has %d pages, want at least 20", pages)
	}
	b.ReportMetric(float64(pages), "pages")
}
