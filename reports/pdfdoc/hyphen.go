package pdfdoc

import (
	"strings"
	"unicode"
)

// vowels of Kazakh, Russian and Latin script; у and ю count as vowels, as
// they carry a syllable in most Kazakh words (жауап, құю).
const vowels = "аәеёиіоөуұүыэюяАӘЕЁИІОӨУҰҮЫЭЮЯaeiouyAEIOUY"

// softSigns stay with the letter before them: a line never starts with one.
const softSigns = "ьъйЬЪЙ"

func isVowel(r rune) bool { return strings.ContainsRune(vowels, r) }

// Hyphenation minimums: letters left on the line and carried over.
const (
	minHead = 2
	minTail = 2
)

// syllableBreaks returns the positions k (break between runes[k-1] and
// runes[k]) where a word may be hyphenated. It uses the rule that Kazakh
// and Russian school grammars share, good enough for a word that does not
// fit its table cell: between two vowels the consonants split after the
// first one (жауап-кер, пред-при), a single consonant goes to the next
// syllable (мә-лі-мет), adjacent vowels split (жа-уап, ци-он), ь, ъ and й stay with what precedes them
// (пред-приниматель, Бай-терек), and each part keeps a vowel.
func syllableBreaks(runes []rune) []int {
	var breaks []int
	prevVowel := -1 // index of the previous vowel
	for i, r := range runes {
		if !unicode.IsLetter(r) {
			prevVowel = -1 // digits and signs end the pattern
			continue
		}
		// Kazakh у after a vowel is a consonant (жа-уап, тә-уел-сіз).
		if !isVowel(r) || (r == 'у' || r == 'У') && i > 0 && isVowel(runes[i-1]) {
			continue
		}
		if prevVowel >= 0 {
			// Consonants runes[prevVowel+1 : i], if any, lie between two
			// vowels; two vowels side by side split between them (жа-уап).
			k := prevVowel + 1
			if i-k >= 2 {
				k++ // a cluster splits after its first consonant
			}
			for k < i && strings.ContainsRune(softSigns, runes[k]) {
				k++
			}
			if k <= i && k >= minHead && len(runes)-k >= minTail && hasLetters(runes[k:]) {
				breaks = append(breaks, k)
			}
		}
		prevVowel = i
	}
	return breaks
}

// hasLetters reports whether a tail has enough letters to stand on a line of
// its own, not just a closing quote or a comma.
func hasLetters(rs []rune) bool { return letterCount(rs) >= minTail }

func letterCount(rs []rune) int {
	n := 0
	for _, r := range rs {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
