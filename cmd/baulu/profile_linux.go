package main

import (
	"fmt"
	"syscall"
)

// On Linux the phases also print the CPU time the process has used (all
// threads), which tells waiting from working on the 2-core machine.
func init() {
	cpuNow = func() string {
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
			return ""
		}
		ms := int64(ru.Utime.Sec+ru.Stime.Sec)*1000 + int64(ru.Utime.Usec+ru.Stime.Usec)/1000
		return fmt.Sprintf("cpu %4d ms", ms)
	}
}
