// Package data owns Baulu's SQLite database: the embedded migrations, the
// domain types of the pilot (kindergartens, groups, children, indicators,
// rounds, assessments, events, visits, practices, risks, feedback) and the
// Store with typed methods over them. It knows nothing of Fyne or reports.
package data
