package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui"
)

// startPlan is what the window's start found out about the database before
// opening it: whether another Baulu has it, whether it is new, and whether
// it was damaged (then it has been moved aside, and the newest good backup
// is on offer). Deciding is separate from the windows so tests can check
// every case on files.
type startPlan struct {
	db      string
	lang    string           // the database's UI language when readable, else kk
	release func()           // the lock; nil when locked or after close
	locked  error            // another Baulu has the database (*data.LockError)
	fresh   bool             // no database yet: a first start
	damaged string           // where the damaged database was moved; "" when sound
	backup  *data.BackupInfo // the newest good backup, offered when damaged

	checked  chan error // PRAGMA quick_check's result, from its goroutine
	waitOnce sync.Once
	checkErr error // the check's result once waited for; nil after settle
}

// beginStart takes the lock and starts PRAGMA quick_check of an existing
// file on its own goroutine: the main window is built meanwhile (reading
// only), and sound waits for the check before anything is written or the
// window is made. On a national database the check is about 70 ms of the
// start that the other core does.
func beginStart(db string) (*startPlan, error) {
	p := &startPlan{db: db, lang: data.StoredLanguage(db)}
	if err := os.MkdirAll(filepath.Dir(db), 0o700); err != nil {
		return nil, err
	}
	release, err := data.Lock(db, data.HolderWindow)
	if errors.Is(err, data.ErrLocked) {
		p.locked = err
		return p, nil
	}
	if err != nil {
		return nil, err
	}
	p.release = release
	tidy(db, staleTemp)
	if _, err := os.Stat(db); errors.Is(err, fs.ErrNotExist) {
		// A damaged database moved aside at an earlier start, and no choice
		// made since (the recovery window was closed): offer it again rather
		// than start empty, which the user did not choose.
		if p.damaged = data.DamagedAside(db); p.damaged != "" {
			p.findBackup()
			return p, nil
		}
		p.fresh = true
		return p, nil
	}
	p.checked = make(chan error, 1)
	go func() { p.checked <- data.CheckFile(db) }()
	return p, nil
}

// sound waits for the check (at once when there is none) and gives its
// result: nil for a sound or new file.
func (p *startPlan) sound() error {
	p.waitOnce.Do(func() {
		if p.checked != nil {
			p.checkErr = <-p.checked
			if errors.Is(p.checkErr, fs.ErrNotExist) {
				p.fresh, p.checkErr = true, nil
			}
		}
	})
	return p.checkErr
}

// settle waits for the check and, when the file is damaged, moves it aside
// and looks up the newest good backup. Nothing may have the file open.
// Its error is one that is not damage (the file could not be read at all).
func (p *startPlan) settle() error {
	err := p.sound()
	switch {
	case err == nil:
		return nil
	case !errors.Is(err, data.ErrCorrupt):
		return err
	}
	found := err
	if p.damaged, err = data.MoveAside(p.db); err != nil {
		logLine(p.db, "the damaged database could not be moved aside: %v", err)
		return err
	}
	logLine(p.db, "the damaged database was moved aside to %s (%v)", p.damaged, found)
	p.checkErr = nil // what is at the path from now on is new or restored
	p.findBackup()
	return nil
}

// findBackup looks up the newest good backup of the database to offer.
func (p *startPlan) findBackup() {
	if b, err := data.NewestGoodBackupFor(p.db); err == nil {
		p.backup = &b
	}
}

// isRecovery reports whether the start must ask how to go on: the
// database was found damaged, now or at an earlier start.
func (p *startPlan) isRecovery() bool { return p.damaged != "" }

// message is the one sentence about a locked or damaged database.
func (p *startPlan) message() string {
	switch {
	case p.locked != nil:
		return data.ExplainReliability(p.locked, p.lang)
	case p.damaged != "" && p.backup != nil:
		return data.ReliabilityText("corrupt_moved", p.lang, map[string]string{
			"path": p.damaged, "time": p.backup.Time.Local().Format("02.01.2006 15:04")})
	case p.damaged != "":
		return data.ReliabilityText("corrupt_no_backup", p.lang, map[string]string{"path": p.damaged})
	}
	return ""
}

// open opens the database to work on — after restoring the offered backup
// when restore is set — migrating with a backup first. The automatic backup
// of this start is autoBackup's.
func (p *startPlan) open(restore bool) (*data.Store, error) {
	if restore {
		if p.backup == nil {
			return nil, fmt.Errorf("restore at start: %w", data.ErrNoBackup)
		}
		kept, err := data.Restore(p.db, p.backup.Path)
		if err != nil {
			logLine(p.db, "restore of %s at start failed: %v", p.backup.Path, err)
			return nil, err
		}
		logLine(p.db, "restored %s from %s (kept aside: %q)", p.db, p.backup.Path, kept)
	}
	ctx := context.Background()
	return data.Open(ctx, p.db, data.Options{BeforeWrite: p.sound, BeforeMigrate: data.BackupBeforeMigrate("")})
}

