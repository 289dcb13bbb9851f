package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"baulu/ui/i18n"
)

// Every literal key the screens ask for exists in every language: a missing
// key would show the key itself to the user.
func TestLiteralTranslationKeysExist(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	call := regexp.MustCompile(`i18n\.(?:T|Tf|In)\((?:[a-zA-Z.]+, )?"([^"]+)"`)
	seen := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			key := m[1]
			if key[len(key)-1] == '.' {
				continue // a prefix completed at run time
			}
			seen++
			for _, l := range i18n.Languages {
				if _, ok := i18n.Lookup(l, key); !ok {
					t.Errorf("%s: key %q missing in %s", f, key, l)
				}
			}
		}
	}
	if seen < 200 {
		t.Fatalf("only %d keys found: the pattern is broken", seen)
	}
}
