package regional

import (
	"regexp"
	"testing"
	"unicode"

	"baulu/data/text"
)

// TestNoLatinInTexts: the report is Kazakh or Russian; Latin letters only
// in statistical symbols. (cmd/baulu's TestTextKeys checks the keys.)
func TestNoLatinInTexts(t *testing.T) {
	allowed := regexp.MustCompile(`\b(?:p|df|U|Z|V|t|d|r|N|DiD|I|II|III)\b|\{[a-z0-9_]+\}|\.pdf$`)
	for _, lang := range []string{"kk", "ru"} {
		for _, k := range text.Keys("regional") {
			v, ok := text.Lookup(lang, k)
			if !ok {
				t.Errorf("%s has no %s text", k, lang)
			}
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
