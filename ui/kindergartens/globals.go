// Package kindergartens is the Kindergartens screen: the region's five
// kindergartens and, for the chosen one, its profile, its pilot
// directions, its environment checklist, and its groups with their
// children.
package kindergartens

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the Kindergartens screen needs from the window around it.
type shell interface {
	kit.Host
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.kindergartens", textFiles, "texts") }

// New is the Kindergartens screen.
func New(h shell) kit.Screen { return newKindergartensScreen(h) }
