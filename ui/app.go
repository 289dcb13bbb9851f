// Package ui is Baulu's window: the shell around the screens (navigation,
// status line, the first-run and recovery windows, screenshots) and the
// services the screens ask of it (kit.Host, Open, Reload, ReplaceStore).
// The screens live in one package per part of the window (ui/dashboard,
// ui/kindergartens, ui/monitoring, ui/comparison, ui/activity, ui/reports,
// ui/national, ui/settings), built from ui/kit. They read and write
// through *data.Store; what may take long (statistics, reports, workbooks,
// backups, the dashboard's figures) runs off the UI goroutine through
// kit.Runner, while reading a screen's own short lists stays on it.
package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui/i18n"
	"baulu/ui/kit"
	"baulu/ui/outguard"
)

// UI is the application window and what every screen shares.
type UI struct {
	app      fyne.App
	win      fyne.Window
	store    *data.Store
	ctx      context.Context
	settings data.Settings

	shell    *shell    // nil until the first-run choice is made
	firstRun *firstRun // set while the first-run screen is shown
	statusL  *widget.Label
	dialogs  *kit.Dialogs
	runner   *kit.Runner
}

// New builds the window for store in app. It sets the language from the
// settings (Kazakh on a fresh database) and shows either the first-run
// screen or the main shell. ready, when not nil, is called after the
// screens have read the database and before the window is made; its error
// is New's (the start checks the database's integrity meanwhile, and a
// damaged database gets no main window).
func New(a fyne.App, store *data.Store, ready func() error) (*UI, error) {
	var exec func(func())
	if _, loop := a.Driver().(desktop.Driver); !loop {
		// Fyne's test driver has no event loop: fyne.Do calls straight
		// through on the job's goroutine, which would then build widgets
		// while the caller lays the window out. Jobs run to the end first.
		exec = kit.Sync
	}
	return newUI(a, store, "", exec, ready)
}

// newUI is New with the language forced (screenshots; "" means the
// settings') and the runner's executor given (nil: a goroutine per job;
// tests and screenshots, which have no event loop, pass kit.Sync).
func newUI(a fyne.App, store *data.Store, lang string, exec func(func()), ready func() error) (*UI, error) {
	if err := text.Check(); err != nil {
		return nil, err
	}
	useTheme(a)
	u := &UI{app: a, store: store, ctx: context.Background(), statusL: widget.NewLabel(""), dialogs: &kit.Dialogs{}}
	u.runner = kit.NewRunner(exec, u.dialogs)
	st, err := store.Settings(u.ctx)
	if err != nil {
		return nil, err
	}
	u.settings = st
	if lang == "" {
		lang = st.Language
	}
	if err := i18n.Set(lang); err != nil {
		return nil, err
	}
	outguard.Install(func() string { return u.store.Path() }) // no save dialog writes over the database
	content := u.content()
	if ready != nil {
		if err := ready(); err != nil {
			return nil, err
		}
	}
	u.win = a.NewWindow("Baulu")
	u.win.Resize(fyne.NewSize(1200, 780))
	u.win.SetMaster()
	u.show(content)
	u.dialogs.SetWindow(u.win)
	return u, nil
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// build shows the first-run screen or the shell, in the current language.
func (u *UI) build() { u.show(u.content()) }

// content builds the first-run screen or the shell, without a window.
func (u *UI) content() fyne.CanvasObject {
	if !u.settings.Started() {
		u.shell = nil
		u.firstRun = newFirstRun(u)
		return u.firstRun.content()
	}
	u.firstRun = nil
	u.shell = newShell(u)
	return u.shell.content()
}

// show puts c in the window, titled in the current language.
func (u *UI) show(c fyne.CanvasObject) {
	u.win.SetTitle("Baulu — " + i18n.T("app.subtitle"))
	u.win.SetContent(c)
	if u.firstRun != nil {
		u.firstRun.focus()
	}
}

// reloadSettings re-reads the settings after a screen changed them.
func (u *UI) reloadSettings() error {
	st, err := u.store.Settings(u.ctx)
	if err != nil {
		return err
	}
	u.settings = st
	return nil
}

// ReplaceStore puts another database under the window (a restored
// backup): the settings and the language are read from it and every screen
// is built again, on Settings. The caller has closed the old store.
func (u *UI) ReplaceStore(s *data.Store) error {
	u.store = s
	if err := u.reloadSettings(); err != nil {
		return err
	}
	if err := i18n.Set(u.settings.Language); err != nil {
		return err
	}
	u.build()
	if u.shell != nil {
		u.shell.open(kit.Settings)
	}
	return nil
}

// Reload re-reads the settings a screen saved and switches the whole UI to
// language l at once: the window is rebuilt on the same section.
func (u *UI) Reload(l string) error {
	if err := u.store.SetLanguage(u.ctx, l); err != nil {
		return err
	}
	if err := u.reloadSettings(); err != nil {
		return err
	}
	if err := i18n.Set(l); err != nil {
		return err
	}
	section := ""
	if u.shell != nil {
		section = u.shell.currentKey
	}
	u.build()
	if u.shell != nil && section != "" {
		u.shell.open(section)
	}
	return nil
}

// lang is the UI language, for names stored in three languages.
func (u *UI) lang() string { return i18n.Current() }

// Open shows section and in it target (the dashboard's warnings open the
// place to fix them this way).
func (u *UI) Open(section string, target kit.Target) {
	if u.shell == nil {
		return
	}
	u.shell.open(section)
	if f, ok := u.shell.current.(kit.Focuser); ok {
		f.Focus(target)
	}
}

// The window's services to its screens (kit.Host).

func (u *UI) Store() *data.Store       { return u.store }
func (u *UI) Context() context.Context { return u.ctx }
func (u *UI) Settings() data.Settings  { return u.settings }
func (u *UI) Status(msg string)        { u.statusL.SetText(msg) }
func (u *UI) ShowError(err error)      { u.dialogs.ShowError(err) }
func (u *UI) Dialogs() *kit.Dialogs    { return u.dialogs }
func (u *UI) Runner() *kit.Runner      { return u.runner }
