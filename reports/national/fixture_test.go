package national

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo/demotest"
)

// Names given to every demo child in the fixture: the report must never
// print them (the demo itself gives children no names).
var childNames = [2]string{"Зейнегүл Тексерісқызы", "Маргарита Проверкина"}

// childCode matches a child code such as ULY-03-E1-007.
var childCode = regexp.MustCompile(`[A-Z]{3}-\d{2}-[EC]\d+-\d{3}`)

// demoStore is all twenty demo regions in one database, as `baulu demo
// --all` makes them, with named children; generated once for the
// package's tests and benchmark, which only read it.
func demoStore(tb testing.TB) *data.Store {
	return demotest.Store(tb, []string{"all"}, childNames)
}

func TestMain(m *testing.M) {
	code := m.Run()
	demotest.Close()
	os.Exit(code)
}

// render generates the report into memory.
func render(tb testing.TB, s *data.Store, o Options) []byte {
	tb.Helper()
	if o.Now.IsZero() {
		o.Now = datatest.Today
	}
	var buf bytes.Buffer
	if err := Generate(context.Background(), s, &buf, o); err != nil {
		tb.Fatalf("generate %+v: %v", o, err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		tb.Fatal("output is not a PDF")
	}
	return buf.Bytes()
}

// squash drops white space and hyphens, so that a text broken between
// lines (at a hyphen, or hyphenated) still matches.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' {
			return -1
		}
		return r
	}, s)
}

// TestWriteSamples writes the reports to BAULU_SAMPLES for a look.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("BAULU_SAMPLES")
	if dir == "" {
		t.Skip("BAULU_SAMPLES not set")
	}
	for _, lang := range []string{"kk", "ru"} {
		if err := os.WriteFile(filepath.Join(dir, "national-"+lang+".pdf"), render(t, demoStore(t), Options{Lang: lang}), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "national-empty-"+lang+".pdf"), render(t, datatest.NewConfigured(t, "AST"), Options{Lang: lang}), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
