# Convenience targets; README's two commands do not need make.
.PHONY: run test vet build screenshots windows linux startup bench scale clean

run:
	sh scripts/run.sh

test:
	sh scripts/test.sh

vet:
	go vet ./...

build:
	go build -trimpath -o baulu ./cmd/baulu

screenshots: build
	./baulu screenshots --db /tmp/baulu-screens.db --out screens --lang kk,ru,en

# Release builds into dist/: stripped (-s -w), reproducible (-trimpath, an
# empty build id, module versions pinned by go.mod/go.sum, no timestamps in
# the resources), version and commit stamped into main.
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
BUILD   := $(shell sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
COMMIT  := $(shell git describe --always --dirty --abbrev=12 2>/dev/null)
LDFLAGS := -s -w -buildid= -X main.version=$(VERSION) -X main.commit=$(COMMIT)
# no_emoji leaves Fyne's 4.2 MB colour-emoji font out: Baulu's texts have
# no emoji, and Fyne would parse the font once per text style at start
# (see README, Performance).
TAGS    := no_emoji
SYSO    := cmd/baulu/rsrc_windows_amd64.syso
MINGW   := x86_64-w64-mingw32-gcc

# baulu.exe: a cgo cross-build with mingw-w64, a GUI program (no console),
# icon, version information and manifest linked in from a generated .syso.
windows:
	@command -v $(MINGW) >/dev/null || { echo "$(MINGW) is missing: sh scripts/deps.sh gcc-mingw-w64-x86-64" >&2; exit 1; }
	go run ./scripts/winres -icon ui/icon.png -version $(VERSION) -build $(BUILD) -out $(SYSO)
	CC=$(MINGW) CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
		go build -trimpath -tags $(TAGS) -ldflags "$(LDFLAGS) -H=windowsgui" -o dist/baulu.exe ./cmd/baulu
	go run ./scripts/winres -check dist/baulu.exe
	@ls -l dist/baulu.exe

linux:
	CGO_ENABLED=1 go build -trimpath -tags $(TAGS) -ldflags "$(LDFLAGS)" -o dist/baulu ./cmd/baulu
	@ls -l dist/baulu

# Time-to-window, idle peak RSS and idle CPU against a minimal Fyne window.
startup: linux
	sh scripts/startup.sh

# Every Go benchmark, three counts, with the median and the targets per
# benchmark: go test -run '^$$' -bench . -benchmem -benchtime 1s -count 3 ./...
# (COUNT, BENCHTIME, BENCH and OUT override; see scripts/bench.sh).
# Then the scale table: time and peak memory of the heavy steps at 1× and
# 10× the pilot, with the growth exponent (SCALES overrides; see
# scripts/scale.sh). `make scale` runs the table alone.
bench:
	sh scripts/bench.sh
	sh scripts/scale.sh

scale:
	sh scripts/scale.sh

clean:
	rm -rf dist $(SYSO)
