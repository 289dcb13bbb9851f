package fonts

import (
	"testing"

	"golang.org/x/image/font/sfnt"
)

// TestCoverage proves that every embedded face has a glyph for every Kazakh
// and Russian letter: gofpdf and gonum/plot both draw a missing glyph silently
// as an empty box or nothing, so a gap would only show on paper.
func TestCoverage(t *testing.T) {
	faces := []struct {
		name string
		ttf  []byte
	}{
		{"SerifRegular", SerifRegular()},
		{"SerifBold", SerifBold()},
		{"SerifItalic", SerifItalic()},
		{"SerifBoldItalic", SerifBoldItalic()},
		{"SansRegular", SansRegular()},
		{"SansBold", SansBold()},
	}
	// Digits, punctuation and signs the reports print besides letters.
	const extra = "0123456789 .,:;!?%№«»–—-()/•…"
	for _, face := range faces {
		t.Run(face.name, func(t *testing.T) {
			f, err := sfnt.Parse(face.ttf)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			var buf sfnt.Buffer
			for _, r := range KazakhLetters + RussianLetters + extra {
				idx, err := f.GlyphIndex(&buf, r)
				if err != nil {
					t.Fatalf("glyph index of %q: %v", r, err)
				}
				if idx == 0 {
					t.Errorf("%s has no glyph for %q (U+%04X)", face.name, r, r)
				}
			}
		})
	}
}

// TestLetterLists guards the exported alphabets against a typo that would
// weaken every coverage test built on them.
func TestLetterLists(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want int
	}{
		{"KazakhLetters", KazakhLetters, 18},
		{"RussianLetters", RussianLetters, 66},
	}
	for _, tt := range tests {
		seen := map[rune]bool{}
		for _, r := range tt.s {
			if seen[r] {
				t.Errorf("%s repeats %q", tt.name, r)
			}
			seen[r] = true
		}
		if len(seen) != tt.want {
			t.Errorf("%s has %d letters, want %d", tt.name, len(seen), tt.want)
		}
	}
}

// TestSerifIsTimesMetric checks the claim the package makes: Liberation Serif
// advances match Times New Roman's (2048 units per em; e.g. "a" is 909 units,
// "W" 1933, "М" 1821 in TNR).
func TestSerifIsTimesMetric(t *testing.T) {
	f, err := sfnt.Parse(SerifRegular())
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	if upem := f.UnitsPerEm(); upem != 2048 {
		t.Fatalf("units per em = %d, want 2048", upem)
	}
	tests := []struct {
		r    rune
		want int
	}{{'a', 909}, {'W', 1933}, {'М', 1821}, {' ', 512}}
	for _, tt := range tests {
		idx, err := f.GlyphIndex(&buf, tt.r)
		if err != nil || idx == 0 {
			t.Fatalf("no glyph for %q: %v", tt.r, err)
		}
		// ppem equal to units per em makes the advance come back in font units.
		adv, err := f.GlyphAdvance(&buf, idx, 2048, 0)
		if err != nil {
			t.Fatal(err)
		}
		if int(adv) != tt.want {
			t.Errorf("advance of %q = %d, want %d", tt.r, adv, tt.want)
		}
	}
}
