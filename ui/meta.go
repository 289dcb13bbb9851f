package ui

import (
	_ "embed"

	"fyne.io/fyne/v2"

	"baulu/ui/kit"
)

//go:embed icon.png
var iconPNG []byte

// Icon is Baulu's application icon.
var Icon = fyne.NewStaticResource("baulu.png", iconPNG)

// AppID and Version identify the build (kit's, which the screens that
// stamp files use too).
const (
	AppID   = kit.AppID
	Version = kit.Version
)

// Metadata is what FyneApp.toml says, for builds made with plain `go build`
// (Fyne reads the toml only when it sits beside the binary). fyneDo: every
// background goroutine reaches widgets through fyne.Do.
func Metadata() fyne.AppMetadata {
	return fyne.AppMetadata{
		ID: AppID, Name: "Baulu", Version: Version, Build: 1, Icon: Icon, Release: true,
		Migrations: map[string]bool{"fyneDo": true},
	}
}
