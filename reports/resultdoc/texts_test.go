package resultdoc

import (
	"testing"

	"baulu/data/text"
)

// TestTexts: the tables' wording is complete in Kazakh and Russian (the
// whole catalogue's keys are checked against the sources by
// cmd/baulu's TestTextKeys).
func TestTexts(t *testing.T) {
	if err := text.Check(); err != nil {
		t.Fatal(err)
	}
	for _, k := range text.Keys("resultdoc") {
		for _, lang := range []string{"kk", "ru"} {
			if _, ok := text.Lookup(lang, k); !ok {
				t.Errorf("%s has no %s text", k, lang)
			}
		}
	}
}
