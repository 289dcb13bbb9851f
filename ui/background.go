package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// background runs slow work (reading or writing a workbook) off the UI
// goroutine behind a modal progress dialog, then calls done with work's
// result on the UI goroutine. Every task is counted in u.tasks, so tests can
// wait for it like a user waits for the dialog to go away.
func (u *UI) background(message string, work func() error, done func(error)) {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(message, container.NewPadded(fixedColumn(360, bar)), u.win)
	d.Show()
	tasks.Add(1)
	go func() {
		defer tasks.Done()
		err := work()
		fyne.Do(func() {
			bar.Stop()
			d.Hide()
			done(err)
		})
	}()
}

// tasks counts background work still running (see waitBackground).
var tasks sync.WaitGroup

// waitBackground blocks until every background task has finished and
// reported on the UI goroutine (tests), running the UI halves that later
// queued.
func waitBackground() {
	tasks.Wait()
	runDeferred()
}
