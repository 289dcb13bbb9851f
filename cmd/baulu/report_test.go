package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportExportHandout runs the three commands on demo data.
func TestReportExportHandout(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	if code, out := capture(t, "demo", "--db", db, "--region", "ULY"); code != 0 {
		t.Fatalf("demo: %d %s", code, out)
	}
	cases := []struct {
		args []string
		file string
		head string
	}{
		{[]string{"report", "--kind", "regional", "--lang", "kk"}, "r.pdf", "%PDF-"},
		{[]string{"report", "--kind", "quarterly", "--quarter", "2", "--lang", "ru"}, "q.pdf", "%PDF-"},
		{[]string{"report", "--kind", "national", "--lang", "ru"}, "n.pdf", "%PDF-"},
		{[]string{"report", "--kind", "regional", "--lang", "ru", "--format", "docx"}, "r.docx", "PK"},
		{[]string{"report", "--kind", "national", "--lang", "kk", "--format", "docx"}, "n.docx", "PK"},
		{[]string{"export", "--lang", "ru"}, "x.xlsx", "PK"},
		{[]string{"handout", "--group", "1", "--direction", "garden", "--lang", "kk", "--quarter", "2"}, "h.pdf", "%PDF-"},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.file)
		args := append(append([]string{}, c.args...), "--db", db, "--out", path)
		code, out := capture(t, args...)
		if code != 0 || strings.TrimSpace(out) != path {
			t.Errorf("%v: status %d, output %q", c.args, code, out)
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(b, []byte(c.head)) {
			t.Errorf("%v: %v", c.args, err)
		}
		// A document to pass on: the umask's mode (0644 here), set at
		// creation, not forced by a chmod.
		if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
			t.Errorf("%v: mode %v", c.args, st.Mode().Perm())
		}
		if tmp, _ := filepath.Glob(filepath.Join(dir, "*baulu-*.tmp")); len(tmp) > 0 {
			t.Errorf("%v left %v", c.args, tmp)
		}
	}
	// Bad options fail without leaving a file.
	for _, args := range [][]string{
		{"report", "--kind", "quarterly", "--quarter", "7"},
		{"report", "--kind", "yearly"},
		{"report", "--lang", "en"},
		{"report", "--kind", "national", "--lang", "en"},
		{"handout", "--group", "1"},
		{"handout", "--group", "1", "--direction", "nope"},
	} {
		path := filepath.Join(dir, "bad.pdf")
		if code, _ := capture(t, append(args, "--db", db, "--out", path)...); code == 0 {
			t.Errorf("%v succeeded", args)
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("%v left a file", args)
		}
	}
}

// An unknown report format is refused with one sentence and writes nothing.
func TestReportUnknownFormat(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	if code, out := capture(t, "demo", "--db", db, "--region", "ULY"); code != 0 {
		t.Fatalf("demo: %d %s", code, out)
	}
	out := filepath.Join(dir, "r.odt")
	code, _, text := captureAll(t, "report", "--db", db, "--format", "odt", "--lang", "ru", "--out", out)
	if code == 0 || !strings.Contains(text, "«odt»") {
		t.Errorf("status %d, output %q", code, text)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a file was written")
	}
}
