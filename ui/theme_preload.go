package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne parses a text style's fonts the first time a text of that style is
// measured: the theme's DejaVu face, Fyne's own face of the style as the
// fallback, its emoji font (left out of release builds by the no_emoji tag)
// and a system font for the locale, looked up in the system font list. On
// the 2-core reference machine that is 40–80 ms per style when the program
// starts, before the first window can be laid out. PreloadFonts does it on
// another goroutine while the database is checked and opened.

// fontsLoaded is closed when PreloadFonts' goroutine is done; nil when
// PreloadFonts never ran.
var fontsLoaded chan struct{}

// startStyles are the text styles Baulu draws, on its first screens and
// elsewhere: regular and bold. Screens use no italics (plain text instead),
// because every style more costs its own parse of the fonts, even one the
// theme maps to the same face.
var startStyles = []fyne.TextStyle{{}, {Bold: true}}

// PreloadFonts sets Baulu's theme on a and, on another goroutine, makes Fyne
// parse the fonts of the first screen's text styles, so that the window is
// laid out without waiting for them. Call it on the main goroutine after
// app.New and before anything else uses Fyne's theme; New, NewRecovery and
// NewNotice wait for it to finish before they touch the theme.
func PreloadFonts(a fyne.App) {
	useTheme(a)
	done := make(chan struct{})
	fontsLoaded = done
	size := theme.TextSize()
	var wg sync.WaitGroup
	for _, st := range startStyles {
		// One goroutine per style: the styles' fonts are independent, and
		// with the database's start that keeps two cores busy.
		wg.Go(func() { fyne.MeasureText("Баулу", size, st) })
	}
	go func() {
		wg.Wait()
		close(done)
	}()
}

// useTheme sets Baulu's theme on a, after PreloadFonts' goroutines (which
// read the theme) have finished. A theme already set is left alone: setting
// it again would, once the app runs, make Fyne drop every parsed font.
func useTheme(a fyne.App) {
	if fontsLoaded != nil {
		<-fontsLoaded
	}
	if _, ok := a.Settings().Theme().(baulTheme); !ok {
		a.Settings().SetTheme(Theme())
	}
}
