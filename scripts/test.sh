#!/bin/sh
# The test command of README.md (CI runs it too): installs missing system
# packages, then go vet and the whole test suite with the race detector.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
go vet ./...
go test -race -count=1 ./...
