#!/bin/sh
# Writes reports/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf: DejaVu Sans
# (from the Go module codeberg.org/go-fonts/dejavu, pinned below) cut down to
# the scripts Baulu shows — Latin with Latin-1 and Extended-A (Kazakh in Latin
# letters included), Greek (χ², φ*), Cyrillic with its supplement (every
# Kazakh letter), punctuation, currency (₸), letterlike (№), arrows, maths,
# box drawing, geometric shapes, symbols and dingbats. The full faces are
# 757 and 706 kB with 6,000 glyphs each; the cut ones a third of that, which
# Fyne parses three times faster at start and which keeps the Windows exe
# smaller. Hinting is dropped (Fyne and gonum/plot do not use it). A glyph
# outside these ranges falls back to Fyne's own face. The licence allows
# modified copies under a name without "Bitstream" or "Vera"; DejaVu's own
# changes are public domain (reports/fonts/LICENSE-DejaVu).
# Needs: python3-fonttools (apt). Run after changing the ranges; commit the
# two files. ui/theme_test.go checks that every UI text is covered.
set -eu
cd "$(dirname "$0")/.."
version=v0.4.0
dir=$(go mod download -json "codeberg.org/go-fonts/dejavu@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')
[ -d "$dir" ] || { echo "codeberg.org/go-fonts/dejavu@$version not found" >&2; exit 1; }
python3 -c 'import fontTools' 2>/dev/null || { echo "fontTools is missing: sh scripts/deps.sh python3-fonttools" >&2; exit 1; }
ranges="U+0020-007E,U+00A0-017F,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+2460-24FF,U+2500-257F,U+25A0-25FF,U+2600-26FF,U+2700-27BF,U+FFFD"
for face in dejavusans/DejaVuSans dejavusansbold/DejaVuSans-Bold; do
	out="reports/fonts/$(basename "$face").ttf"
	python3 -m fontTools.subset "$dir/$face.ttf" --unicodes="$ranges" --layout-features='*' \
		--no-hinting --drop-tables+=FFTM --output-file="$out"
	ls -l "$out"
done
