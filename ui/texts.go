package ui

import (
	"embed"

	"baulu/data/text"
)

// The shell's own texts: the window's title, the first run, the recovery
// window (those of the screens live with their packages, the shared ones
// in kit).
//
//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.shell", textFiles, "texts") }
