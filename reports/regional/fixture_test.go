package regional

import (
	"bytes"
	"context"
	"fmt"
	"os"
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
