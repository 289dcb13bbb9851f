package main

import (
	"fmt"
	"image"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// markerEnv, set to 1, makes the window print "window-shown <ms>
// unix_ms=<ms>" once, when its first frame is painted: <ms> counts from
// the start of main's package initialisation, unix_ms lets
// scripts/startup.sh count from the moment it launched the process.
const markerEnv = "BAULU_STARTUP_MARKER"

// initTime is as early as the program can see its own clock.
var initTime = time.Now()

// markFirstFrame lays an invisible raster over w's content when markerEnv
// is set. A raster's generator runs only when the GL painter draws it, so
// its first call is the first frame. Without markerEnv nothing changes.
func markFirstFrame(w fyne.Window) {
	if os.Getenv(markerEnv) != "1" {
		return
	}
	var once sync.Once
	probe := canvas.NewRaster(func(_, _ int) image.Image {
		once.Do(func() {
			now := time.Now()
			fmt.Printf("window-shown %d unix_ms=%d\n", now.Sub(initTime).Milliseconds(), now.UnixMilli())
			phase("first frame")
			if profStop != nil {
				profStop()
			}
		})
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	w.SetContent(container.NewStack(w.Content(), probe))
}
