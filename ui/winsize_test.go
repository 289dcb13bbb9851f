package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// The first window fits the work area of the screens offices have, with
// room for the frame, and is never smaller than a screen asks for.
func TestFirstSizeFitsTheWorkArea(t *testing.T) {
	for _, c := range []struct {
		work, want fyne.Size
	}{
		{fyne.NewSize(1366, 728), fyne.NewSize(1350, 688)}, // 1366 × 768 less a 40 px taskbar
		{fyne.NewSize(1024, 728), fyne.NewSize(1008, 688)},
		{fyne.NewSize(1920, 1040), wantSize},
	} {
		got := firstSize(c.work)
		if got != c.want {
			t.Errorf("work area %v: window %v, want %v", c.work, got, c.want)
		}
		if got.Width+frameSize.Width > c.work.Width || got.Height+frameSize.Height > c.work.Height {
			t.Errorf("work area %v: window %v with its frame is larger", c.work, got)
		}
		if got.Width < maxScreen.Width || got.Height < maxScreen.Height {
			t.Errorf("work area %v: window %v is smaller than a screen may ask (%v)", c.work, got, maxScreen)
		}
	}
}
