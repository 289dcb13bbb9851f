package ui

import "fyne.io/fyne/v2"

// later runs work off the UI goroutine, then apply on the UI goroutine
// (fyne.Do). Tests and screenshots make runAsync synchronous, so apply has
// run when later returns.
func later(work func(), apply func()) {
	runAsync(func() {
		work()
		fyne.Do(apply)
	})
}
