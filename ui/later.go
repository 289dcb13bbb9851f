package ui

import (
	"sync"

	"fyne.io/fyne/v2"
)

// Background work that updates a screen without a modal dialog (the
// national view) has a UI half, apply, that must run where widgets live.
// Under the real driver fyne.Do takes it to the event loop. Under Fyne's
// test driver (tests, `baulu screenshots`) fyne.Do runs it at once on the
// worker goroutine, racing the goroutine that drives the UI; there the UI
// halves wait in a queue until that goroutine calls waitBackground.
var (
	deferUI  bool // set before any work starts: by Screenshots and the tests
	deferMu  sync.Mutex
	deferred []func()
)

// later runs work off the UI goroutine, then apply on the UI goroutine.
// Tests and screenshots wait for both with waitBackground.
func later(work func(), apply func()) {
	tasks.Add(1)
	go func() {
		defer tasks.Done()
		work()
		if deferUI {
			deferMu.Lock()
			deferred = append(deferred, apply)
			deferMu.Unlock()
			return
		}
		fyne.Do(apply)
	}()
}

// runDeferred runs the queued UI halves on the calling goroutine.
func runDeferred() {
	for {
		deferMu.Lock()
		if len(deferred) == 0 {
			deferMu.Unlock()
			return
		}
		f := deferred[0]
		deferred = deferred[1:]
		deferMu.Unlock()
		f()
	}
}
