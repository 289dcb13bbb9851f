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

// reliabilityFailure prints the reliability layer's sentence for err when it
// has one and ends the command with status 1; other errors go up as they are.
func reliabilityFailure(err error, lang string) error {
	if msg := data.ExplainReliability(err, lang); msg != "" {
		fmt.Fprintln(os.Stderr, msg)
		fmt.Fprintln(os.Stderr, "baulu:", err)
		return exitCode(1)
	}
	return err
}

// runBackup writes a backup: into the backups folder beside the database
// as the automatic one at start (pruning to the last data.KeepBackups), or
// to --out. It prints the backup's path.
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
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	path := *out
	if path == "" {
		path, err = store.AutoBackup(ctx, "", data.KeepBackups)
	} else {
		err = store.BackupTo(ctx, path)
	}
	if err != nil {
		return reliabilityFailure(err, *lang)
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
	if err := lockDB(*db); err != nil {
		return err
	}
	// A damaged or foreign file is the backup's fault, not the database's:
	// say so rather than data's "the database is damaged".
	if _, err := data.CheckBackup(pos[0]); errors.Is(err, data.ErrCorrupt) || errors.Is(err, data.ErrNotDatabase) {
		complain(*lang, "bak.bad_backup")
		fmt.Fprintln(os.Stderr, "baulu:", err)
		return exitCode(1)
	}
	taken := backupTime(pos[0])
	kept, err := data.Restore(*db, pos[0])
	if err != nil {
		return reliabilityFailure(err, *lang)
	}
	if kept == "" {
		say(*lang, "bak.restored_fresh", "time", taken)
		return nil
	}
	fmt.Println(data.ReliabilityText("restored", *lang, map[string]string{"time": taken, "path": kept}))
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
// integrity and foreign-key checks on the open database; a damaged one
// gives one sentence and status 1.
func runCheck(args []string) error {
	fs, db := flags("check")
	lang := fs.String("lang", "kk", "language of the messages (kk, ru, en)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if err := dbExists(*db, *lang); err != nil {
		return err
	}
	if err := lockDB(*db); err != nil {
		return err
	}
	if err := data.CheckFile(*db); err != nil {
		return reliabilityFailure(err, *lang)
	}
	store, err := openStore(*db)
	if err != nil {
		return reliabilityFailure(err, *lang)
	}
	defer store.Close()
	rep, err := store.Check(context.Background())
	switch {
	case errors.Is(err, data.ErrCorrupt):
		complain(*lang, "bak.check.bad", "integrity", len(rep.Integrity), "foreign_keys", len(rep.ForeignKeys))
		for _, line := range append(rep.Integrity, rep.ForeignKeys...) {
			fmt.Fprintln(os.Stderr, "  "+line)
		}
		return exitCode(1)
	case err != nil:
		return reliabilityFailure(err, *lang)
	}
	say(*lang, "bak.check.ok")
	return nil
}
