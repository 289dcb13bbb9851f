package seeds

import (
	"fmt"
	"time"
)

// dateLayout is the ISO date layout of Round.Start and Round.End.
const dateLayout = "2006-01-02"

// Period parses the round's dates. Rounds edited by users come back through
// the same type, so a bad or reversed date is an error, not a panic.
func (r Round) Period() (start, end time.Time, err error) {
	start, err = time.Parse(dateLayout, r.Start)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("round %s: start date: %w", r.Code, err)
	}
	end, err = time.Parse(dateLayout, r.End)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("round %s: end date: %w", r.Code, err)
	}
	if end.Before(start) {
		return time.Time{}, time.Time{}, fmt.Errorf("round %s: ends %s before it starts %s", r.Code, r.End, r.Start)
	}
	return start, end, nil
}
