package national

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"baulu/reports/labels"
)

// verb finds the fmt verbs of a text.
var verb = regexp.MustCompile(`%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// TestTextsAgree wants the same keys with the same verbs in both languages.
func TestTextsAgree(t *testing.T) {
	for k, kk := range textsKK {
		ru, ok := textsRU[k]
		if !ok {
			t.Errorf("key %q has no Russian text", k)
			continue
		}
		if a, b := verb.FindAllString(kk, -1), verb.FindAllString(ru, -1); !slices.Equal(a, b) {
			t.Errorf("key %q: verbs %v in kk, %v in ru", k, a, b)
		}
	}
	for k := range textsRU {
		if _, ok := textsKK[k]; !ok {
			t.Errorf("key %q has no Kazakh text", k)
		}
	}
}

// TestTextKeysExist reads the sources for the keys they use and wants
// each defined, and each defined key used.
func TestTextKeysExist(t *testing.T) {
	call := regexp.MustCompile(`\b(?:t|tf|missing|table|rec)\("([a-z0-9._]+)"`)
	index := regexp.MustCompile(`tr\["([a-z0-9._]+)"\]`)
	quoted := regexp.MustCompile(`"([a-z0-9._]+)"`)
	files, _ := os.ReadDir(".")
	used, mentioned := map[string]bool{}, map[string]bool{}
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".go") || strings.HasPrefix(f.Name(), "texts_") {
			continue
		}
		src, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		test := strings.HasSuffix(f.Name(), "_test.go")
		for _, re := range []*regexp.Regexp{call, index} {
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				used[m[1]] = true
			}
		}
		if !test {
			for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
				mentioned[m[1]] = true
			}
		}
	}
	// resultdoc.Writer numbers captions with these.
	used["caption.table"], used["caption.figure"] = true, true
	for k := range used {
		_, label := labels.Text("kk", k)
		if _, ok := textsKK[k]; !ok && !label {
			t.Errorf("key %q is used but not defined", k)
		}
	}
	for k := range textsKK {
		if !used[k] && !mentioned[k] {
			t.Errorf("key %q is defined but never used", k)
		}
	}
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
