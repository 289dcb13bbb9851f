package national

import (
	"regexp"
	"testing"
	"unicode"

	"baulu/reports/internal/texttest"
)

// TestTextsAgree wants the same keys with the same verbs in both languages.
func TestTextsAgree(t *testing.T) { texttest.Agree(t, textsKK, textsRU) }

// TestTextKeysExist reads the sources for the keys they use and wants
// each defined, and each defined key used.
func TestTextKeysExist(t *testing.T) {
	used, mentioned := texttest.Sources(t, true)
	// resultdoc.Writer numbers captions with these.
	used["caption.table"], used["caption.figure"] = true, true
	texttest.Defined(t, textsKK, used, mentioned)
}

// TestNoLatinInTexts: the report is Kazakh or Russian; Latin letters only
// in statistical symbols.
func TestNoLatinInTexts(t *testing.T) {
	allowed := regexp.MustCompile(`\b(?:p|df|U|Z|V|t|d|r|N|DiD|I|II|III)\b|%[a-z]`)
	for lang, tr := range map[string]texts{"kk": textsKK, "ru": textsRU} {
		for k, v := range tr {
			rest := allowed.ReplaceAllString(v, "")
			for _, r := range rest {
				if r < unicode.MaxASCII && unicode.IsLetter(r) {
					t.Errorf("%s %q: Latin letter %q in %q", lang, k, r, v)
					break
				}
			}
		}
	}
}
