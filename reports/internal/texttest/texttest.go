// Package texttest checks a report package's wording tables from its tests:
// the Kazakh and Russian texts agree, every key the sources use is defined
// and every defined key is used.
package texttest

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"baulu/data/text"
)

var (
	// verb finds the fmt verbs of a text.
	verb = regexp.MustCompile(`%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)
	// call finds a key given to a text call: T, Tf and Table of
	// resultdoc.Writer, Missing, and the packages' own t, tf and rec.
	call = regexp.MustCompile(`\b(?:[tT]f?|[mM]issing|[tT]able|rec)\("([a-z0-9._]+)"`)
	// index finds a key read from a wording table: tr["key"].
	index = regexp.MustCompile(`tr\["([a-z0-9._]+)"\]`)
	// quoted finds anything that looks like a key.
	quoted = regexp.MustCompile(`"([a-z0-9._]+)"`)
)

// Agree wants the same keys with the same verbs in both languages.
func Agree(t *testing.T, kk, ru map[string]string) {
	t.Helper()
	for k, k1 := range kk {
		r1, ok := ru[k]
		if !ok {
			t.Errorf("key %q has no Russian text", k)
			continue
		}
		if a, b := verb.FindAllString(k1, -1), verb.FindAllString(r1, -1); !slices.Equal(a, b) {
			t.Errorf("key %q: verbs %v in kk, %v in ru", k, a, b)
		}
	}
	for k := range ru {
		if _, ok := kk[k]; !ok {
			t.Errorf("key %q has no Kazakh text", k)
		}
	}
}

// Sources reads the Go files of the current directory except the wording
// tables (texts_*.go): used holds the keys given to text calls (in the test
// files too when withTests), mentioned every key-like string of the
// non-test files.
func Sources(t *testing.T, withTests bool) (used, mentioned map[string]bool) {
	t.Helper()
	files, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	used, mentioned = map[string]bool{}, map[string]bool{}
	for _, f := range files {
		name := f.Name()
		test := strings.HasSuffix(name, "_test.go")
		if !strings.HasSuffix(name, ".go") || strings.HasPrefix(name, "texts_") || test && !withTests {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
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
	return used, mentioned
}

// Defined wants every used key defined in kk or among the shared labels
// (a key ending in "." is a prefix and is skipped), and every key of kk
// used or mentioned.
func Defined(t *testing.T, kk map[string]string, used, mentioned map[string]bool) {
	t.Helper()
	for k := range used {
		if strings.HasSuffix(k, ".") {
			continue
		}
		if _, ok := kk[k]; !ok {
			if !text.Has("labels." + k) {
				t.Errorf("key %q is used but not defined", k)
			}
		}
	}
	for k := range kk {
		if !used[k] && !mentioned[k] {
			t.Errorf("key %q is defined but never used", k)
		}
	}
}
