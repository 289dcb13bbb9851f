package regional

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

// Names given to every demo child in the fixture: the reports must never
// print them (the demo itself gives children no names).
var childNames = []string{"Айгерім Тексерісқызы", "Маргарита Проверкина"}

// childCode matches a child code such as ULY-03-E1-007.
var childCode = regexp.MustCompile(`[A-Z]{3}-\d{2}-[EC]\d+-\d{3}`)

var (
	demoOnce sync.Once
	demoDB   *data.Store
	demoErr  error
	demoDir  string
)

// demoStore is one region of demo data (Ұлытау) with named children,
// generated once for the package's tests and benchmarks; reports only
// read it.
func demoStore(tb testing.TB) *data.Store {
	tb.Helper()
	demoOnce.Do(func() {
		demoDir, demoErr = os.MkdirTemp("", "baulu-regional-*")
		if demoErr != nil {
			return
		}
		ctx := context.Background()
		demoDB, demoErr = data.Open(ctx, filepath.Join(demoDir, "demo.db"), data.Options{Now: func() time.Time { return datatest.Today }})
		if demoErr != nil {
			return
		}
		if _, demoErr = demo.Generate(ctx, demoDB, demo.Options{Regions: []string{"ULY"}, Seed: 1}); demoErr != nil {
			return
		}
		_, demoErr = demoDB.DB().ExecContext(ctx, `UPDATE child SET full_name = CASE WHEN id % 2 = 0 THEN ? ELSE ? END`,
			childNames[0], childNames[1])
	})
	if demoErr != nil {
		tb.Fatalf("demo fixture: %v", demoErr)
	}
	return demoDB
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demoDB != nil {
		demoDB.Close()
	}
	if demoDir != "" {
		os.RemoveAll(demoDir)
	}
	os.Exit(code)
}

// render generates a report into memory.
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

// pdfText extracts the text of a PDF with pdftotext, one string per page,
// whitespace collapsed; the test is skipped when poppler is missing.
func pdfText(tb testing.TB, pdf []byte) []string {
	tb.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		tb.Skip("pdftotext not installed")
	}
	path := filepath.Join(tb.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		tb.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		tb.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	for i, p := range pages {
		pages[i] = strings.Join(strings.Fields(p), " ")
	}
	return pages
}

// pdfLayout extracts the text with its layout: per page, the non-empty
// lines, trimmed.
func pdfLayout(tb testing.TB, pdf []byte) [][]string {
	tb.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		tb.Skip("pdftotext not installed")
	}
	path := filepath.Join(tb.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		tb.Fatal(err)
	}
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		tb.Fatalf("pdftotext: %v", err)
	}
	var pages [][]string
	for _, p := range strings.Split(string(out), "\f") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		pages = append(pages, lines)
	}
	if len(pages) > 0 && len(pages[len(pages)-1]) == 0 {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// norm collapses whitespace (no-break spaces too) as pdfText does.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// dump keeps the text of a failing report for a look.
func dump(t *testing.T, name string, pages []string) {
	if t.Failed() {
		path := filepath.Join(os.TempDir(), "baulu-"+name+".txt")
		os.WriteFile(path, []byte(strings.Join(pages, "\n\f\n")), 0o644)
		t.Logf("report text kept in %s", path)
	}
}

func optsName(o Options) string {
	if o.Kind == Quarterly {
		return fmt.Sprintf("quarterly-%d-%s", o.Quarter, o.Lang)
	}
	return "regional-" + o.Lang
}
