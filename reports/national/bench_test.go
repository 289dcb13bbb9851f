package national

import (
	"context"
	"io"
	"testing"

	"baulu/data/datatest"
)

// BenchmarkNationalReport generates the national report of all twenty
// demo regions (100 kindergartens, about 5,000 children, 140,000 scores):
// the national comparison, four charts drawn concurrently and the
// two-pass layout of about seventeen pages.
func BenchmarkNationalReport(b *testing.B) {
	s := demoStore(b)
	o := Options{Lang: "kk", Now: datatest.Today}
	for b.Loop() {
		if err := Generate(context.Background(), s, io.Discard, o); err != nil {
			b.Fatal(err)
		}
	}
}
