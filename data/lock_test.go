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
	release, err := data.Lock(db, data.HolderWindow)
	if err != nil {
		t.Fatal(err)
	}
	_, err = data.Lock(db, data.HolderWindow)
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
	release2, err := data.Lock(db, data.HolderWindow)
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
	release, err := data.Lock(db, data.HolderWindow)
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

	_, err := data.Lock(db, data.HolderWindow)
	var le *data.LockError
	if !errors.As(err, &le) || le.PID != cmd.Process.Pid {
		t.Fatalf("while the child holds it: %v, want ErrLocked naming process %d", err, cmd.Process.Pid)
	}

	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	cmd.Wait()
	release, err := data.Lock(db, data.HolderWindow)
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
		if _, err := data.Lock(os.Getenv("BAULU_HELPER_DB"), data.HolderWindow); err != nil {
			t.Fatal(err)
		}
		os.Stdout.WriteString("locked\n")
		time.Sleep(time.Minute)
	case "import":
		crashImportChild(t)
	}
	os.Exit(0)
}

// Item 11 of issue 13: the lock belongs to the file, not to the name — the
// same database through a symbolic link to it, through a linked folder or
// through a hard link is refused while it is locked.
func TestLockByFileIdentity(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "baulu.db")
	s, err := data.Open(ctx, db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	other := t.TempDir()
	names := map[string]string{}
	if err := os.Symlink(db, filepath.Join(other, "link.db")); err == nil {
		names["symbolic link to the file"] = filepath.Join(other, "link.db")
	}
	if err := os.Symlink(dir, filepath.Join(other, "folder")); err == nil {
		names["linked folder"] = filepath.Join(other, "folder", "baulu.db")
	}
	if err := os.Link(db, filepath.Join(dir, "hard.db")); err == nil {
		names["hard link"] = filepath.Join(dir, "hard.db")
	}
	if len(names) == 0 {
		t.Skip("no links on this file system")
	}
	release, err := data.Lock(db, data.HolderWindow)
	if err != nil {
		t.Fatal(err)
	}
	for what, p := range names {
		if r, err := data.Lock(p, data.HolderCommand("import")); !errors.Is(err, data.ErrLocked) {
			if r != nil {
				r()
			}
			t.Errorf("%s: %v, want ErrLocked", what, err)
		}
	}
	release()
	for what, p := range names {
		r, err := data.Lock(p, data.HolderWindow)
		if err != nil {
			t.Errorf("%s after release: %v", what, err)
			continue
		}
		r()
	}
}

// Item 6: a lock file that is a symbolic link is neither followed nor
// truncated; the error says so.
func TestLockFileThatIsASymlinkIsRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "baulu.db")
	victim := filepath.Join(dir, "thesis.docx")
	os.WriteFile(victim, []byte("two years of work"), 0o644)
	if err := os.Symlink(victim, data.LockPath(db)); err != nil {
		t.Skip("no symbolic links:", err)
	}
	_, err := data.Lock(db, data.HolderWindow)
	if !errors.Is(err, data.ErrLockSymlink) {
		t.Fatalf("lock through a symlinked lock file: %v", err)
	}
	if b, _ := os.ReadFile(victim); string(b) != "two years of work" {
		t.Fatalf("the link's target was changed: %q", b)
	}
	if msg := data.ExplainReliability(err, "ru"); !strings.Contains(msg, "символическая ссылка") || !strings.Contains(msg, data.LockPath(db)) {
		t.Errorf("message %q", msg)
	}
}

// The message tells a window from a CLI command.
func TestLockSaysWhoHoldsIt(t *testing.T) {
	db := filepath.Join(t.TempDir(), "baulu.db")
	release, err := data.Lock(db, data.HolderCommand("restore"))
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	_, err = data.Lock(db, data.HolderWindow)
	var le *data.LockError
	if !errors.As(err, &le) || le.Holder != "command restore" {
		t.Fatalf("%v", err)
	}
	if msg := data.ExplainReliability(err, "kk"); !strings.Contains(msg, "«baulu restore» командасы") || strings.Contains(msg, "терезесінде") {
		t.Errorf("message %q", msg)
	}
	if fi, err := os.Stat(data.LockPath(db)); err == nil && runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("lock file mode %v", fi.Mode().Perm())
	}
}
