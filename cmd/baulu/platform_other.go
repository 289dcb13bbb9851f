//go:build !windows

package main

import (
	"bufio"
	"os"
	"runtime"
	"strings"
)

// osVersion is the distribution's PRETTY_NAME on Linux, else the GOOS.
func osVersion() string {
	f, err := os.Open("/etc/os-release")
	if err != nil {
		return runtime.GOOS
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "PRETTY_NAME="); ok {
			return strings.Trim(v, `"`)
		}
	}
	return runtime.GOOS
}

// showFatal has nothing to add off Windows: the message is on stderr.
func showFatal(string) {}
