package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// saveAs asks where to save a file (name proposed, extension filtered,
// starting in dir when given) and calls write with the chosen path; nothing
// happens when the user cancels. The dialog has already created the file;
// writers replace it through a temporary file, so it is closed first.
func (u *UI) saveAs(name, ext string, write func(path string), dir ...string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.fileError(err, "") // the database itself is refused here (outguard)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		write(path)
	}, u.win)
	d.SetFileName(name)
	u.showFileDialog(d, ext, dir)
}

// openAs asks for a file to read (extension filtered, starting in dir when
// given) and calls read with its path; nothing happens when the user cancels.
func (u *UI) openAs(ext string, read func(path string), dir ...string) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		read(path)
	}, u.win)
	u.showFileDialog(d, ext, dir)
}

func (u *UI) showFileDialog(d *dialog.FileDialog, ext string, dir []string) {
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	if len(dir) > 0 && dir[0] != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir[0])); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fyne.NewSize(900, 620))
	d.Show()
}
