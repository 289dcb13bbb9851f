package data

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// prune deletes the automatic backups of the database source in dir that r
// does not keep. It deletes only what it can prove it wrote: a regular file
// (never a link) named like an automatic backup whose marker names source —
// backups before a migration, of other databases sharing the folder, and of
// earlier Baulu versions (no marker) stay, as does anything else. It never
// deletes through a folder that is a symbolic link, and never the newest
// good backup: good is the one just written and verified ("" to look for
// it with quick_check).
func prune(ctx context.Context, dir, source string, r Retention, good string) error {
	if fi, err := os.Lstat(dir); err != nil || !fi.IsDir() {
		return nil // a link to a folder, or gone: nothing is deleted through it
	}
	list, err := ListBackups(dir)
	if err != nil {
		return err
	}
	name := filepath.Base(source)
	var ours []BackupInfo
	for _, b := range list {
		if src, marked := backupSource(ctx, b.Path); !b.BeforeMigration && marked && src == name {
			ours = append(ours, b)
		}
	}
	if good == "" {
		for _, b := range ours {
			if checkFile(ctx, b.Path, "quick_check") == nil {
				good = b.Path
				break
			}
		}
	}
	keep := r.keep(ours)
	var errs []error
	for _, b := range ours {
		if keep[b.Path] || b.Path == good {
			continue
		}
		if fi, err := os.Lstat(b.Path); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("remove old backups: %w", errors.Join(errs...))
	}
	return nil
}

// keep picks the backups r keeps from list (newest first): the r.Last
// newest, and the newest of each of the r.Daily most recent days (and
// weeks, months) that have a backup.
func (r Retention) keep(list []BackupInfo) map[string]bool {
	keep := map[string]bool{}
	for i, b := range list {
		if i < r.Last {
			keep[b.Path] = true
		}
	}
	spread := []struct {
		n      int
		bucket func(time.Time) string
	}{
		{r.Daily, func(t time.Time) string { return t.Format("2006-01-02") }},
		{r.Weekly, func(t time.Time) string { y, w := t.ISOWeek(); return fmt.Sprintf("%d-W%02d", y, w) }},
		{r.Monthly, func(t time.Time) string { return t.Format("2006-01") }},
	}
	for _, s := range spread {
		seen := map[string]bool{}
		for _, b := range list {
			k := s.bucket(b.Time.Local())
			if seen[k] || len(seen) >= s.n {
				continue
			}
			seen[k] = true
			keep[b.Path] = true
		}
	}
	return keep
}
