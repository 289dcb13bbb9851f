package ui

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// The first window's size: what Baulu would like, and what a window's frame
// (title bar, borders) takes from the screen's work area.
var (
	wantSize  = fyne.NewSize(1200, 780)
	frameSize = fyne.NewSize(16, 40)
)

// firstSize is the window's first size on a work area (the screen less its
// taskbar, in Fyne's units): the wanted size when it fits with the frame,
// otherwise all the work area leaves (the window as good as maximised,
// never larger than the screen).
func firstSize(work fyne.Size) fyne.Size {
	avail := work.Subtract(frameSize)
	if avail.Width >= wantSize.Width && avail.Height >= wantSize.Height {
		return wantSize
	}
	return avail
}

// FitScreen sizes w to the primary monitor's work area (GLFW's, which the
// window driver has initialised) and centres it. It must run on the main
// goroutine before the event loop, as GLFW's monitor calls require; when no
// monitor is known the size stays. Fixed-size windows (recovery, notices)
// keep theirs.
func FitScreen(w fyne.Window) {
	if w.FixedSize() {
		return
	}
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return
	}
	_, _, wpx, hpx := m.GetWorkarea()
	scale, _ := m.GetContentScale()
	if scale <= 0 {
		scale = 1
	}
	if wpx <= 0 || hpx <= 0 {
		return
	}
	w.Resize(firstSize(fyne.NewSize(float32(wpx)/scale, float32(hpx)/scale)))
	w.CenterOnScreen()
}
