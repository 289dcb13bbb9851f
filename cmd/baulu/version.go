package main

import "baulu/ui"

// version and commit name the build. The Makefile sets them with
// -ldflags "-X main.version=… -X main.commit=…"; a plain go build keeps
// the version of ui.Version and no commit.
var (
	version = ui.Version
	commit  = ""
)

// versionString is "0.1.0" or "0.1.0 (abc123def456)".
func versionString() string {
	if commit == "" {
		return version
	}
	return version + " (" + commit + ")"
}
