package kit

import (
	"embed"

	"baulu/data/text"
)

// The texts more than one part of the window shows: buttons, messages,
// the names of fields (field.<key>, which forms and error messages share),
// sections, languages.
//
//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.kit", textFiles, "texts") }
