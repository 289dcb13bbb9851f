package kit

import (
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"baulu/data/atomicfile"
)

// SaveAs asks where to save a file (name proposed, extension filtered,
// starting in dir when given) and calls write with the chosen path; nothing
// happens when the user cancels. The dialog has already created the file;
// writers replace it through a temporary file, so it is closed first.
func (d *Dialogs) SaveAs(name, ext string, write func(path string), dir ...string) {
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			d.ShowError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		write(path)
	}, d.win)
	fd.SetFileName(name)
	d.showFileDialog(fd, ext, dir)
}

// OpenAs asks for a file to read (extension filtered, starting in dir when
// given) and calls read with its path; nothing happens when the user
// cancels.
func (d *Dialogs) OpenAs(ext string, read func(path string), dir ...string) {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			d.ShowError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		read(path)
	}, d.win)
	d.showFileDialog(fd, ext, dir)
}

func (d *Dialogs) showFileDialog(fd *dialog.FileDialog, ext string, dir []string) {
	fd.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	if len(dir) > 0 && dir[0] != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir[0])); err == nil {
			fd.SetLocation(l)
		}
	}
	fd.Resize(fyne.NewSize(900, 620))
	fd.Show()
}

// WriteFileAtomic writes b through a temporary file and a rename, so a
// crash never leaves half a file.
func WriteFileAtomic(path string, b []byte) error {
	return atomicfile.WriteFile(path, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// OpenFile shows a file in the system's viewer (the PDF reader).
func OpenFile(path string) error {
	uri, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return fyne.CurrentApp().OpenURL(uri)
}

// RemoveIfEmpty deletes the empty file a save dialog created when writing
// into it then failed, so no empty "backup" or "package" is left behind.
func RemoveIfEmpty(path string) {
	if st, err := os.Stat(path); err == nil && st.Size() == 0 {
		os.Remove(path)
	}
}

// WriteChosen writes a file to the path a save dialog chose (ext added
// when it has another), off the UI goroutine behind a busy dialog saying
// busy; done gets the final path and write's error on the UI goroutine.
func WriteChosen(r *Runner, path, ext, busy string, write func(path string) error, done func(path string, err error)) {
	if !strings.EqualFold(filepath.Ext(path), ext) {
		path += ext
	}
	r.Busy(busy, func() error { return write(path) }, func(err error) { done(path, err) })
}
