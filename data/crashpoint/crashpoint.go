// Package crashpoint names the moments at which Baulu's writes can be cut
// short — a kill, a power cut, a full disk, a failing disk — so that tests
// can cut them exactly there, as SQLite tests itself. The code that writes
// calls Hit("restore.swap") at each such moment and passes on its error.
//
// Nothing is armed in Baulu itself: Hit is one atomic load and returns nil.
// Only a test binary can arm the points (Arm refuses anywhere else), from
// three environment variables, so a release ignores them whatever is set:
//
//	BAULU_CRASHPOINT=name[:n]        the process kills itself at the n-th hit of name (default 1)
//	BAULU_IOFAULT=name[:n]=ENOSPC    the n-th hit of name fails with ENOSPC (or EIO), as the disk would
//	BAULU_CRASHTRACE=file            every hit's name is appended to file, one a line
//
// The trace tells a harness which points an operation passes and how often;
// it then runs the operation once per point and occurrence with a kill, and
// once with each injected error (see data/crashtest).
package crashpoint

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
)

// Environment variables read by Arm.
const (
	CrashEnv = "BAULU_CRASHPOINT"
	FaultEnv = "BAULU_IOFAULT"
	TraceEnv = "BAULU_CRASHTRACE"
)

// CrashOnly follows the name of a Pass point in the trace.
const CrashOnly = "crash-only"

var (
	armed atomic.Bool
	mu    sync.Mutex
	plan  struct {
		crash, fault string
		crashN       int
		faultN       int
		faultErr     error
		trace        *os.File
		hits         map[string]int
	}
)

// Hit marks the named point. Unarmed (always, outside tests) it returns nil.
// Armed, it records the hit and kills the process or returns the injected
// error when this is the hit asked for.
func Hit(name string) error {
	if !armed.Load() {
		return nil
	}
	return hit(name, false)
}

func hit(name string, crashOnly bool) error {
	mu.Lock()
	defer mu.Unlock()
	plan.hits[name]++
	n := plan.hits[name]
	if plan.trace != nil {
		if crashOnly {
			fmt.Fprintln(plan.trace, name, CrashOnly)
		} else {
			fmt.Fprintln(plan.trace, name)
		}
		plan.trace.Sync()
	}
	if name == plan.crash && n == plan.crashN {
		kill()
	}
	if name == plan.fault && n == plan.faultN && !crashOnly {
		return fmt.Errorf("crashpoint %s: %w", name, plan.faultErr)
	}
	return nil
}

// Pass marks a point where only a kill makes sense (just after a commit or
// a rename: the work is done, nothing is left to fail). An injected error
// is not returned; the trace marks the point "crash-only".
func Pass(name string) {
	if !armed.Load() {
		return
	}
	hit(name, true)
}

// Arm reads the environment variables and arms the points they name
// (nothing when none is set). It panics outside a test binary: a release
// never honours them.
func Arm() error {
	if !testing.Testing() {
		panic("crashpoint: Arm outside a test binary")
	}
	if os.Getenv(CrashEnv)+os.Getenv(FaultEnv)+os.Getenv(TraceEnv) == "" {
		return nil
	}
	mu.Lock()
	defer mu.Unlock()
	plan.hits = map[string]int{}
	var err error
	if v := os.Getenv(CrashEnv); v != "" {
		if plan.crash, plan.crashN, err = nameCount(v); err != nil {
			return err
		}
	}
	if v := os.Getenv(FaultEnv); v != "" {
		spec, errName, ok := strings.Cut(v, "=")
		if !ok {
			return fmt.Errorf("crashpoint: %s=%q: want name[:n]=ENOSPC|EIO", FaultEnv, v)
		}
		if plan.fault, plan.faultN, err = nameCount(spec); err != nil {
			return err
		}
		switch errName {
		case "ENOSPC":
			plan.faultErr = syscall.ENOSPC
		case "EIO":
			plan.faultErr = syscall.EIO
		default:
			return fmt.Errorf("crashpoint: unknown error %q", errName)
		}
	}
	if v := os.Getenv(TraceEnv); v != "" {
		if plan.trace, err = os.OpenFile(v, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600); err != nil {
			return err
		}
	}
	armed.Store(true)
	return nil
}

func nameCount(v string) (string, int, error) {
	name, count, ok := strings.Cut(v, ":")
	if !ok {
		return name, 1, nil
	}
	n, err := strconv.Atoi(count)
	if err != nil || n < 1 {
		return "", 0, errors.New("crashpoint: " + v + ": the count must be a positive number")
	}
	return name, n, nil
}

// kill ends the process at once, with no deferred function, no flush and
// no cleanup: what a kill -9 or a power cut leaves (the kernel still writes
// what was handed to it, as after a kill).
func kill() {
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		p.Kill()
	}
	select {} // Kill is asynchronous on some systems
}
