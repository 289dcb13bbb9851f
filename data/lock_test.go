package data_test

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"baulu/data"
)

func TestLockTwiceInOneProcess(t *testing.T) {
	db := filepath.Join(t.TempDir(), "baulu.db")
	release, err := data.Lock(db)
	if err != nil {
		t.Fatal(err)
	}
	_, err = data.Lock(db)
	var le *data.LockError
	if !errors.Is(err, data.ErrLocked) || !errors.As(err, &le) {
		t.Fatalf("second lock: %v, want ErrLocked", err)
	}
	if le.PID != os.Getpid() || le.Since.IsZero() {
		t.Errorf("lock error names process %d since %v, want %d", le.PID, le.Since, os.Getpid())
	}
	if !strings.Contains(err.Error(), "process "+strconv.Itoa(os.Getpid())) {
		t.Errorf("message %q does not name the process", err)
	}
	release()
	release2, err := data.Lock(db)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	release2()
}

func TestLockFileLeftByACrashDoesNotBlock(t *testing.T) {
	db := filepath.Join(t.TempDir(), "baulu.db")
	// A lock file with content but no OS lock: what a crash leaves.
	if err := os.WriteFile(data.LockPath(db), []byte("pid 999999\nsince 2026-01-01T00:00:00Z\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	release, err := data.Lock(db)
	if err != nil {
		t.Fatalf("stale lock file blocked: %v", err)
	}
	release()
}

// helper runs this test binary again as a child doing kind (see
// TestHelperProcess) and returns it with a reader of its stdout.
func helper(t *testing.T, kind string, env ...string) (*exec.Cmd, *bufio.Reader) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), append([]string{"BAULU_HELPER=" + kind}, env...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, bufio.NewReader(out)
}

// waitLine waits until the child prints want (or fails after a minute).
func waitLine(t *testing.T, r *bufio.Reader, want string) {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		for {
			line, err := r.ReadString('\n')
			if strings.TrimSpace(line) == want || err != nil {
				got <- strings.TrimSpace(line)
				return
			}
		}
	}()
	select {
	case line := <-got:
		if line != want {
			t.Fatalf("child ended without %q", want)
		}
	case <-time.After(time.Minute):
		t.Fatalf("child did not print %q within a minute", want)
	}
}

func TestLockHeldByAKilledProcessIsFree(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL: Unix only (TerminateProcess behaves the same for the lock)")
	}
	db := filepath.Join(t.TempDir(), "baulu.db")
	cmd, out := helper(t, "lock", "BAULU_HELPER_DB="+db)
	waitLine(t, out, "locked")

	_, err := data.Lock(db)
	var le *data.LockError
	if !errors.As(err, &le) || le.PID != cmd.Process.Pid {
		t.Fatalf("while the child holds it: %v, want ErrLocked naming process %d", err, cmd.Process.Pid)
	}

	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	cmd.Wait()
	release, err := data.Lock(db)
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	release()
}

// TestHelperProcess is not a test: it is the child of the tests above and
// of the crash test, doing what BAULU_HELPER says.
func TestHelperProcess(t *testing.T) {
	switch os.Getenv("BAULU_HELPER") {
	case "":
		t.Skip("only runs as a child of another test")
	case "lock":
		if _, err := data.Lock(os.Getenv("BAULU_HELPER_DB")); err != nil {
			t.Fatal(err)
		}
		os.Stdout.WriteString("locked\n")
		time.Sleep(time.Minute)
	case "import":
		crashImportChild(t)
	}
	os.Exit(0)
}
