package kit

// AppID and Version identify the build (kept equal to FyneApp.toml; a test
// in package ui checks).
const (
	AppID   = "kz.baulu.app"
	Version = "0.1.0"
)
