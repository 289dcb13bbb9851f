#!/bin/sh
# The test command of README.md (CI runs it too): installs missing system
# packages, then go vet, the crash-point harness and the whole test suite
# with the race detector.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
go vet ./...
# The crash-point harness kills and fails its child processes at every named
# point (README, Reliability); it skips itself under -race, where each child
# start costs seconds, so it runs here without it.
go test -count=1 -run '^TestCrashPoints$' ./cmd/baulu
go test -race -count=1 ./...
