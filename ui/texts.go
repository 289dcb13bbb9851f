package ui

import (
	"embed"

	"baulu/data/text"
)

// The shell's own texts (navigation, first run, recovery), and those of the
// parts of the window not yet in packages of their own.
//
//go:embed texts activity/texts
var textFiles embed.FS

func init() {
	text.MustRegister("ui.shell", textFiles, "texts")
	for _, d := range []string{"activity"} {
		text.MustRegister("ui."+d, textFiles, d+"/texts")
	}
}
