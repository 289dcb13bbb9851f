// Command minwindow is the yardstick of scripts/startup.sh: the smallest
// Fyne window (one label), built with the same toolchain and flags as
// Baulu, printing the same first-frame marker.
package main

import (
	"fmt"
	"image"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

var initTime = time.Now()

func main() {
	a := app.NewWithID("kz.baulu.minwindow")
	w := a.NewWindow("minwindow")
	w.Resize(fyne.NewSize(1200, 780)) // Baulu's size: the same pixels to fill
	var once sync.Once
	probe := canvas.NewRaster(func(_, _ int) image.Image {
		once.Do(func() {
			if os.Getenv("BAULU_STARTUP_MARKER") == "1" {
				now := time.Now()
				fmt.Printf("window-shown %d unix_ms=%d\n", now.Sub(initTime).Milliseconds(), now.UnixMilli())
			}
		})
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	w.SetContent(container.NewStack(widget.NewLabel("Hello"), probe))
	w.ShowAndRun()
}
