// Package kittest is the fake window feature packages are tested in: a
// kit.Host on a test app, whose runner finishes every job before the call
// that started it returns (or holds jobs to run in any order), and which
// records what the screens asked of the shell.
package kittest

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// Host is a kit.Host for tests.
type Host struct {
	App fyne.App
	Win fyne.Window

	t        testing.TB
	store    *data.Store
	settings data.Settings
	dialogs  *kit.Dialogs
	runner   *kit.Runner
	status   string
	holding  bool
	held     []func()

	// Opened lists the navigations asked for (Open), oldest first.
	Opened []Opened
	// Reloads lists the languages the window was asked to rebuild in
	// (Reload).
	Reloads []string
	// Replaced lists the databases put under the window (ReplaceStore).
	Replaced []*data.Store
}

// Opened is one navigation a screen asked for.
type Opened struct {
	Section string
	Target  kit.Target
}

// New is a host on store, its window 1200 × 800, in Kazakh.
func New(t testing.TB, store *data.Store) *Host {
	t.Helper()
	h := &Host{t: t, App: test.NewTempApp(t), store: store, dialogs: &kit.Dialogs{}}
	if err := i18n.Set("kk"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { i18n.Set("kk") })
	h.readSettings()
	h.runner = kit.NewRunner(h.exec, h.dialogs)
	h.Win = h.App.NewWindow("Baulu")
	h.Win.Resize(fyne.NewSize(1200, 800))
	h.dialogs.SetWindow(h.Win)
	return h
}

func (h *Host) readSettings() {
	st, err := h.store.Settings(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	h.settings = st
}

func (h *Host) exec(job func()) {
	if h.holding {
		h.held = append(h.held, job)
		return
	}
	kit.Sync(job)
}

// Show puts a screen's content in the window.
func (h *Host) Show(c fyne.CanvasObject) { h.Win.SetContent(c) }

// Hold queues the jobs started from now on instead of running them.
func (h *Host) Hold() { h.holding = true }

// Held lists the jobs queued since Hold; run them with kit.Sync, in any
// order.
func (h *Host) Held() []func() { return h.held }

// StatusText is the status line's message.
func (h *Host) StatusText() string { return h.status }

func (h *Host) Store() *data.Store       { return h.store }
func (h *Host) Context() context.Context { return context.Background() }
func (h *Host) Settings() data.Settings  { return h.settings }
func (h *Host) Status(msg string)        { h.status = msg }
func (h *Host) ShowError(err error)      { h.dialogs.ShowError(err) }
func (h *Host) Dialogs() *kit.Dialogs    { return h.dialogs }
func (h *Host) Runner() *kit.Runner      { return h.runner }
func (h *Host) Open(section string, t kit.Target) {
	h.Opened = append(h.Opened, Opened{section, t})
}

// Reload re-reads the settings and switches to lang, as the window does
// before it rebuilds itself.
func (h *Host) Reload(lang string) error {
	h.Reloads = append(h.Reloads, lang)
	if err := h.store.SetLanguage(context.Background(), lang); err != nil {
		return err
	}
	h.readSettings()
	return i18n.Set(lang)
}

// ReplaceStore puts another database under the host, as a restore does.
func (h *Host) ReplaceStore(s *data.Store) error {
	h.Replaced = append(h.Replaced, s)
	h.store = s
	h.readSettings()
	return i18n.Set(h.settings.Language)
}
