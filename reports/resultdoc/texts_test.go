package resultdoc

import (
	"testing"

	"baulu/reports/internal/texttest"
)

// TestTextsAgree wants the same keys with the same verbs in both languages.
func TestTextsAgree(t *testing.T) { texttest.Agree(t, textsKK, textsRU) }

// TestTextKeysExist wants every key the sources use defined, and every
// key defined used.
func TestTextKeysExist(t *testing.T) {
	used, mentioned := texttest.Sources(t, false)
	// The caption patterns are each report's own texts.
	delete(used, "caption.table")
	delete(used, "caption.figure")
	for _, k := range []string{"t.diff.sig", "t.diff.ns", "t.change.sig", "t.change.ns",
		"reason.none", "reason.too_few_observations", "reason.one_level", "reason.no_variation", "reason.invalid_input"} {
		used[k] = true
	}
	texttest.Defined(t, textsKK, used, mentioned)
}
