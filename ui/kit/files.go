package kit

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/atomicfile"
	"baulu/ui/i18n"
)

// SaveAs asks where to save a file (name proposed, extension filtered,
// starting in dir when given) and calls write with the chosen path; nothing
// happens when the user cancels. The dialog has already created the file;
// writers replace it through a temporary file, so it is closed first.
func (d *Dialogs) SaveAs(name, ext string, write func(path string), dir ...string) {
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			d.fileError(err) // the database itself is refused here (ui/outguard)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		d.lastDir = filepath.Dir(path)
		write(path)
	}, d.win)
	fd.SetFileName(name)
	fd.SetTitleText(i18n.T("file.save_title")) // Fyne's own reads «Сақтау файл»
	d.showFileDialog(fd, ext, dir)
}

// fileError says why a save dialog could not open the chosen file: the
// reliability layer's sentence when it has one (the database, its working
// files or the backups folder refused by ui/outguard), else ShowError's.
func (d *Dialogs) fileError(err error) {
	msg := data.ExplainReliability(err, i18n.Current())
	if msg == "" {
		d.ShowError(err)
		return
	}
	fyne.LogError("baulu: file", err)
	d.ShowMessage(i18n.T("error.title"), msg)
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
		d.lastDir = filepath.Dir(path)
		read(path)
	}, d.win)
	fd.SetTitleText(i18n.T("file.open_title"))
	d.showFileDialog(fd, ext, dir)
}

// StartDir is where a file dialog opens: the folder asked for, else the
// last one used, else the user's Documents (Windows and most Linux desktops
// have one), else Fyne's default (the profile folder).
func (d *Dialogs) StartDir(dir []string) string {
	if len(dir) > 0 && dir[0] != "" {
		return dir[0]
	}
	if d.lastDir != "" {
		return d.lastDir
	}
	if home, err := os.UserHomeDir(); err == nil {
		docs := filepath.Join(home, "Documents")
		if st, err := os.Stat(docs); err == nil && st.IsDir() {
			return docs
		}
	}
	return ""
}

func (d *Dialogs) showFileDialog(fd *dialog.FileDialog, ext string, dir []string) {
	fd.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	if start := d.StartDir(dir); start != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil {
			fd.SetLocation(l)
		}
	}
	fd.Resize(fyne.NewSize(900, 620))
	fd.Show()
}

// WriteFileAtomic writes a document (report, handout) through a temporary
// file and a rename, so a crash never leaves half a file; it gets the
// umask's mode, like any file the user saves (atomicfile.WriteShared).
func WriteFileAtomic(path string, b []byte) error {
	return atomicfile.WriteShared(path, func(w io.Writer) error {
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

// WriteDocument makes a document off the UI goroutine behind a progress
// dialog titled title (Cancel stops it between steps), writes it whole to
// path, and says on the status line where it went or that it was
// cancelled; an error is shown in one sentence. btn, when not nil, is
// disabled meanwhile. The job is returned for tests to wait on.
func WriteDocument(h Host, btn *widget.Button, title, path string, make func(ctx context.Context, w io.Writer, progress func(step, total int)) error) *Job {
	if btn != nil {
		btn.Disable()
	}
	return h.Runner().Job(h.Context(), title, func(ctx context.Context, progress func(int, int)) error {
		var buf bytes.Buffer
		if err := make(ctx, &buf, progress); err != nil {
			return err
		}
		return WriteFileAtomic(path, buf.Bytes())
	}, func(err error) {
		if btn != nil {
			btn.Enable()
		}
		switch {
		case errors.Is(err, context.Canceled):
			h.Status(i18n.T("reports.cancelled"))
		case err != nil:
			h.ShowError(err)
		default:
			h.Status(i18n.T("reports.saved", "path", path))
		}
	})
}
