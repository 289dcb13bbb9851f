package ui

import (
	"embed"

	"baulu/data/text"
)

// The interface's texts, one catalogue domain per part of the window.
//
//go:embed texts
var textFiles embed.FS

func init() {
	for _, d := range []string{"core", "activity", "comparison", "dashboard", "monitoring", "national", "reliability", "reports"} {
		text.MustRegister("ui."+d, textFiles, "texts/"+d)
	}
}
