// Package comparison is the Comparison screen: does the experimental
// method work? For a scope the user picks (the region or a kindergarten,
// all indicators, a block or one, two rounds, the φ* cut) it shows the
// verdict, the level distribution, the tests and the per-kindergarten and
// per-indicator summary, as computed by reports/comparison off the UI
// goroutine.
package comparison

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the Comparison screen needs from the window around it.
type shell interface {
	kit.Host
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.comparison", textFiles, "texts") }

// New is the Comparison screen.
func New(h shell) kit.Screen { return newComparisonScreen(h) }
