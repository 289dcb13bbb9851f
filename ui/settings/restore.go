package settings

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// openStoreAt reopens the database after a restore, as the start does: a
// backup made by an older Baulu is migrated, with a copy taken first.
func openStoreAt(path string) (*data.Store, error) {
	return data.Open(context.Background(), path, data.Options{BeforeMigrate: data.BackupBeforeMigrate("")})
}

// restoreFrom asks, then replaces the database with the backup at path
// (taken at taken): the store is closed, data.Restore keeps the current file
// aside and copies the backup in, and the window reopens on the result. If
// anything fails the previous database is opened again.
func restoreFrom(h shell, path string, taken time.Time) {
	body := i18n.T("bak.restore.body", "time", kit.Stamp(taken))
	h.Dialogs().ConfirmAction(i18n.T("bak.restore.title"), body, i18n.T("bak.restore"), theme.HistoryIcon(), func() {
		dbPath := h.Store().Path()
		var (
			keptAside string
			restored  *data.Store
		)
		old := h.Store()
		h.Runner().Busy(i18n.T("bak.restoring"), func() error {
			// Check first, while the database is still open and untouched.
			if err := checkBackup(path); err != nil {
				return err
			}
			if err := old.Close(); err != nil {
				return fmt.Errorf("close before restoring: %w", err)
			}
			var err error
			keptAside, err = data.Restore(dbPath, path)
			log.Printf("restore of %s from %s: kept aside %q, %v", dbPath, path, keptAside, err) // one line in baulu.log
			// On failure Restore has put the old file back: open whichever
			// database is now at dbPath, so the window always has one.
			s, openErr := openStoreAt(dbPath)
			if openErr != nil {
				return errors.Join(err, openErr)
			}
			restored = s
			if err == nil {
				err = s.RecordRestore(context.Background(), path)
			}
			return err
		}, func(err error) {
			if restored != nil {
				if e := h.ReplaceStore(restored); e != nil {
					err = errors.Join(err, e)
				}
			}
			if err != nil {
				reliabilityError(h, err)
				return
			}
			msg := data.ReliabilityText("restored", i18n.Current(), map[string]string{"time": kit.Stamp(taken), "path": keptAside})
			if keptAside == "" {
				msg = i18n.T("bak.restored_fresh", "time", kit.Stamp(taken))
			}
			h.Status(msg)
			h.Dialogs().ShowMessage(i18n.T("bak.restore.title"), msg)
		})
	})
}

// errBadBackup marks a file offered for restore that is damaged or not a
// Baulu database: the current database was not touched.
var errBadBackup = errors.New("not a sound Baulu backup")

// checkBackup is data.CheckBackup with a damaged or foreign file reported
// as errBadBackup (data says "the database is damaged", which would wrongly
// suggest the user's own database).
func checkBackup(path string) error {
	_, err := data.CheckBackup(path)
	if errors.Is(err, data.ErrCorrupt) || errors.Is(err, data.ErrNotDatabase) {
		return fmt.Errorf("%w: %w", errBadBackup, err)
	}
	return err
}

// reliabilityError says in one sentence why a backup, restore or check
// failed: the reliability layer's own sentence when it has one.
func reliabilityError(h shell, err error) {
	fyne.LogError("baulu: reliability", err)
	msg := data.ExplainReliability(err, i18n.Current())
	var pe *fs.PathError
	switch {
	case errors.Is(err, errBadBackup):
		msg = i18n.T("bak.bad_backup")
	case msg != "":
	case errors.As(err, &pe):
		msg = i18n.T("rel.file_error", "path", pe.Path)
	default:
		msg = kit.ErrorText(err)
	}
	h.Dialogs().ShowMessage(i18n.T("error.title"), msg)
}

// fileTime is when a file was last written (a backup outside the backups
// folder has no time in its name); zero when it cannot be read.
func fileTime(path string) time.Time {
	st, err := os.Stat(path)
	if err != nil {
		return time.Time{}
	}
	return st.ModTime()
}

// fileError says why writing or reading the file at path failed: the
// reliability layer's sentence when it has one, else that the file could
// not be written or read (a full USB stick, a folder without rights).
func fileError(h shell, err error, path string) {
	fyne.LogError("baulu: file", err)
	msg := data.ExplainReliability(err, i18n.Current())
	if msg == "" {
		msg = i18n.T("rel.file_error", "path", path)
	}
	h.Dialogs().ShowMessage(i18n.T("error.title"), msg)
}
