package kit

import (
	"context"

	"fyne.io/fyne/v2"

	"baulu/data"
)

// Host is what every screen needs from the window around it. Each feature
// package names what more it asks for in its own globals.go (navigation,
// rebuilding the window …), so its tests pass a fake (kit/kittest).
type Host interface {
	// Store is the database the window works on.
	Store() *data.Store
	// Context is the window's context for database calls.
	Context() context.Context
	// Settings are the installation's settings as last saved.
	Settings() data.Settings
	// Status shows a short message at the bottom of the window.
	Status(msg string)
	// ShowError logs err and tells the user in one sentence what went wrong.
	ShowError(err error)
	// Dialogs shows messages, confirmations, forms and file choosers.
	Dialogs() *Dialogs
	// Runner runs slow work off the UI goroutine.
	Runner() *Runner
}

// Screen is one section's content. Screens are built afresh each time they
// are opened, so they always show the current data.
type Screen interface {
	Content() fyne.CanvasObject
}

// Target is what a navigation asks the opened screen to show: a record by
// ID, a kindergarten (and one of its groups), or a kindergarten's round.
// Zero fields ask for nothing.
type Target struct {
	ID             int64
	KindergartenID int
	GroupID        int64
	RoundID        int64
	Deadline       string // a data.Deadline's Code (Reports makes its report)
}

// Focuser is a screen that can show a Target.
type Focuser interface {
	Focus(Target)
}

// Closer is a screen with work under way that it drops when the user
// leaves it (nothing to show any more, no error to report).
type Closer interface {
	Close()
}

// Sections of the navigation, by key (their title is the text nav.<key>).
const (
	Dashboard     = "dashboard"
	Kindergartens = "kindergartens"
	Monitoring    = "monitoring"
	Comparison    = "comparison"
	Events        = "events"
	Visits        = "visits"
	Practices     = "practices"
	Risks         = "risks"
	Feedback      = "feedback"
	Reports       = "reports"
	National      = "national"
	Settings      = "settings"
)

// Tabbed is a screen with tabs, for `baulu screenshots`: each tab is
// captured (ShowTab may also prepare it, e.g. select a row so a detail
// panel shows).
type Tabbed interface {
	TabCount() int
	ShowTab(i int)
}

// Shots is a screen with more worth capturing than its first view: a
// second tab, a form dialog.
type Shots interface {
	Shots() []Shot
}

// Shot is one extra capture: Show prepares it, Hide (may be nil) puts the
// screen back.
type Shot struct {
	Name string
	Show func()
	Hide func()
}

// FormShot captures the edit dialog of rt's first row (the add dialog,
// with empty, when the list is empty).
func FormShot[T any](name string, d *Dialogs, rt *RecordTable[T], edit func(T), empty T) Shot {
	return Shot{Name: name, Show: func() {
		r, ok := rt.First()
		if !ok {
			r = empty
		}
		edit(r)
	}, Hide: d.HideForm}
}
