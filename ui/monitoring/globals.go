// Package monitoring is the Monitoring screen: scores typed into a grid
// with the keyboard, the indicator framework, the rounds, Excel templates
// and their import, and how complete the entry is.
package monitoring

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the Monitoring screen needs from the window around it.
type shell interface {
	kit.Host
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.monitoring", textFiles, "texts") }

// New is the Monitoring screen.
func New(h shell) kit.Screen { return newMonitoringScreen(h) }
