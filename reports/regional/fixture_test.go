package regional

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo/demotest"
)

// Names given to every demo child in the fixture: the reports must never
// print them (the demo itself gives children no names).
var childNames = [2]string{"Айгерім Тексерісқызы", "Маргарита Проверкина"}

// childCode matches a child code such as ULY-03-E1-007.
var childCode = regexp.MustCompile(`[A-Z]{3}-\d{2}-[EC]\d+-\d{3}`)

// demoStore is one region of demo data (Ұлытау) with named children,
// generated once for the package's tests and benchmarks; reports only
// read it.
func demoStore(tb testing.TB) *data.Store {
	return demotest.Store(tb, []string{"ULY"}, childNames)
}

func TestMain(m *testing.M) {
	code := m.Run()
	demotest.Close()
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
