package main

import (
	"errors"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// withLog starts the GUI's log for a database in a fresh folder, with
// stderr silenced, and gives back the log file's path. The standard log is
// restored afterwards.
func withLog(t *testing.T) (*appLog, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "Baulu") // not there yet: startLog makes it
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stderr
	os.Stderr = null
	l := startLog(filepath.Join(dir, "baulu.db"))
	os.Stderr = old
	t.Cleanup(func() {
		log.SetOutput(os.Stderr)
		null.Close()
	})
	return l, filepath.Join(dir, logName)
}

func readLog(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestLogRecordsStartStopAndErrors(t *testing.T) {
	tests := []struct {
		name      string
		logged    string // a line Fyne logs while the window runs
		recovered any
		err       error
		wantErr   error
		want      []string
		not       []string
	}{
		{name: "clean stop", want: []string{"status 0 after"}, not: []string{"error:", "OpenGL"}},
		{name: "an error", err: errors.New("open x.db: database is locked"), wantErr: errors.New("open x.db: database is locked"),
			want: []string{"error: open x.db: database is locked", "status 1 after"}},
		{name: "exit code", err: exitCode(3), wantErr: exitCode(3), want: []string{"status 3 after"}, not: []string{"error:"}},
		{name: "GL panic", recovered: errors.New("FormatUnavailable: GLX: Failed to find a suitable GLXFBConfig"), wantErr: exitCode(exitNoOpenGL),
			want: []string{"OpenGL 2.1", "cause: FormatUnavailable: GLX", "status 4 after"}},
		{name: "unrelated Fyne error", logged: "Fyne error:  Unable to connect to session D-Bus", want: []string{"D-Bus", "status 0 after"}, not: []string{"OpenGL 2.1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, path := withLog(t)
			if tc.logged != "" {
				log.Println(tc.logged)
			}
			err := l.stop(tc.recovered, tc.err)
			if (err == nil) != (tc.wantErr == nil) || (err != nil && err.Error() != tc.wantErr.Error()) {
				t.Errorf("stop returned %v, want %v", err, tc.wantErr)
			}
			got := readLog(t, path)
			if !strings.Contains(got, "baulu "+versionString()+" start: ") || !strings.Contains(got, "baulu.db") {
				t.Errorf("no start line with version and database:\n%s", got)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("log lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("log has %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestAnotherPanicIsLoggedAndRaisedAgain(t *testing.T) {
	l, path := withLog(t)
	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Errorf("recovered %v, want the original panic", r)
			}
		}()
		l.stop("boom", nil)
	}()
	got := readLog(t, path)
	for _, w := range []string{"panic: boom", "goroutine ", "status 1 after"} {
		if !strings.Contains(got, w) {
			t.Errorf("log lacks %q:\n%s", w, got)
		}
	}
}

func TestGLFailureIsSeenInTheLog(t *testing.T) {
	tests := []struct {
		lines []string
		want  bool
	}{
		{[]string{"Fyne error:  window creation error", "  Cause: APIUnavailable: WGL: The driver does not appear to support OpenGL"}, true},
		{[]string{"Fyne error:  failed to initialise OpenGL"}, true},
		{[]string{"PlatformError: GLX: Failed to create context"}, true},
		{[]string{"Fyne error:  Error reading scale", "Fyne error:  Failed to set dark mode"}, false},
	}
	for _, tc := range tests {
		l, path := withLog(t)
		for _, line := range tc.lines {
			log.Println(line)
		}
		if got := l.glFailed(""); got != tc.want {
			t.Errorf("%q: glFailed %v, want %v", tc.lines, got, tc.want)
		}
		l.close(0)
		_, cause, _ := strings.Cut(readLog(t, path), "(cause: ")
		if tc.want && !strings.Contains(cause, strings.TrimSpace(tc.lines[len(tc.lines)-1])+")") {
			t.Errorf("%q: the cause is not logged:\n%s", tc.lines, readLog(t, path))
		}
	}
}

func TestGLFixTextNamesTheFix(t *testing.T) {
	for goos, want := range map[string][]string{
		"windows": {"opengl32.dll", "libgallium_wgl.dll", "libglapi.dll", "baulu.exe", "mesa-dist-win", "OpenGL 2.1"},
		"linux":   {"libgl1-mesa-dri", "LIBGL_ALWAYS_SOFTWARE=1", "OpenGL 2.1"},
	} {
		text := glFixText(goos)
		if lines := strings.Split(text, "\n"); len(lines) != 3 {
			t.Errorf("%s: %d lines, want kk, ru, en", goos, len(lines))
		}
		for _, w := range want {
			if strings.Count(text, w) != 3 {
				t.Errorf("%s: %q is not in all three languages", goos, w)
			}
		}
	}
}
