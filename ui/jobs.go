package ui

import (
	"context"
	"io"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data/atomicfile"
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
	runAsync(func() {
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

// writeFileAtomic writes a document (report, handout) through a temporary
// file and a rename, so a crash never leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	return atomicfile.WriteShared(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// openFile shows a file in the system's viewer (the PDF reader).
func (u *UI) openFile(path string) error {
	uri, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return u.app.OpenURL(uri)
}
