// Package labels names the pilot's enumerations in Kazakh, Russian and
// English: event kinds and formats, visit purposes and follow-ups,
// practice and risk statuses, feedback sources, group roles, age groups
// and languages, checklist statuses, and the comparison's reasons, warning
// codes and φ* significance. The texts are the catalogue's "labels."
// keys (texts/*.json); the reports, the Excel export and the screens share
// them so that a value reads the same everywhere.
package labels

import (
	"embed"

	"baulu/data/text"
)

//go:embed texts
var texts embed.FS

func init() { text.MustRegister("labels", texts, "texts") }

// Of returns the label of the enumeration value ("event.", "seminar" →
// the catalogue's "labels.event.seminar") in lang, or the value itself when
// there is none (a value a newer version added).
func Of(lang, prefix, value string) string {
	key := "labels." + prefix + value
	if !text.Has(key) {
		return value
	}
	return text.T(lang, key)
}
