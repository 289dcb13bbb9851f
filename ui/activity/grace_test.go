package activity

import (
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/i18n"
	"baulu/ui/kit/kittest"
)

// A record dated in the grace days after the period is saved with a note.
func TestSavedTextNotesTheGraceDays(t *testing.T) {
	h := kittest.New(t, datatest.NewConfigured(t, "ULY"))
	if got := savedText(h, data.NewDate(2026, 5, 1), data.Date{}); got != i18n.T("status.saved") {
		t.Errorf("inside the period: %q", got)
	}
	if got := savedText(h, data.NewDate(2026, 5, 1), data.NewDate(2027, 1, 5)); !strings.Contains(got, "05.01.2027") || !strings.Contains(got, "31.12.2026") {
		t.Errorf("in the grace days: %q", got)
	}
}
