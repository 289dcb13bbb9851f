package data

import (
	"embed"

	"baulu/data/text"
)

// The lifecycle's sentences (a refusal of an approved round or a closed
// period), in the catalogue's domain "lifecycle": the screens and the
// command line show them as they are (ApprovedError.Message).
//
//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("lifecycle", textFiles, "texts") }

// lifeT is a lifecycle text in lang.
func lifeT(lang, key string, args ...any) string { return text.T(lang, key, args...) }
