package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNationalCommands: an Institute's analyst takes the national figures
// as JSON and Excel and makes the quarterly note, from a database of two
// demo regions (a centre's copy: no package, so no submissions); a note
// without its quarter is refused.
func TestNationalCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "nat.db")
	run := func(args ...string) string {
		t.Helper()
		code, out, errs := captureAll(t, append(args, "--db", db)...)
		if code != 0 {
			t.Fatalf("baulu %s: status %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
		return out
	}
	run("demo", "--region", "ULY")
	run("demo", "--region", "AST")
	var figs struct {
		RegionsTotal int `json:"regions_total"`
		Regions      []struct {
			Code       string `json:"code"`
			Comparison struct {
				NoData bool `json:"no_data"`
			} `json:"comparison"`
		} `json:"regions"`
		Missing     []string          `json:"missing"`
		Submissions []json.RawMessage `json:"submissions"`
		Pooled      struct {
			DiD *float64 `json:"did"`
		} `json:"pooled"`
	}
	if err := json.Unmarshal([]byte(run("stats", "--national", "--json")), &figs); err != nil {
		t.Fatal(err)
	}
	if figs.RegionsTotal != 20 || len(figs.Regions) != 2 || figs.Regions[0].Comparison.NoData || len(figs.Missing) != 18 ||
		len(figs.Submissions) != 0 || figs.Pooled.DiD == nil {
		t.Fatalf("national JSON: %+v", figs)
	}
	xlsx := filepath.Join(dir, "nat.xlsx")
	run("export", "--national", "--out", xlsx, "--lang", "ru")
	note := filepath.Join(dir, "note.docx")
	run("report", "--kind", "national-quarterly", "--quarter", "2", "--format", "docx", "--out", note)
	for _, f := range []string{xlsx, note} {
		if st, err := os.Stat(f); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	if out := run("package", "received", "--region", "ast", "--file", "astana.pdf", "--lang", "en"); !strings.Contains(out, "AST") {
		t.Errorf("package received: %q", out)
	}
	if code, _, _ := captureAll(t, "package", "received", "--region", "AST", "--date", "01.01.2099", "--db", db); code == 0 {
		t.Error("a report received in 2099 was recorded")
	}
	if code, _, errs := captureAll(t, "report", "--kind", "national-quarterly", "--db", db, "--lang", "en"); code == 0 ||
		!strings.Contains(errs, "--quarter") {
		t.Errorf("a note without its quarter: status %d, %q", code, errs)
	}
}