// autoBackup takes the automatic backup of this start (pruned to
// data.DefaultRetention). Only a sound database that was already there is
// backed up: a new one holds nothing, and a restored one is a backup
// already — an empty database must never push a good backup out.
func (p *startPlan) autoBackup(s *data.Store) {
	if p.fresh || p.damaged != "" {
		return
	}
	if _, err := s.AutoBackup(context.Background(), "", data.Retention{}); err != nil {
		// Work can go on; the log says why there is no backup today.
		logLine(p.db, "automatic backup failed: %v", err)
	}
}

// autoBackupOnStart runs autoBackup on its own goroutine as soon as a runs
// (the first frame is on screen by then): VACUUM INTO of a national
// database takes about 80 ms that the window need not wait for. It starts
// before any event is handled, and the store's single connection makes
// every query of the UI wait until the copy is done, so the backup is still
// the database as found at start. The returned wait blocks until the backup
// is done (at once when the app never ran), for closing the store.
func (p *startPlan) autoBackupOnStart(a fyne.App, s *data.Store) (wait func()) {
	var wg sync.WaitGroup
	a.Lifecycle().SetOnStarted(func() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.autoBackup(s)
		}()
	})
	return wg.Wait
}

// close releases the lock.
func (p *startPlan) close() {
	if p.release != nil {
		p.release()
		p.release = nil
	}
}

// startGUI decides the first window: the main one; a notice when another
// Baulu has the database (or it cannot be opened at all); or the recovery
// window after damage. finish, called when the app has quit, closes the
// database, releases the lock and gives the command's result.
func startGUI(a fyne.App, db string) (first fyne.Window, finish func(opened bool) error, err error) {
	p, err := beginStart(db)
	if err != nil {
		return nil, nil, err
	}
	if p.locked != nil {
		return notice(a, p.lang, text.T(p.lang, "rec.locked.title"), p.message(), exitLocked)
	}
	if p.isRecovery() {
		return p.recovery(a)
	}
	phase("plan")
	u, store, err := p.openMain(a)
	phase("main window")
	if err == nil {
		backedUp := p.autoBackupOnStart(a, store)
		return u.Window(), func(opened bool) error {
			backedUp()
			store.Close()
			if !opened && p.fresh {
				// The window never opened (no OpenGL): the database this
				// start made is taken back, so none is left behind.
				if err := data.DiscardNew(p.db); err != nil {
					logLine(p.db, "could not remove the unused new database: %v", err)
				}
			}
			p.close()
			return nil
		}, nil
	}
	// A damaged file may be why; the check says.
	if serr := p.settle(); serr != nil {
		err = serr
	} else if p.isRecovery() {
		return p.recovery(a)
	}
	p.close()
	msg := data.Explain(err, p.lang, p.db)
	if msg == "" {
		return nil, nil, err
	}
	logLine(p.db, "cannot open the database: %v", err)
	return notice(a, p.lang, "Baulu", msg, 1)
}

// openMain opens the database and builds the main window on it while the
// file is checked: nothing is written and no window is made before the
// check has found the file sound. On an error the store is closed.
func (p *startPlan) openMain(a fyne.App) (*ui.UI, *data.Store, error) {
	store, err := p.open(false)
	if err != nil {
		return nil, nil, err
	}
	u, err := ui.New(a, store, p.sound)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return u, store, nil
}

// recovery is the window offered after damage: restore the newest good
// backup or start again.
func (p *startPlan) recovery(a fyne.App) (fyne.Window, func(bool) error, error) {
	var store *data.Store
	opts := ui.RecoveryOptions{Lang: p.lang, Message: p.message(), Open: func(restore bool) (*data.Store, error) {
		s, err := p.open(restore)
		store = s
		return s, err
	}}
	if p.backup != nil {
		opts.Backup = p.backup.Time
	}
	logLine(p.db, "recovery offered: %s", opts.Message)
	r, err := ui.NewRecovery(a, opts)
	if err != nil {
		p.close()
		return nil, nil, err
	}
	return r.Window(), func(bool) error {
		if store != nil {
			store.Close()
		}
		p.close()
		return nil
	}, nil
}

// notice is a window with one sentence, also printed for the log, after
// which the command ends with status.
func notice(a fyne.App, lang, title, msg string, status int) (fyne.Window, func(bool) error, error) {
	fmt.Fprintln(os.Stderr, msg)
	w, err := ui.NewNotice(a, lang, title, msg)
	if err != nil {
		return nil, nil, err
	}
	return w, func(bool) error { return exitCode(status) }, nil
}
