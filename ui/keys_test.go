package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baulu/data/text"
)

// uiDomains are the catalogue domains of the interface's own texts.
func uiDomains() []string {
	var out []string
	for _, d := range text.Domains() {
		if strings.HasPrefix(d, "ui.") {
			out = append(out, d)
		}
	}
	return out
}

// uiKeys lists every key of the interface's texts.
func uiKeys(t *testing.T) []string {
	t.Helper()
	var keys []string
	for _, d := range uiDomains() {
		keys = append(keys, text.Keys(d)...)
	}
	if len(keys) < 500 {
		t.Fatalf("only %d interface keys in %v", len(keys), uiDomains())
	}
	return keys
}

// The catalogue is complete (every key in every language, the same
// placeholders everywhere, nothing empty), and the interface's texts use
// its one placeholder syntax: no fmt verb is left.
func TestTextCatalogueIsComplete(t *testing.T) {
	if err := text.Check(); err != nil {
		t.Fatal(err)
	}
	verb := regexp.MustCompile(`%[-+ #0-9.\[\]]*[a-zA-Z]`)
	for _, k := range uiKeys(t) {
		for _, l := range text.Languages {
			if v, ok := text.Lookup(l, k); ok && verb.MatchString(v) {
				t.Errorf("%s %s has a fmt verb: %q", l, k, v)
			}
		}
	}
}

// Every literal key the screens ask for exists: a missing key would show
// the key itself to the user.
func TestLiteralTranslationKeysExist(t *testing.T) {
	call := regexp.MustCompile(`i18n\.(T|N)\("([^"]+)"`)
	seen := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			key := m[2]
			if key[len(key)-1] == '.' {
				continue // a prefix completed at run time
			}
			if m[1] == "N" {
				key += ".other"
			}
			seen++
			for _, l := range text.Languages {
				if _, ok := text.Lookup(l, key); !ok {
					t.Errorf("%s: key %q missing in %s", path, key, l)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 200 {
		t.Fatalf("only %d keys found: the pattern is broken", seen)
	}
}

// Kazakh texts may hold Latin only in names that are written so (Baulu, PDF, Word, DOCX, CR2,
// statistical symbols such as t, U, SD, Excel …) and in placeholders;
// everything else is a forgotten translation or a Latin i typed for the
// Kazakh і.
var latinAllowed = regexp.MustCompile(`\b(SD|df|[tUnpdrVZW])\b|Baulu|PDF|Excel|Word|DOCX|CR2|xlsx|SHA-256|\{[a-z_]+\}|\b[IV]+\b|φ\*|p ≤|e-mail`)

func TestNoLatinInKazakhNoCyrillicInEnglish(t *testing.T) {
	latin := regexp.MustCompile(`[A-Za-z]`)
	cyr := regexp.MustCompile(`[\p{Cyrillic}]`)
	for _, k := range uiKeys(t) {
		for _, l := range []string{"kk", "ru"} {
			if v, ok := text.Lookup(l, k); ok {
				if rest := latinAllowed.ReplaceAllString(v, ""); latin.MatchString(rest) {
					t.Errorf("%s %s has Latin letters: %q", l, k, v)
				}
			}
		}
		if v, _ := text.Lookup("en", k); cyr.MatchString(v) && !strings.Contains(k, "subtitle") {
			t.Errorf("en %s has Cyrillic letters: %q", k, v)
		}
	}
}
