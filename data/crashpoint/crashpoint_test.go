package crashpoint

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An unarmed point never fails: what every Baulu outside the tests runs.
func TestUnarmedHitIsNil(t *testing.T) {
	t.Setenv(CrashEnv, "x")
	t.Setenv(FaultEnv, "x=EIO")
	if !armed.Load() {
		if err := Hit("x"); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHelperArmed is not a test: as a child process it arms the points and
// hits "a" three times and "b" once, printing each step.
func TestHelperArmed(t *testing.T) {
	if os.Getenv("CRASHPOINT_HELPER") == "" {
		t.Skip("helper process only")
	}
	if err := Arm(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a", "a", "b", "a"} {
		err := Hit(name)
		os.Stdout.WriteString(name)
		if err != nil {
			os.Stdout.WriteString("!" + err.Error())
		}
		os.Stdout.WriteString("\n")
	}
}

func helper(t *testing.T, env ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperArmed$")
	cmd.Env = append(os.Environ(), append(env, "CRASHPOINT_HELPER=1")...)
	out, err := cmd.Output()
	return string(out), err
}

func TestCrashKillsAtTheNthHit(t *testing.T) {
	out, err := helper(t, CrashEnv+"=a:2")
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Success() {
		t.Fatalf("the process was not killed: %v", err)
	}
	if out != "a\n" {
		t.Fatalf("ran %q before the kill, want one hit of a", out)
	}
}

func TestFaultFailsTheNthHit(t *testing.T) {
	trace := filepath.Join(t.TempDir(), "trace")
	out, err := helper(t, FaultEnv+"=a:3=ENOSPC", TraceEnv+"="+trace)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "a\na\nb\na!") || !strings.Contains(out, syscall.ENOSPC.Error()) {
		t.Fatalf("output %q", out)
	}
	b, _ := os.ReadFile(trace)
	if string(b) != "a\na\nb\na\n" {
		t.Fatalf("trace %q", b)
	}
}

func TestBadSpecsAreRefused(t *testing.T) {
	for _, spec := range []string{FaultEnv + "=a", FaultEnv + "=a=EFOO", CrashEnv + "=a:0"} {
		if _, err := helper(t, spec); err == nil {
			t.Errorf("%s was accepted", spec)
		}
	}
}
