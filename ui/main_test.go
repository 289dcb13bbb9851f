package ui

import (
	"os"
	"testing"
)

// TestMain runs background work synchronously: Fyne's test driver executes
// fyne.Do on the calling goroutine, so real goroutines would race with the
// test that drives the widgets.
func TestMain(m *testing.M) {
	async = func(work, done func()) {
		work()
		done()
	}
	os.Exit(m.Run())
}
