// Package activity holds the screens of the centre's logs: events
// (seminars, webinars … with their participation and the year's totals),
// support visits with their follow-ups, best practices, the risk register
// with its matrix, and the feedback with the corrections it led to.
package activity

import (
	"embed"

	"baulu/data/text"
	"baulu/ui/kit"
)

// shell is what the activity screens need from the window around them.
type shell interface {
	kit.Host
}

//go:embed texts
var textFiles embed.FS

func init() { text.MustRegister("ui.activity", textFiles, "texts") }

// NewEvents is the events log.
func NewEvents(h shell) kit.Screen { return newEventsScreen(h) }

// NewVisits is the log of support visits.
func NewVisits(h shell) kit.Screen { return newVisitsScreen(h) }

// NewPractices is the list of best practices.
func NewPractices(h shell) kit.Screen { return newPracticesScreen(h) }

// NewRisks is the risk register.
func NewRisks(h shell) kit.Screen { return newRisksScreen(h) }

// NewFeedback is the feedback and the corrections it led to.
func NewFeedback(h shell) kit.Screen { return newFeedbackScreen(h) }
