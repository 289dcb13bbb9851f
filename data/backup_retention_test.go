package data

import (
	"fmt"
	"testing"
	"time"
)

// Over 60 days with three starts a day, the default retention keeps the 3
// newest and the newest of each of the last 7 days, 4 ISO weeks and 12
// months (two here): a spread, never the last 14 starts.
func TestRetentionKeepsASpread(t *testing.T) {
	start := time.Date(2026, 9, 1, 8, 0, 0, 0, time.Local)
	var list []BackupInfo // newest first, as ListBackups gives
	for day := 59; day >= 0; day-- {
		for _, hour := range []int{17, 12, 8} {
			tm := start.AddDate(0, 0, day).Add(time.Duration(hour-8) * time.Hour)
			list = append(list, BackupInfo{Path: tm.Format("0102-15"), Time: tm})
		}
	}
	keep := DefaultRetention.keep(list)
	want := map[string]bool{
		// the 3 newest: day 60 (30 Oct) at 17, 12, 8
		"1030-17": true, "1030-12": true, "1030-08": true,
		// the newest of the 7 last days
		"1029-17": true, "1028-17": true, "1027-17": true, "1026-17": true, "1025-17": true, "1024-17": true,
		// the newest of the 4 last weeks: this one, and those ending on Sunday 25 (above), 18 and 11 Oct
		"1018-17": true, "1011-17": true,
		// the newest of each month
		"0930-17": true,
	}
	for _, b := range list {
		if keep[b.Path] != want[b.Path] {
			t.Errorf("%s: kept %v, want %v", b.Path, keep[b.Path], want[b.Path])
		}
	}
	if y, w := time.Date(2026, 10, 25, 0, 0, 0, 0, time.Local).ISOWeek(); fmt.Sprint(y, w) != "2026 43" {
		t.Fatalf("the expectation assumes 25 Oct 2026 ends ISO week 43, got %d-%d", y, w)
	}
}
