package resultdoc

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

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

// TestTextKeysExist wants every key the sources use defined, and every
// key defined used.
func TestTextKeysExist(t *testing.T) {
	call := regexp.MustCompile(`\bt[f]?\("([a-z0-9._]+)"`)
	quoted := regexp.MustCompile(`"([a-z0-9._]+)"`)
	files, _ := os.ReadDir(".")
	used, mentioned := map[string]bool{}, map[string]bool{}
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".go") || strings.HasSuffix(f.Name(), "_test.go") || strings.HasPrefix(f.Name(), "texts_") {
			continue
		}
		src, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
		for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
			mentioned[m[1]] = true
		}
	}
	for _, k := range []string{"t.diff.sig", "t.diff.ns", "t.change.sig", "t.change.ns",
		"reason.none", "reason.too_few_observations", "reason.one_level", "reason.no_variation", "reason.invalid_input"} {
		used[k] = true
	}
	for k := range used {
		if strings.HasSuffix(k, ".") {
			continue // a prefix, composed with the values above
		}
		if _, ok := textsKK[k]; !ok {
			if _, label := labels.Text("kk", k); !label {
				t.Errorf("key %q is used but not defined", k)
			}
		}
	}
	for k := range textsKK {
		if !used[k] && !mentioned[k] {
			t.Errorf("key %q is defined but never used", k)
		}
	}
}
