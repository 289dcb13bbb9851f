// Package history is the History screen (issue 18): every change to the
// data, newest first — when, by whom, from where (the grid, an imported
// file with its SHA-256, a roster, a package, a restore, an undo), old →
// new — filtered by kindergarten, child, round, source and dates, and the
// imports, each of which can be undone as a whole with its conflicts
// listed first.
package history

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the History screen needs from the window around it.
type shell interface {
	kit.Host
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.history", textFiles, "texts") }

// Section is the History screen's key in the navigation (its title is
// nav.history).
const Section = "history"

// New is the History screen.
func New(h shell) kit.Screen { return newHistoryScreen(h) }
