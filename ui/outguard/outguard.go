// Package outguard keeps Fyne's file dialogs from writing over the
// database: Fyne's save dialog opens (and truncates) the chosen file before
// Baulu's code sees the name, so the check has to sit in Fyne's storage
// layer. Install wraps the "file" repository once; every writer it opens
// is first checked with data.CheckOutput against the database in use.
package outguard

import (
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"baulu/data"
)

// files is what Fyne's own file repository offers.
type files interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// guarded is Fyne's file repository with the writes checked.
type guarded struct{ files }

var (
	mu sync.Mutex
	// database gives the path of the database in use; the latest Install
	// wins (a restore or a second test window replaces it).
	database atomic.Pointer[func() string]
)

// Install makes every file writer Fyne opens refuse the database given by
// dbPath, its working files, lock and backups folder (an *data.OutputError,
// which the save dialog's callback receives as its error). Call it once a
// window has a database; calling it again changes the database (and wraps
// the repository again if a new app replaced it).
func Install(dbPath func() string) {
	database.Store(&dbPath)
	mu.Lock()
	defer mu.Unlock()
	r, err := repository.ForScheme("file")
	if _, ours := r.(guarded); err != nil || ours {
		return
	}
	if f, ok := r.(files); ok {
		repository.Register("file", guarded{f}) // a new app registers Fyne's own again
	}
}

// check refuses a write to u when it would replace the database.
func check(u fyne.URI) error {
	p := database.Load()
	if p == nil || u.Scheme() != "file" {
		return nil
	}
	if err := data.CheckOutput((*p)(), u.Path()); data.IsOutputError(err) && !isFolderOnly(err) {
		return err
	}
	return nil
}

// isFolderOnly: a folder refusal is the dialog's own business (it never
// opens a folder for writing); only the database and backups matter here.
func isFolderOnly(err error) bool {
	oe, _ := err.(*data.OutputError)
	return oe != nil && (oe.Reason == "is_folder" || oe.Reason == "no_folder")
}

func (g guarded) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := check(u); err != nil {
		return nil, err
	}
	return g.files.Writer(u)
}

func (g guarded) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := check(u); err != nil {
		return nil, err
	}
	return g.files.Appender(u)
}

func (g guarded) Copy(src, dst fyne.URI) error {
	if err := check(dst); err != nil {
		return err
	}
	return g.files.Copy(src, dst)
}

func (g guarded) Move(src, dst fyne.URI) error {
	if err := check(dst); err != nil {
		return err
	}
	return g.files.Move(src, dst)
}
