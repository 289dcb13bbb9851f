// Package settings is the Settings screen: who the installation belongs
// to, the interface language and the level thresholds; the backups (list,
// back up now, restore, check); and the region package sent to the
// Institute and imported into its national copy.
package settings

import (
	"embed"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the Settings screen needs from the window around it.
type shell interface {
	kit.Host
	// Reload re-reads the settings saved here and rebuilds the window in
	// language lang.
	Reload(lang string) error
	// ReplaceStore puts a restored database under the window, which is
	// rebuilt on Settings.
	ReplaceStore(*data.Store) error
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.settings", textFiles, "texts") }

// New is the Settings screen.
func New(h shell) kit.Screen { return newSettingsScreen(h) }
