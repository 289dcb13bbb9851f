// Package national is the Institute's view of every region in the database:
// where each region's data came from, the regions compared by the
// Comparison screen's statistics, and the national report.
package national

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the national view needs from the window around it.
type shell interface {
	kit.Host
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.national", textFiles, "texts") }

// New is the national view.
func New(h shell) kit.Screen { return newNationalScreen(h) }
