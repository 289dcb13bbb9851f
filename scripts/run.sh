#!/bin/sh
# Runs Baulu's window, installing missing system packages first.
# Arguments go to baulu, e.g. sh scripts/run.sh --db /tmp/demo.db
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
exec go run ./cmd/baulu "$@"
