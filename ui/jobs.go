package ui

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
)

// job is long work running off the UI goroutine behind a progress dialog
// with a Cancel button.
type job struct {
	cancel   context.CancelFunc
	dlg      *dialog.CustomDialog
	bar      *widget.ProgressBar
	stop     *widget.Button
	finished chan struct{} // closed once done has run (tests wait on it)
}

// runJob starts work on its own goroutine. work reports progress as steps
// of a total; done runs on the UI goroutine with work's error (a
// context.Canceled one when the user pressed Cancel).
func (u *UI) runJob(title string, work func(ctx context.Context, progress func(step, total int)) error, done func(error)) *job {
	ctx, cancel := context.WithCancel(u.ctx)
	j := &job{cancel: cancel, bar: widget.NewProgressBar(), finished: make(chan struct{})}
	j.stop = widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() {
		j.stop.Disable()
		j.cancel()
	})
	j.dlg = dialog.NewCustomWithoutButtons(title, fixedColumn(360, widget.NewLabel(i18n.T("job.wait")), j.bar), u.win)
	j.dlg.SetButtons([]fyne.CanvasObject{j.stop})
	j.dlg.Show()
	background(func() {
		err := work(ctx, func(step, total int) {
			if total > 0 {
				fyne.Do(func() { j.bar.SetValue(float64(step) / float64(total)) })
			}
		})
		fyne.Do(func() {
			j.dlg.Hide()
			cancel()
			done(err)
			close(j.finished)
		})
	})
	return j
}

// background starts work off the UI goroutine. Tests replace it: Fyne's
// test driver runs fyne.Do on the calling goroutine, so work on a second
// goroutine would race with the test's own widget calls.
var background = func(work func()) { go work() }

// writeFileAtomic writes data through a temporary file in the same folder
// and a rename, so a crash never leaves half a file. (The lead replaces it
// with data/atomicfile.WriteFile when the branches meet.)
func writeFileAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

// saveAs asks where to save a file (name proposed, extension filtered) and
// calls write with the chosen path; nothing happens when the user cancels.
func (u *UI) saveAs(name, ext string, write func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		// The dialog has created the file; it is replaced through a
		// temporary file, so close it first.
		path := w.URI().Path()
		w.Close()
		write(path)
	}, u.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// openFile shows a file in the system's viewer (the PDF reader).
func (u *UI) openFile(path string) error {
	uri, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return u.app.OpenURL(uri)
}
