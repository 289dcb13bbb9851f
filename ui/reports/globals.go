// Package reports is the Reports screen: the regional PDF reports (the
// quarterly ones and the final analytical report) with their drafted
// conclusions, the Excel export of the region, and the parents' handouts.
package reports

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the Reports screen needs from the window around it.
type shell interface {
	kit.Host
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.reports", textFiles, "texts") }

// New is the Reports screen.
func New(h shell) kit.Screen { return newReportsScreen(h) }
