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
// UTF-8 safe too, for three reasons: a word that is wider than the line
// (Kazakh compounds in a narrow column) is cut with a hyphen at a syllable
// rather than at any letter; an existing hyphen (бөбекжай-бақшасы) is a
// break point; and explicit newlines give lines that justification leaves
// alone.
func wrap(width func(string) float64, text string, first, rest float64) []line {
	return wrapText(width, text, first, rest, false)
}

// wrapFill is wrap for justified text: when a line would be loose (its
// spaces stretched to more than twice their width) the next word is
// hyphenated at a syllable to fill it.
func wrapFill(width func(string) float64, text string, first, rest float64) []line {
	return wrapText(width, text, first, rest, true)
}

// looseSpace is the stretch added to each space, in spaces, above which
// wrapFill hyphenates: 1 means spaces would grow to twice their width.
const looseSpace = 1.0

// fillTail is the fewest letters a fill hyphenation carries over: a
// two-letter tail (-ды, -ке) reads badly in running text.
const fillTail = 3

func wrapText(width func(string) float64, text string, first, rest float64, fill bool) []line {
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
		curW, gaps := 0.0, 0
		add := func(sep, s string, w float64) {
			if sep != "" {
				gaps++
			}
			cur.WriteString(sep)
			cur.WriteString(s)
			curW += w
		}
		emit := func() {
			out = append(out, line{text: cur.String()})
			cur.Reset()
			curW, gaps = 0, 0
		}
		for wi, word := range words {
			pieces := splitAfterHyphens(word)
			for j, piece := range pieces {
				// The last word of a paragraph is never hyphenated to fill
				// a line: its end would stand alone on the last line.
				lastPiece := wi == len(words)-1 && j == len(pieces)-1
				sep, sepW := "", 0.0
				if j == 0 && cur.Len() > 0 {
					sep, sepW = " ", space
				}
				pw := width(piece)
				if cur.Len() > 0 && curW+sepW+pw <= limit()+eps {
					add(sep, piece, sepW+pw)
					continue
				}
				if cur.Len() > 0 {
					// The line as it stands would stretch each of its gaps
					// by slack/gaps; a line of one word cannot stretch.
					slack := limit() - curW
					loose := gaps == 0 || slack/float64(gaps) > looseSpace*space
					room := slack - sepW
					if fill && loose && !lastPiece {
						if head, tail, ok := fillBreak(width, piece, room); ok {
							add(sep, head, sepW+width(head))
							piece, pw = tail, width(tail)
						}
					}
					emit()
				}
				// A single letter wider than the column stays whole.
				for pw > limit()+eps && utf8.RuneCountInString(piece) > 1 {
					head, tail := breakWord(width, piece, limit())
					out = append(out, line{text: head})
					piece = tail
					pw = width(piece)
				}
				add("", piece, pw)
			}
		}
		out = append(out, line{text: cur.String(), last: true})
	}
	return out
}

// fillBreak returns the longest syllable head of word that fits in room
// with its hyphen, carrying at least fillTail letters to the next line.
func fillBreak(width func(string) float64, word string, room float64) (head, tail string, ok bool) {
	runes := []rune(word)
	breaks := syllableBreaks(runes)
	for i := len(breaks) - 1; i >= 0; i-- {
		k := breaks[i]
		if letterCount(runes[k:]) < fillTail {
			continue
		}
		if h := string(runes[:k]) + "-"; width(h) <= room+eps {
			return h, string(runes[k:]), true
		}
	}
	return "", "", false
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

// breakWord cuts the longest head of word that fits in limit with a hyphen
// added, preferring a syllable boundary; failing that it cuts between any
// letters, leaving at least minTail on the next line when it can. At least
// one letter goes on the line and one is carried, so that wrapping ends;
// word must have at least two letters.
func breakWord(width func(string) float64, word string, limit float64) (head, tail string) {
	runes := []rune(word)
	fits := func(k int) bool { return width(string(runes[:k])+"-") <= limit+eps }
	breaks := syllableBreaks(runes)
	for i := len(breaks) - 1; i >= 0; i-- {
		if k := breaks[i]; fits(k) {
			return string(runes[:k]) + "-", string(runes[k:])
		}
	}
	k := 0
	for k+1 < len(runes) && fits(k+1) {
		k++
	}
	if k > 1 && len(runes)-k < minTail {
		k = max(1, len(runes)-minTail)
	}
	if k == 0 {
		if fits(1) {
			return string(runes[:1]) + "-", string(runes[1:])
		}
		return string(runes[:1]), string(runes[1:])
	}
	return string(runes[:k]) + "-", string(runes[k:])
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
