package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"baulu/data"
)

// runBackup writes a verified backup: into the backups folder beside the
// database as the automatic one at start (pruned to data.DefaultRetention),
// or to --out. It prints the backup's path. A damaged database is not
// backed up, and a copy that fails its check is not kept: both are said,
// and logged.
func runBackup(args []string) error {
	fs, db := flags("backup")
	out := fs.String("out", "", "file to write (default: a new automatic backup in the backups folder)")
	lang := fs.String("lang", "kk", "language of the messages (kk, ru, en)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if err := dbExists(*db, *lang); err != nil {
		return err
	}
	if *out != "" {
		if err := checkOut(*db, *out, *lang); err != nil {
			return err
		}
	}
	store, err := openStore("backup", *db, *lang)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	path := *out
	if path == "" {
		path, err = store.AutoBackup(ctx, "", data.Retention{})
	} else {
		err = store.BackupTo(ctx, path)
	}
	if err != nil {
		logLine(*db, "backup failed: %v", err)
		return failAt(err, *lang, *db, *db)
	}
	fmt.Println(path)
	return nil
}

// runRestore replaces the database with a backup, keeping the current file
// aside, and prints where.
func runRestore(args []string) error {
	fs, db := flags("restore")
	lang := fs.String("lang", "kk", "language of the messages (kk, ru, en)")
	err := fs.Parse(args)
	pos := fs.Args()
	if err != nil {
		return exitCode(2)
	}
	if len(pos) != 1 {
		fmt.Fprintln(os.Stderr, "usage: baulu restore BACKUP.db [--db PATH] [--lang kk|ru|en]")
		return exitCode(2)
	}
	// The lock only: Restore needs the database closed.
	if err := lockDB("restore", *db); err != nil {
		return err
	}
	if _, err := os.Stat(pos[0]); err != nil {
		complain(*lang, "reliability.file_missing", "path", pos[0])
		return exitCode(1)
	}
	// A damaged or foreign file is the backup's fault, not the database's:
	// say so rather than data's "the database is damaged".
	if _, err := data.CheckBackup(pos[0]); errors.Is(err, data.ErrCorrupt) || errors.Is(err, data.ErrNotDatabase) {
		complain(*lang, "reliability.bad_backup")
		logLine(*db, "restore refused: %v", err)
		return exitCode(1)
	}
	taken := backupTime(pos[0])
	kept, err := data.Restore(*db, pos[0])
	if err != nil {
		logLine(*db, "restore from %s failed, the database is unchanged: %v", pos[0], err)
		return failAt(err, *lang, *db, *db)
	}
	logLine(*db, "restored %s from %s; the previous database is kept as %q", *db, pos[0], kept)
	if kept == "" {
		say(*lang, "reliability.restored_fresh", "time", taken)
		return nil
	}
	say(*lang, "reliability.restored", "time", taken, "path", kept)
	return nil
}

// backupTime is when a backup was taken: from its name in the backups
// folder, else the file's time.
func backupTime(path string) string {
	const layout = "02.01.2006 15:04"
	if list, err := data.ListBackups(filepath.Dir(path)); err == nil {
		for _, b := range list {
			if filepath.Base(b.Path) == filepath.Base(path) {
				return b.Time.Format(layout)
			}
		}
	}
	if st, err := os.Stat(path); err == nil {
		return st.ModTime().Format(layout)
	}
	return time.Now().Format(layout)
}

// runCheck runs PRAGMA quick_check on the closed file, then the full
// integrity and foreign-key checks on the open database; a damaged one —
// an empty file included — gives one sentence and status 1.
func runCheck(args []string) error {
	fs, db := flags("check")
	lang := fs.String("lang", "kk", "language of the messages (kk, ru, en)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if err := dbExists(*db, *lang); err != nil {
		return err
	}
	if err := lockDB("check", *db); err != nil {
		return err
	}
	if err := data.CheckFile(*db); err != nil {
		return failAt(err, *lang, *db, *db)
	}
	store, err := openStore("check", *db, *lang)
	if err != nil {
		return err
	}
	defer store.Close()
	rep, err := store.Check(context.Background())
	switch {
	case errors.Is(err, data.ErrCorrupt):
		complain(*lang, "reliability.check_bad", "structure", len(rep.Integrity), "references", len(rep.ForeignKeys))
		for _, line := range append(rep.Integrity, rep.ForeignKeys...) {
			fmt.Fprintln(os.Stderr, "  "+line)
		}
		return exitCode(1)
	case err != nil:
		return failAt(err, *lang, *db, *db)
	}
	say(*lang, "reliability.check_ok")
	return nil
}
