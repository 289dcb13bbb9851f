package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"baulu/data/crashpoint"
)

// TestMain runs this test binary as baulu itself when the window tests or
// the crash harness ask for it (arguments after "--"): Fyne needs the main
// goroutine, which a test function does not have. The crash points named in
// the environment are armed (crash_test.go).
func TestMain(m *testing.M) {
	if os.Getenv("BAULU_HELPER_MAIN") == "1" {
		if err := crashpoint.Arm(); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(2)
		}
		for i, a := range os.Args {
			if a == "--" {
				os.Exit(run(os.Args[i+1:]))
			}
		}
		os.Exit(2)
	}
	code := m.Run()
	removeDemoFiles()
	os.Exit(code)
}

// xvfb starts an X server for the test and returns its DISPLAY.
func xvfb(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb is missing (sh scripts/deps.sh xvfb libgl1-mesa-dri)")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

// baulu starts this binary as `baulu args…` on display with extra
// environment; stdout and stderr go to the returned buffers.
func baulu(t *testing.T, display string, env []string, args ...string) (*exec.Cmd, *syncBuffer, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"--"}, args...)...)
	cmd.Env = append(os.Environ(), append([]string{"BAULU_HELPER_MAIN=1", "DISPLAY=" + display}, env...)...)
	var out, errb syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out, &errb
}

// wait waits for cmd at most d and returns its exit status (-1: killed).
func wait(t *testing.T, cmd *exec.Cmd, d time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(d):
		cmd.Process.Kill()
		<-done
		t.Fatalf("still running after %s (the hang Fyne falls into)", d)
		return -1
	}
}

func TestNoOpenGLGivesTheFixNotAHang(t *testing.T) {
	display := xvfb(t)
	dir := t.TempDir()
	// Mesa then offers OpenGL 1.4 only: GLFW's 2.1 context fails as on an
	// old Windows PC.
	cmd, _, stderr := baulu(t, display, []string{"MESA_GL_VERSION_OVERRIDE=1.4"}, "--db", filepath.Join(dir, "b.db"))
	if code := wait(t, cmd, 60*time.Second); code != exitNoOpenGL {
		t.Fatalf("status %d, want %d\n%s", code, exitNoOpenGL, stderr)
	}
	logText := readLog(t, filepath.Join(dir, logName))
	for _, text := range []string{stderr.String(), logText} {
		for _, w := range append(strings.Split(glFixText("linux"), "\n"), "cause: ", "GLXBadFBConfig") {
			if !strings.Contains(text, w) {
				t.Errorf("lacks %q:\n%s", w, text)
			}
		}
		if strings.Contains(text, "goroutine ") {
			t.Errorf("a Go trace:\n%s", text)
		}
	}
	if !strings.Contains(logText, "status 4") {
		t.Errorf("no stop line:\n%s", logText)
	}
}

func TestWindowOpensAndLogsStartAndStop(t *testing.T) {
	display := xvfb(t)
	dir := t.TempDir()
	cmd, stdout, stderr := baulu(t, display, []string{markerEnv + "=1"}, "--db", filepath.Join(dir, "b.db"))
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(stdout.String(), "window-shown ") {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no first frame in 60 s:\n%s", stderr)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Fyne quits on SIGTERM once Run's goroutine has called signal.Notify,
	// which the first frame does not wait for: give it a moment.
	time.Sleep(time.Second)
	cmd.Process.Signal(syscall.SIGTERM)
	if code := wait(t, cmd, 30*time.Second); code != 0 {
		t.Fatalf("status %d\n%s", code, stderr)
	}
	logText := readLog(t, filepath.Join(dir, logName))
	for _, w := range []string{"start: linux/", "status 0 after"} {
		if !strings.Contains(logText, w) {
			t.Errorf("log lacks %q:\n%s", w, logText)
		}
	}
}

// syncBuffer is a bytes.Buffer that a process and the test may share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
