// Package data owns Baulu's SQLite database: the embedded migrations, the
// domain types of the pilot (kindergartens, groups, children, indicators,
// rounds, assessments, events, visits, practices, risks, feedback) and the
// Store with typed methods over them. It knows nothing of Fyne or reports.
//
// All SQL lives here (TestSQLOnlyInData reads the import graph): the
// reports get domain rows from Store methods (ChildTallies, ScoreRecords,
// ExportRegion, ReplaceRegion …), and tests above data reach the database
// only through data/datatest. The rules more than one screen or report
// applies have one definition each, here: who and what a round expects
// (completeness.go: grid rows, templates, completeness), a mean's level
// (levels.go), how a score is written (scores_write.go: the one writer,
// where every path's checks, the approved rounds' locks and the history
// rows are), the change history (history.go), round approval
// (approval.go) and the pilot period (period.go).
package data
