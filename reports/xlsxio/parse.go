package xlsxio

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Errors of ParseScore.
var (
	ErrScoreUnreadable = errors.New("not a score")
	ErrScoreRange      = errors.New("score out of range")
)

// ParseScore reads a score as teachers type it: 1/2/3 as numbers or text
// ("2", 2.0, "2,0"), Roman I/II/III in Latin or Cyrillic look-alikes
// (I, і, Ӏ, l, Ⅱ), the level words төмен/орташа/жоғары, низкий/средний/
// высокий, low/medium/high (any case, also typed without Kazakh letters or
// with Latin look-alikes), or a number together with its word ("II орташа").
// Spaces of every kind are trimmed. Empty text gives 0 and no error (no
// score); a number other than 1–3 gives ErrScoreRange; anything else
// ErrScoreUnreadable.
func ParseScore(s string) (int, error) {
	s = clean(s)
	if s == "" {
		return 0, nil
	}
	if v, ok, err := parseNumber(s); ok {
		return v, err
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(separators, r) })
	value := 0
	for _, f := range fields {
		v, err := parseToken(f)
		if err != nil {
			return 0, err
		}
		if v == 0 { // a neutral word such as "деңгей"
			continue
		}
		if value != 0 && v != value {
			return 0, ErrScoreUnreadable
		}
		value = v
	}
	if value == 0 {
		return 0, ErrScoreUnreadable
	}
	return value, nil
}

// separators split "II (орташа)", "3 - жоғары", "'2" into tokens.
const separators = "-‐‑‒–—―−()[]{}.,;:/\\\"'`’‘“”«»*_+=!?№#"

// clean lower-cases s, turns full-width digits and Roman numeral signs into
// plain ones, drops zero-width characters and trims every kind of space.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + r - '０')
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		case r >= 'Ⅰ' && r <= 'Ⅳ' || r >= 'ⅰ' && r <= 'ⅳ':
			b.WriteString([]string{"i", "ii", "iii", "iv"}[(r-'Ⅰ')%16])
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.TrimSpace(b.String())
}

// parseNumber reads s when it is a plain decimal number (a comma is taken as
// the decimal point). ok says whether s looked like a number at all.
func parseNumber(s string) (v int, ok bool, err error) {
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r == '.' || r == ',' || r == '+' || r == '-' || r == 'e':
		default:
			return 0, false, nil
		}
	}
	if !digits {
		return 0, false, nil
	}
	f, perr := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if perr != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, true, ErrScoreUnreadable
	}
	r := math.Round(f)
	// Excel keeps 2 as 2 but a computed 2 may come back as 2.0000000000000004.
	if math.Abs(f-r) > 1e-9 || r < 1 || r > 3 {
		return 0, true, ErrScoreRange
	}
	return int(r), true, nil
}

// parseToken reads one word: a digit, a Roman numeral or a level word.
// A neutral word ("деңгей", "уровень", "level") gives 0.
func parseToken(t string) (int, error) {
	switch t {
	case "1", "2", "3":
		return int(t[0] - '0'), nil
	}
	if n, ok := roman(t); ok {
		if n > 3 {
			return 0, ErrScoreRange
		}
		return n, nil
	}
	if v, ok := levelWords[fold(t)]; ok {
		return v, nil
	}
	if _, ok, _ := parseNumber(t); ok {
		return 0, ErrScoreRange // a number beside a word, but not 1–3
	}
	return 0, ErrScoreUnreadable
}

// roman counts a run of Roman ones, in any of the letters that look like I
// (Latin I/i/l, Kazakh І/і, palochka Ӏ/ӏ, dotless ı, the bar |); "iv" is
// recognised only to be refused as out of range.
func roman(t string) (int, bool) {
	n := 0
	for i, r := range t {
		switch r {
		case 'i', 'l', 'і', 'ӏ', 'ı', '|':
			n++
		case 'v':
			if n == 1 && i == len(t)-1 {
				return 4, true
			}
			return 0, false
		default:
			return 0, false
		}
	}
	return n, n > 0
}

// levelWords are the level names in folded form (see fold).
var levelWords = func() map[string]int {
	m := map[string]int{}
	for v, words := range [][]string{
		1: {"төмен", "низкий", "low", "tomen"},
		2: {"орташа", "средний", "medium", "average", "ortasha"},
		3: {"жоғары", "высокий", "high", "zhogary", "jogary"},
	} {
		for _, w := range words {
			m[fold(w)] = v
		}
	}
	for _, w := range []string{"деңгей", "деңгейі", "уровень", "level", "балл", "score"} {
		m[fold(w)] = 0
	}
	return m
}()

// fold makes the spellings of one word equal: Kazakh letters become their
// Russian base letters (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), Latin
// look-alikes inside a Cyrillic word become Cyrillic, й→и, ё→е, and
// combining marks vanish. Latin-only words keep their letters, with ǵ/ğ→g.
func fold(w string) string {
	cyr := false
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			cyr = true
			break
		}
	}
	var b strings.Builder
	for _, r := range w {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if cyr {
			if c, ok := latinToCyr[r]; ok {
				r = c
			}
		}
		if c, ok := kazakhBase[r]; ok {
			r = c
		}
		b.WriteRune(r)
	}
	return b.String()
}

var latinToCyr = map[rune]rune{
	'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'k': 'к',
	'm': 'м', 'h': 'н', 't': 'т', 'b': 'в', 'i': 'и', 'ə': 'а', 'ö': 'о', 'ü': 'у',
}

var kazakhBase = map[rune]rune{
	'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
	'й': 'и', 'ё': 'е', 'ǵ': 'g', 'ğ': 'g', 'ə': 'a', 'ó': 'o', 'ı': 'i',
}

// normCode tidies a child or indicator code as a teacher may have retyped
// it: spaces of every kind removed, upper case, Cyrillic look-alike letters
// turned Latin (Е→E, К→K, І→I …) and every dash a hyphen.
func normCode(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '\u200b', r == '\ufeff', r == '\u00ad':
			continue
		case strings.ContainsRune("‐‑‒–—―−", r):
			r = '-'
		}
		r = unicode.ToUpper(r)
		if l, ok := cyrToLatinUpper[r]; ok {
			r = l
		}
		b.WriteRune(r)
	}
	return b.String()
}

var cyrToLatinUpper = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P',
	'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'І': 'I', 'Ӏ': 'I', 'Ј': 'J', 'Ѕ': 'S',
}
