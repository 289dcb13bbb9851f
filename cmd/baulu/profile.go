package main

// Start-up profiling for scripts/startup.sh and whoever chases the
// time-to-window target again (README, Performance):
//   BAULU_CPUPROF=FILE  CPU profile from main's initialisation to the first
//                       frame (and FILE.heap, the heap then); read it with
//                       go tool pprof baulu FILE
//   BAULU_PHASES=1      milliseconds since initialisation at each step of
//                       the start, on stderr
// Both need BAULU_STARTUP_MARKER=1, which reports the first frame.
import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"
)

// profStop ends the CPU profile; nil when none runs.
var profStop func()

func init() {
	p := os.Getenv("BAULU_CPUPROF")
	if p == "" {
		return
	}
	f, err := os.Create(p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "baulu: cpu profile:", err)
		return
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "baulu: cpu profile:", err)
		f.Close()
		return
	}
	profStop = func() {
		pprof.StopCPUProfile()
		f.Close()
		if h, err := os.Create(p + ".heap"); err == nil {
			_ = pprof.WriteHeapProfile(h)
			h.Close()
		}
	}
}

// cpuNow is the process's CPU time so far where the system tells it.
var cpuNow = func() string { return "" }

// phase prints how long the start has taken up to the step name.
func phase(name string) {
	if os.Getenv("BAULU_PHASES") != "" {
		fmt.Fprintf(os.Stderr, "phase %-12s %4d ms %s\n", name, time.Since(initTime).Milliseconds(), cpuNow())
	}
}
