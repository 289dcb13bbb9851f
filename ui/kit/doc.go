// Package kit is the small toolkit every screen of Baulu is built from: the
// services a screen asks of the window around it (Host), one way to run
// slow work off the UI goroutine and drop stale answers (Runner, Latest),
// dialogs and file choosers that remember what they showed (Dialogs), a
// declarative form whose fields are found by key (Form), the sortable,
// searchable list (RecordTable) and the small table of figures (Table),
// choices, date entries and the formats of numbers and dates on screen.
//
// Screens live in the feature packages (ui/dashboard, ui/monitoring, …);
// the window, the navigation and the start screens in package ui. kit
// knows nothing of either.
package kit
