#!/bin/sh
# Installs what Baulu needs to build and test on Debian/Ubuntu, and only what
# is missing: a C compiler and the X11/OpenGL headers Fyne's window needs,
# plus poppler-utils (pdftotext/pdftoppm) for the report tests.
# Usage: sh scripts/deps.sh [extra packages…]
set -eu

pkgs="gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev poppler-utils $*"
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "Installing:$missing"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# Go: go.mod names the version; Debian's own golang package is too old.
need=$(sed -n 's/^go \([0-9.]*\).*/\1/p' "$(dirname "$0")/../go.mod")
if ! command -v go >/dev/null 2>&1; then
	echo "Go $need or newer is needed: install it from https://go.dev/dl/ (or your distribution's backports) and run this again." >&2
	exit 1
fi
have=$(go env GOVERSION | sed 's/^go//')
if [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -n1)" != "$need" ]; then
	echo "Go $have is older than the $need that go.mod needs: install a newer Go from https://go.dev/dl/." >&2
	exit 1
fi
