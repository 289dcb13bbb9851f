package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// RecoveryOptions say what the start found about a damaged database and
// how to go on.
type RecoveryOptions struct {
	// Lang is the database's UI language when it could still be read,
	// Kazakh otherwise.
	Lang string
	// Message is the one sentence saying what happened (the damaged file's
	// new name, and the backup on offer).
	Message string
	// Backup is when the newest good backup was taken; zero when there is
	// none, and only «Start with an empty database» is offered.
	Backup time.Time
	// Open carries out the choice — restore the backup or start empty — and
	// returns the database to work on.
	Open func(restore bool) (*data.Store, error)
}

// Recovery is the small window shown at start instead of the main one when
// the database was found damaged and moved aside: it says so in one
// sentence and offers the newest good backup or an empty database. The
// choice opens the main window.
type Recovery struct {
	app     fyne.App
	win     fyne.Window
	opts    RecoveryOptions
	restore *widget.Button // nil when there is no backup
	empty   *widget.Button
	errText *widget.Label
	main    *UI
	exec    func(job func()) // the main window's runner's (nil: goroutines)
}

// NewRecovery builds the recovery window in opts.Lang; show it with
// Window().Show or ShowAndRun.
func NewRecovery(a fyne.App, opts RecoveryOptions) (*Recovery, error) {
	return newRecovery(a, opts, nil)
}

// newRecovery is NewRecovery whose main window runs its jobs with exec
// (tests pass kit.Sync).
func newRecovery(a fyne.App, opts RecoveryOptions, exec func(func())) (*Recovery, error) {
	if err := setStartLanguage(a, opts.Lang); err != nil {
		return nil, err
	}
	r := &Recovery{app: a, opts: opts, exec: exec, errText: kit.Wrapped("")}
	r.errText.Importance = widget.DangerImportance
	r.errText.Hide()
	r.empty = widget.NewButtonWithIcon(i18n.T("rec.empty"), theme.DocumentCreateIcon(), func() { r.choose(false) })
	// One above the other: the restore button names the backup's date and
	// is too long to share a line in Kazakh.
	buttons := container.NewVBox(r.empty)
	if !opts.Backup.IsZero() {
		r.restore = widget.NewButtonWithIcon(i18n.T("rec.restore", "time", kit.Stamp(opts.Backup)), theme.HistoryIcon(), func() { r.choose(true) })
		r.restore.Importance = widget.HighImportance
		buttons = container.NewVBox(r.restore, r.empty)
	}
	r.win = a.NewWindow("Baulu — " + i18n.T("rec.title"))
	r.win.SetContent(container.NewPadded(kit.FixedColumn(600,
		widget.NewLabelWithStyle(i18n.T("rec.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		kit.Wrapped(opts.Message), r.errText, buttons)))
	r.win.SetFixedSize(true)
	return r, nil
}

// Window is the recovery window.
func (r *Recovery) Window() fyne.Window { return r.win }

// Main is the main window's UI once a choice has opened it (nil before).
func (r *Recovery) Main() *UI { return r.main }

// choose opens the database as chosen and replaces this window with the
// main one; a failure is said in the window, which stays.
func (r *Recovery) choose(restore bool) {
	store, err := r.opts.Open(restore)
	if err == nil {
		r.main, err = newUI(r.app, store, "", r.exec, nil)
		if err != nil {
			store.Close()
		}
	}
	if err != nil {
		fyne.LogError("baulu: recovery", err)
		msg := data.ExplainReliability(err, i18n.Current())
		if msg == "" {
			msg = kit.ErrorText(err)
		}
		r.errText.SetText(msg)
		r.errText.Show()
		r.win.Content().Refresh()
		return
	}
	r.main.Window().Show()
	r.win.Close()
}

// NewNotice is a small window with one sentence and a Close button, in
// lang: what a second Baulu on the same database shows before it exits.
func NewNotice(a fyne.App, lang, title, message string) (fyne.Window, error) {
	if err := setStartLanguage(a, lang); err != nil {
		return nil, err
	}
	w := a.NewWindow("Baulu — " + title)
	closeB := widget.NewButtonWithIcon(i18n.T("button.close"), theme.CancelIcon(), func() { w.Close() })
	closeB.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(kit.FixedColumn(520,
		widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		kit.Wrapped(message), container.NewCenter(closeB))))
	w.SetFixedSize(true)
	return w, nil
}

// setStartLanguage prepares texts and theme for a window shown before the
// main one.
func setStartLanguage(a fyne.App, lang string) error {
	if err := text.Check(); err != nil {
		return err
	}
	useTheme(a)
	return i18n.Set(lang) // anything unknown, "" included, means Kazakh
}
