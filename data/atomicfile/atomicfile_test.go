package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

var errWriter = errors.New("writer failed")

// leftovers lists the files of dir other than want.
func leftovers(t *testing.T, dir string, want ...string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		keep := false
		for _, w := range want {
			keep = keep || e.Name() == w
		}
		if !keep {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestWriteFile(t *testing.T) {
	cases := []struct {
		name     string
		existing string // "" = no file before
		write    func(w io.Writer) error
		wantErr  bool
		want     string // content afterwards; "" with no existing = no file
	}{
		{"new file", "", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, false, "new"},
		{"replace", "old", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, false, "new"},
		{"empty content replaces", "old", func(w io.Writer) error { return nil }, false, ""},
		{"failing writer, no file", "", func(w io.Writer) error { return errWriter }, true, ""},
		{"failing writer keeps old", "old", func(w io.Writer) error { return errWriter }, true, "old"},
		{"half written then failing keeps old", "old", func(w io.Writer) error {
			io.WriteString(w, strings.Repeat("x", 1<<20))
			return errWriter
		}, true, "old"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "report.pdf")
			if tc.existing != "" {
				if err := os.WriteFile(path, []byte(tc.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := WriteFile(path, tc.write)
			if tc.wantErr != (err != nil) {
				t.Fatalf("err = %v, want error: %v", err, tc.wantErr)
			}
			if tc.wantErr && !errors.Is(err, errWriter) {
				t.Errorf("err = %v, want the writer's error", err)
			}
			got, rerr := os.ReadFile(path)
			switch {
			case tc.existing == "" && tc.wantErr:
				if !errors.Is(rerr, os.ErrNotExist) {
					t.Errorf("file exists after a failed first write (%v)", rerr)
				}
			case rerr != nil:
				t.Fatal(rerr)
			case string(got) != tc.want:
				t.Errorf("content %q, want %q", got, tc.want)
			}
			if extra := leftovers(t, dir, "report.pdf"); len(extra) > 0 {
				t.Errorf("left behind: %v", extra)
			}
		})
	}
}

func TestWriteFileMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "x.pdf")
	if err := WriteFile(path, func(io.Writer) error { return nil }); err == nil {
		t.Fatal("wrote into a missing folder")
	}
}

// Issue 13 item 12 and issue 21: the written file is 0600 and its
// temporary file never had a name starting with a dot (Wine and Samba make
// those Hidden, and Hidden survived the rename). The name is checked by
// the pattern the writer uses, the attribute on Windows in
// hidden_windows_test.go.
func TestWriteFileIsPrivateAndNotDotted(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.xlsx")
	var tmpName string
	err := WriteFile(path, func(w io.Writer) error {
		tmpName = filepath.Base(w.(*os.File).Name())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(tmpName, ".") || !strings.HasPrefix(tmpName, TempPrefix) || !IsTemp(tmpName) {
		t.Errorf("temporary file %q", tmpName)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
}

// WriteShared makes a document with the umask's mode, never by a chmod.
func TestWriteSharedTakesTheUmasksMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix modes")
	}
	dir := t.TempDir()
	want := filepath.Join(dir, "want")
	os.WriteFile(want, nil, 0o666) // what the umask makes of 0666
	path := filepath.Join(dir, "report.pdf")
	if err := WriteShared(path, func(io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	fw, _ := os.Stat(want)
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != fw.Mode().Perm() {
		t.Errorf("mode %v, want %v", fi.Mode().Perm(), fw.Mode().Perm())
	}
}

// Leftovers of a crash in the target folder are swept at the next write:
// only Baulu's temporary files, only old ones.
func TestWriteFileSweepsOldLeftovers(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * StaleAfter)
	for _, n := range []string{"baulu-123.tmp", ".baulu-456.tmp", "baulu-backup-9.tmp-journal", "baulu-young-1.tmp", "notes.tmp", "baulu-2026.pdf"} {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte("x"), 0o600)
		if n != "baulu-young-1.tmp" {
			os.Chtimes(p, old, old)
		}
	}
	if err := WriteFile(filepath.Join(dir, "r.pdf"), func(io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	got := leftovers(t, dir, "r.pdf")
	if strings.Join(got, " ") != "baulu-2026.pdf baulu-young-1.tmp notes.tmp" {
		t.Errorf("left %v", got)
	}
}

// The Windows fallback: the first rename over an existing file fails, the old
// file is moved away, the new one takes its place, the old one is removed.
func TestReplaceFallsBackWhenRenameOverExistingFails(t *testing.T) {
	cases := []struct {
		name      string
		failCalls map[int]bool // which calls of osRename fail (1-based)
		wantErr   bool
		want      string
	}{
		{"first rename fails", map[int]bool{1: true}, false, "new"},
		{"moving the old file fails too", map[int]bool{1: true, 2: true}, true, "old"},
		{"second try fails, old restored", map[int]bool{1: true, 3: true}, true, "old"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			osRename = func(a, b string) error {
				calls++
				if tc.failCalls[calls] {
					return &os.LinkError{Op: "rename", Old: a, New: b, Err: os.ErrPermission}
				}
				return os.Rename(a, b)
			}
			t.Cleanup(func() { osRename = os.Rename })
			dir := t.TempDir()
			path := filepath.Join(dir, "pkg.baulu")
			os.WriteFile(path, []byte("old"), 0o644)
			err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err })
			if tc.wantErr != (err != nil) {
				t.Fatalf("err = %v, want error: %v", err, tc.wantErr)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tc.want {
				t.Errorf("content %q, want %q", got, tc.want)
			}
			if extra := leftovers(t, dir, "pkg.baulu"); len(extra) > 0 {
				t.Errorf("left behind: %v", extra)
			}
		})
	}
}
