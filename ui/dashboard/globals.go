// Package dashboard is the first screen: the pilot year with today and the
// deadlines, how much each section holds, how complete the monitoring is,
// and what in the data needs fixing, each warning opening the place to fix
// it.
package dashboard

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the dashboard needs from the window around it.
type shell interface {
	kit.Host
	// Open shows a section of the window and, in it, the target.
	Open(section string, target kit.Target)
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.dashboard", textFiles, "texts") }

// New is the dashboard.
func New(h shell) kit.Screen { return newDashboardScreen(h) }
