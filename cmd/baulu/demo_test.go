package main

import (
	"path/filepath"
	"strings"
	"testing"

	"baulu/data/demo"
)

// The demo's summary is a sentence of the catalogue in the database's
// language, each count with the plural form its number takes.
func TestDemoSummaryInDatabaseLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	code, out := capture(t, "demo", "--db", db, "--region", "ULY")
	if code != 0 || !strings.HasPrefix(out, "Демо деректер жазылды ("+db+"): 1 өңір, 5 балабақша, ") ||
		strings.Contains(out, "regions") || strings.Contains(out, "kindergartens") {
		t.Fatalf("demo: %d %q", code, out)
	}
	sum := demo.Summary{Regions: 1, Kindergartens: 5, Groups: 22, Children: 271, Scores: 7227, EnvRatings: 96,
		Events: 11, Visits: 3, Practices: 21, Risks: 2, Feedback: 0, Corrections: 1}
	for lang, want := range map[string]string{
		"ru": "1 регион, 5 детских садов, 22 группы, 271 ребёнок, 7227 оценок, 96 оценок по чек-листу среды, " +
			"11 мероприятий, 3 выезда, 21 практика, 2 риска, 0 отзывов, 1 корректировка",
		"en": "1 region, 5 kindergartens, 22 groups, 271 children, 7227 scores, 96 checklist ratings, " +
			"11 events, 3 visits, 21 practices, 2 risks, 0 feedback items, 1 correction",
		"kk": "1 өңір, 5 балабақша, 22 топ, 271 бала, 7227 баға, 96 орта чек-парағы бағасы, " +
			"11 іс-шара, 3 сапар, 21 тәжірибе, 2 тәуекел, 0 кері байланыс, 1 түзету",
	} {
		if got := demoSummary(lang, sum); got != want {
			t.Errorf("%s:\n got %q\nwant %q", lang, got, want)
		}
	}
}
