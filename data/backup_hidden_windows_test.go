//go:build windows

package data_test

import (
	"testing"

	"golang.org/x/sys/windows"

	"baulu/data"
)

// Issue 21: a backup and a restored database are not Hidden.
func TestBackupAndRestoredDatabaseAreNotHidden(t *testing.T) {
	s := scoredFixture(t)
	backup, err := s.AutoBackup(ctx, "", data.Retention{})
	if err != nil {
		t.Fatal(err)
	}
	path := closedCopy(t, s)
	if _, err := data.Restore(path, backup); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{backup, path} {
		u, _ := windows.UTF16PtrFromString(p)
		attrs, err := windows.GetFileAttributes(u)
		if err != nil || attrs&windows.FILE_ATTRIBUTE_HIDDEN != 0 {
			t.Errorf("%s: attributes %#x, %v", p, attrs, err)
		}
	}
}
