package applog

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lines writes n numbered lines of 10 bytes each ("line 0001\n").
func lines(t *testing.T, w io.Writer, from, n int) {
	t.Helper()
	for i := from; i < from+n; i++ {
		if _, err := fmt.Fprintf(w, "line %04d\n", i); err != nil {
			t.Fatal(err)
		}
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "<none>"
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRotation(t *testing.T) {
	tests := []struct {
		name       string
		max        int64
		keep, n    int
		cur, older []string // first line of the current file and of .1, .2, …
		gone       string   // a file that must not exist
	}{
		{"fits in one file", 100, 3, 10, []string{"line 0000"}, nil, "b.log.1"},
		{"one rotation", 100, 3, 11, []string{"line 0010"}, []string{"line 0000"}, "b.log.2"},
		{"keeps three files", 100, 3, 45, []string{"line 0040"}, []string{"line 0030", "line 0020"}, "b.log.3"},
		{"keep one truncates", 100, 1, 25, []string{"line 0020"}, nil, "b.log.1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "b.log")
			r, err := Open(path, tc.max, tc.keep)
			if err != nil {
				t.Fatal(err)
			}
			lines(t, r, 0, tc.n)
			if err := r.Close(); err != nil {
				t.Fatal(err)
			}
			for i, want := range append(tc.cur, tc.older...) {
				name := path
				if i > 0 {
					name = fmt.Sprintf("%s.%d", path, i)
				}
				got := read(t, name)
				if !strings.HasPrefix(got, want+"\n") {
					t.Errorf("%s starts %q, want %q", filepath.Base(name), firstLine(got), want)
				}
				if int64(len(got)) > tc.max {
					t.Errorf("%s has %d bytes, more than %d", filepath.Base(name), len(got), tc.max)
				}
			}
			if got := read(t, filepath.Join(filepath.Dir(path), tc.gone)); got != "<none>" {
				t.Errorf("%s exists", tc.gone)
			}
		})
	}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func TestReopenAppendsAndCountsExistingSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.log")
	r, _ := Open(path, 100, 3)
	lines(t, r, 0, 6)
	r.Close()
	r, err := Open(path, 100, 3)
	if err != nil {
		t.Fatal(err)
	}
	lines(t, r, 6, 5) // 60 + 50 bytes: the 11th line must rotate
	r.Close()
	if got := read(t, path); got != "line 0010\n" {
		t.Errorf("current file %q", got)
	}
	if got := read(t, path+".1"); !strings.HasPrefix(got, "line 0000\n") || len(got) != 100 {
		t.Errorf(".1 is %q", got)
	}
}

func TestOversizedWriteGoesWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.log")
	r, _ := Open(path, 10, 2)
	big := strings.Repeat("x", 25) + "\n"
	lines(t, r, 0, 1)
	io.WriteString(r, big)
	r.Close()
	if read(t, path) != big || read(t, path+".1") != "line 0000\n" {
		t.Errorf("got %q and %q", read(t, path), read(t, path+".1"))
	}
}

func TestClosedAndBadLimits(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "a.log"), 0, 3); err == nil {
		t.Error("zero size accepted")
	}
	if _, err := Open(filepath.Join(dir, "a.log"), 10, 0); err == nil {
		t.Error("keep 0 accepted")
	}
	if _, err := Open(filepath.Join(dir, "no", "such", "a.log"), 10, 1); err == nil {
		t.Error("missing folder accepted")
	}
	r, _ := Open(filepath.Join(dir, "a.log"), 10, 1)
	r.Close()
	if _, err := io.WriteString(r, "x"); !errors.Is(err, os.ErrClosed) {
		t.Errorf("write after close: %v", err)
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("no console") }

func TestTeeGoesOnPastAFailingWriter(t *testing.T) {
	var a, b bytes.Buffer
	n, err := Tee(failing{}, &a, &b).Write([]byte("hello\n"))
	if n != 6 || err != nil || a.String() != "hello\n" || b.String() != "hello\n" {
		t.Fatalf("n=%d err=%v a=%q b=%q", n, err, a.String(), b.String())
	}
}

func TestWatchKeepsMatchingLines(t *testing.T) {
	w := NewWatch("window creation error", "VersionUnavailable")
	l := log.New(w, "", 0)
	l.Println("Fyne error:  Unable to connect to session D-Bus")
	if len(w.Hits()) != 0 {
		t.Fatalf("hit on an unrelated line: %q", w.Hits())
	}
	l.Println("Fyne error:  window creation error")
	l.Println("  Cause: VersionUnavailable: GLX: Failed to create context: GLXBadFBConfig")
	l.Println("  At: window_desktop.go:760")
	want := []string{"Fyne error:  window creation error", "Cause: VersionUnavailable: GLX: Failed to create context: GLXBadFBConfig"}
	if got := w.Hits(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("hits %q", got)
	}
	for range 20 {
		l.Println("window creation error")
	}
	if n := len(w.Hits()); n != maxHits {
		t.Fatalf("kept %d lines, want %d", n, maxHits)
	}
	w.Reset()
	if len(w.Hits()) != 0 {
		t.Fatal("reset kept the hits")
	}
}
