package ui

import (
	"os"
	"testing"
)

// TestMain runs the UI halves of background work on the test goroutine,
// in waitBackground, as there is no event loop (see later.go).
func TestMain(m *testing.M) {
	deferUI = true
	os.Exit(m.Run())
}
