package regionpkg

import (
	"bytes"
	"testing"

	"baulu/data/datatest"
)

// benchRegion is a region of 500 children (5 kindergartens × 2 groups × 50)
// scored in three rounds on nine indicators: about 12,300 scores.
func benchRegion(b *testing.B) ([]byte, func() []byte) {
	b.Helper()
	src := regionFixture(b, "ULY", 50)
	pkg := export(b, src, "ULY", "", t1)
	return pkg, func() []byte { return export(b, src, "ULY", "", t1) }
}

func BenchmarkExport500Children(b *testing.B) {
	pkg, again := benchRegion(b)
	b.ResetTimer()
	for b.Loop() {
		again()
	}
	b.ReportMetric(float64(len(pkg))/1024, "KiB/package")
}

func BenchmarkImport500Children(b *testing.B) {
	pkg, _ := benchRegion(b)
	dst := datatest.New(b)
	b.ResetTimer()
	for b.Loop() {
		// Re-importing the same package replaces the region each time.
		if _, err := Import(ctx, dst, bytes.NewReader(pkg), ImportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExportImport500Children(b *testing.B) {
	_, again := benchRegion(b)
	dst := datatest.New(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Import(ctx, dst, bytes.NewReader(again()), ImportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspect500Children(b *testing.B) {
	pkg, _ := benchRegion(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Inspect(bytes.NewReader(pkg), ""); err != nil {
			b.Fatal(err)
		}
	}
}
