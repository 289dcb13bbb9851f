package main

import (
	"fmt"
	"runtime/debug"

	"baulu/ui"
)

// version and commit name the build. The Makefile sets them with
// -ldflags "-X main.version=… -X main.commit=…"; a plain go build keeps
// the version of ui.Version and no commit.
var (
	version = ui.Version
	commit  = ""
)

// versionString is "0.1.0" or "0.1.0 (abc123def456)": the commit set by the
// Makefile, else the one go build records from the checkout.
func versionString() string {
	c := commit
	if c == "" {
		c = buildCommit()
	}
	if c == "" {
		return version
	}
	return version + " (" + c + ")"
}

// buildCommit is the VCS revision go build stamped into the binary (12
// characters, "+dirty" when the checkout had changes), "" without one.
func buildCommit() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
}

// runVersion prints "baulu 0.1.0 (abc123def456)".
func runVersion(args []string) error {
	fmt.Println("baulu " + versionString())
	return nil
}
