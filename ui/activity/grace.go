package activity

import (
	"baulu/data"
	"baulu/ui/i18n"
)

// savedText is the status after a record was saved: «saved», with a note
// when one of its dates lies in the grace days after the pilot period's
// end (accepted: the Q4 report, late events — but outside the period).
func savedText(h shell, dates ...data.Date) string {
	for _, d := range dates {
		end, note, err := h.Store().GraceNote(h.Context(), d)
		if err == nil && note {
			return i18n.T("status.saved_grace", "date", d.DMY(), "end", end.DMY())
		}
	}
	return i18n.T("status.saved")
}
