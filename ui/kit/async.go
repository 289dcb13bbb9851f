package kit

import (
	"context"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
)

// Runner is the one way a screen runs slow work (a query, a workbook, a
// report): the work runs off the UI goroutine, its answer is applied on the
// UI goroutine through fyne.Do. The window makes one Runner with a
// goroutine per job; tests and screenshots give it Sync, so an answer is on
// screen when the call that asked for it returns.
type Runner struct {
	exec    func(job func())
	dialogs *Dialogs
	running sync.WaitGroup
}

// NewRunner makes a Runner whose jobs exec starts (nil: a new goroutine
// each); Busy and Job show their dialogs through dialogs.
func NewRunner(exec func(job func()), dialogs *Dialogs) *Runner {
	if exec == nil {
		exec = func(job func()) { go job() }
	}
	return &Runner{exec: exec, dialogs: dialogs}
}

// Sync runs job on another goroutine and waits for it: where no event loop
// runs (Fyne's test driver, screenshots) fyne.Do calls straight through on
// the job's goroutine, and waiting keeps it from touching widgets while the
// caller lays them out.
func Sync(job func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		job()
	}()
	<-done
}

// Go runs work off the UI goroutine, then apply on it.
func (r *Runner) Go(work func(), apply func()) {
	r.running.Add(1)
	r.exec(func() {
		defer r.running.Done()
		work()
		fyne.Do(apply)
	})
}

// Wait blocks until every job started so far has applied its answer.
func (r *Runner) Wait() { r.running.Wait() }

// Busy runs work behind a modal dialog saying message, then done with its
// error on the UI goroutine.
func (r *Runner) Busy(message string, work func() error, done func(error)) {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(message, container.NewPadded(FixedColumn(360, bar)), r.dialogs.Window())
	d.Show()
	var err error
	r.Go(func() { err = work() }, func() {
		bar.Stop()
		d.Hide()
		done(err)
	})
}

// Job is long work running behind a progress dialog with a Cancel button.
type Job struct {
	Stop     *widget.Button // cancels the work's context
	cancel   context.CancelFunc
	dlg      *dialog.CustomDialog
	bar      *widget.ProgressBar
	finished chan struct{}
}

// Done is closed once the job's done function has run.
func (j *Job) Done() <-chan struct{} { return j.finished }

// Job runs work under ctx behind a progress dialog titled title; work
// reports progress as steps of a total. done runs on the UI goroutine with
// work's error (a context.Canceled one when the user pressed Cancel).
func (r *Runner) Job(ctx context.Context, title string, work func(ctx context.Context, progress func(step, total int)) error, done func(error)) *Job {
	ctx, cancel := context.WithCancel(ctx)
	j := &Job{cancel: cancel, bar: widget.NewProgressBar(), finished: make(chan struct{})}
	j.Stop = widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() {
		j.Stop.Disable()
		j.cancel()
	})
	j.dlg = dialog.NewCustomWithoutButtons(title, FixedColumn(360, widget.NewLabel(i18n.T("job.wait")), j.bar), r.dialogs.Window())
	j.dlg.SetButtons([]fyne.CanvasObject{j.Stop})
	j.dlg.Show()
	var err error
	r.Go(func() {
		err = work(ctx, func(step, total int) {
			if total > 0 {
				fyne.Do(func() { j.bar.SetValue(float64(step) / float64(total)) })
			}
		})
	}, func() {
		j.dlg.Hide()
		cancel()
		done(err)
		close(j.finished)
	})
	return j
}

// Latest numbers a screen's requests so that only the newest one's answer
// reaches the screen: the user who changes a choice while the last one is
// still being computed must not see the older answer arrive after.
type Latest struct{ n atomic.Uint64 }

// Go is Runner.Go whose apply is dropped when another request of l has
// started (or Drop was called) since.
func (l *Latest) Go(r *Runner, work func(), apply func()) {
	n := l.n.Add(1)
	r.Go(work, func() {
		if l.n.Load() == n {
			apply()
		}
	})
}

// Drop makes the answers still to come stale: the screen has nothing to
// show for them any more.
func (l *Latest) Drop() { l.n.Add(1) }
