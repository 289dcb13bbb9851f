package pdfdoc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Align is a horizontal alignment. AlignDefault lets the block choose:
// justified for paragraphs, left for table cells.
type Align int

// Alignments.
const (
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
	AlignJustify
)

// gofpdf returns gofpdf's alignment letter.
func (a Align) gofpdf() string {
	switch a {
	case AlignCenter:
		return "C"
	case AlignRight:
		return "R"
	case AlignJustify:
		return "J"
	default:
		return "L"
	}
}

// or returns a, or def when a is AlignDefault.
func (a Align) or(def Align) Align {
	if a == AlignDefault {
		return def
	}
	return a
}

// line is one wrapped line. last marks the end of a paragraph or of an
// explicit line break: such a line is never stretched when justifying.
type line struct {
	text string
	last bool
}

// wrap breaks text into lines no wider than first (the first line) and rest
// (the others), measured by width. It replaces gofpdf's SplitText, which is
// UTF-8 safe too, because an existing hyphen (бөбекжай-бақшасы) is a break
// point and explicit newlines give lines that justification leaves alone.
//
// It never hyphenates. No hyphenation patterns fit: the TeX patterns for
// Kazakh (hyph-utf8, 2025) allow a break between any two consonants and so
// give «стандар-ттық», «эксперимен-ттік», the very breaks an official
// sent back, and those for Russian are under the LPPL, outside the
// licences this program embeds. A justified line is looser instead, and a
// table cell too narrow for a word is set smaller (cellsize.go). Only a word
// wider than a whole line at the smallest size is cut between letters.
func wrap(width func(string) float64, text string, first, rest float64) []line {
	text = sanitize(text)
	var out []line
	limit := func() float64 {
		if len(out) == 0 {
			return first
		}
		return rest
	}
	space := width(" ")
	for _, hard := range strings.Split(text, "\n") {
		words := words(hard)
		if len(words) == 0 {
			out = append(out, line{last: true})
			continue
		}
		var cur strings.Builder
		curW := 0.0
		for _, word := range words {
			for j, piece := range splitAfterHyphens(word) {
				sep, sepW := "", 0.0
				if j == 0 && cur.Len() > 0 {
					sep, sepW = " ", space
				}
				pw := width(piece)
				if cur.Len() > 0 && curW+sepW+pw <= limit()+eps {
					cur.WriteString(sep)
					cur.WriteString(piece)
					curW += sepW + pw
					continue
				}
				if cur.Len() > 0 {
					out = append(out, line{text: cur.String()})
					cur.Reset()
					curW = 0
				}
				// A single letter wider than the column stays whole.
				for pw > limit()+eps && utf8.RuneCountInString(piece) > 1 {
					head, tail := cutWord(width, piece, limit())
					out = append(out, line{text: head})
					piece = tail
					pw = width(piece)
				}
				cur.WriteString(piece)
				curW = pw
			}
		}
		out = append(out, line{text: cur.String(), last: true})
	}
	return out
}

// splitAfterHyphens cuts a word after each inner hyphen, keeping the hyphen
// with the part before it: "бөбекжай-бақшасы" → "бөбекжай-", "бақшасы".
func splitAfterHyphens(word string) []string {
	var parts []string
	start := 0
	for i, r := range word {
		next := i + utf8.RuneLen(r)
		if r == '-' && i > start && next < len(word) {
			parts = append(parts, word[start:next])
			start = next
		}
	}
	return append(parts, word[start:])
}

// cutWord cuts the longest head of word that fits in limit, between any
// letters and without a hyphen (a hyphen would pass for a syllable break);
// at least one letter goes on the line, so that wrapping ends. word must
// have at least two letters.
func cutWord(width func(string) float64, word string, limit float64) (head, tail string) {
	runes := []rune(word)
	k := 1
	for k+1 < len(runes) && width(string(runes[:k+1])) <= limit+eps {
		k++
	}
	return string(runes[:k]), string(runes[k:])
}

// sanitize turns tabs into spaces, drops other control characters and
// replaces characters outside the Basic Multilingual Plane, which gofpdf's
// UTF-8 width tables cannot index.
func sanitize(s string) string {
	clean := true
	for _, r := range s {
		// Invalid UTF-8 reads as RuneError; gofpdf would panic on it.
		if r != '\n' && (unicode.IsControl(r) || r > 0xFFFF || r == utf8.RuneError) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r):
		case r > 0xFFFF, r == utf8.RuneError:
			b.WriteRune('?')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// NoBreakSpace joins a number to its unit ("65,6 %") or initials to a name:
// lines never break there.
const NoBreakSpace = '\u00A0'

// words splits text at spaces but not at no-break spaces, which
// strings.Fields would also take for a break.
func words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) && r != NoBreakSpace && r != '\u202F'
	})
}
