package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

var ctx = context.Background()

// testExec runs the window's jobs before the call that started them
// returns, or, while held, queues them so a test finishes them when and in
// the order it likes.
type testExec struct {
	hold bool
	jobs []func()
}

func (e *testExec) run(job func()) {
	if e.hold {
		e.jobs = append(e.jobs, job)
		return
	}
	kit.Sync(job)
}

// newTestUI opens Baulu on a fresh database in Fyne's test driver.
func newTestUI(t *testing.T, store *data.Store) *UI {
	t.Helper()
	u, _ := newHeldUI(t, store)
	return u
}

// newHeldUI is newTestUI with the executor of its jobs.
func newHeldUI(t *testing.T, store *data.Store) (*UI, *testExec) {
	t.Helper()
	a := test.NewTempApp(t)
	exec := &testExec{}
	u, err := newUI(a, store, "", exec.run, nil)
	if err != nil {
		t.Fatal(err)
	}
	u.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() { i18n.Set("kk") })
	return u, exec
}

func TestFirstRunConfiguresTheRegion(t *testing.T) {
	s := datatest.New(t)
	u := newTestUI(t, s)
	fr := u.firstRun
	if fr == nil || u.shell != nil {
		t.Fatal("a fresh database must open on the first-run screen")
	}

	if c := u.win.Canvas(); c.Focused() != fr.form.Choice("region") {
		t.Fatalf("the first run opens with the keyboard in %T, not the region", c.Focused())
	}

	// Nothing chosen: a Kazakh message says which field, and nothing is written.
	test.Tap(fr.start)
	if !strings.Contains(fr.errText.Text, "Өңір") {
		t.Fatalf("error for a missing region: %q", fr.errText.Text)
	}
	if st, _ := s.Settings(ctx); st.Configured() {
		t.Fatal("settings written despite the error")
	}

	fr.form.Choice("region").SetKey("ULY")
	if fr.errText.Text != "" {
		t.Fatalf("the missing region's message stays after a region is chosen: %q", fr.errText.Text)
	}
	test.Type(fr.form.Entry("centre_name"), "Ұлытау облысы білім басқармасының әдістемелік орталығы")
	test.Type(fr.form.Entry("head_name"), "Сәуле Әбдіқызы")
	fr.form.Object("head_name").(fyne.Focusable).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter starts
	if u.shell == nil {
		t.Fatalf("still on first run: %q", fr.errText.Text)
	}
	st, _ := s.Settings(ctx)
	if st.RegionCode != "ULY" || st.HeadName != "Сәуле Әбдіқызы" {
		t.Fatalf("settings %+v", st)
	}
	if u.shell.currentKey != kit.Kindergartens {
		t.Fatalf("after first run the window shows %s", u.shell.currentKey)
	}
}

func TestSettingsLanguageSwitchesAtOnce(t *testing.T) {
	s := datatest.NewConfigured(t, "AST")
	u := newTestUI(t, s)
	u.shell.open(kit.Settings)
	if err := u.Reload("ru"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Settings(ctx); got.Language != "ru" {
		t.Fatalf("settings %+v", got)
	}
	if i18n.Current() != "ru" || u.shell.currentKey != kit.Settings {
		t.Fatalf("language %s, section %s", i18n.Current(), u.shell.currentKey)
	}
	if got := u.shell.nav.Length(); got != len(sections()) {
		t.Fatalf("nav has %d items", got)
	}
	if !hasButton(u.win.Content(), "Сохранить") {
		t.Fatal("no «Сохранить» button after switching to Russian")
	}
}

// ReplaceStore rebuilds the window on the other database, on Settings.
func TestReplaceStoreRebuildsOnSettings(t *testing.T) {
	u := newTestUI(t, datatest.NewConfigured(t, "ULY"))
	u.shell.open(kit.Dashboard)
	other := datatest.NewConfigured(t, "AST")
	if err := u.ReplaceStore(other); err != nil {
		t.Fatal(err)
	}
	if u.Store() != other || u.Settings().RegionCode != "AST" || u.shell.currentKey != kit.Settings {
		t.Fatalf("store %v, region %s, section %s", u.Store() == other, u.Settings().RegionCode, u.shell.currentKey)
	}
}

// hasButton reports whether a button labelled text is shown under o.
func hasButton(o fyne.CanvasObject, text string) bool {
	switch x := o.(type) {
	case *widget.Button:
		return x.Text == text
	case *fyne.Container:
		for _, c := range x.Objects {
			if hasButton(c, text) {
				return true
			}
		}
		return false
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if hasButton(c, text) {
				return true
			}
		}
	}
	return false
}

func TestEverySectionOpens(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	u := newTestUI(t, s)
	for _, sec := range sections() {
		u.shell.open(sec.key)
		if u.shell.currentKey != sec.key || u.shell.current == nil {
			t.Fatalf("section %s did not open", sec.key)
		}
	}
}

// fakeScreen records the target it was asked to show.
type fakeScreen struct{ got []kit.Target }

func (f *fakeScreen) Content() fyne.CanvasObject { return widget.NewLabel("fake") }
func (f *fakeScreen) Focus(t kit.Target)         { f.got = append(f.got, t) }

// Open shows the section, then asks its screen to show the target.
func TestOpenShowsTheTarget(t *testing.T) {
	u := newTestUI(t, datatest.NewConfigured(t, "ULY"))
	fake := &fakeScreen{}
	u.shell.sections = append(u.shell.sections, section{key: "fake", icon: theme.InfoIcon(), make: func(*UI) kit.Screen { return fake }})
	u.Open("fake", kit.Target{KindergartenID: 78, RoundID: 3})
	if u.shell.currentKey != "fake" || len(fake.got) != 1 || fake.got[0] != (kit.Target{KindergartenID: 78, RoundID: 3}) {
		t.Fatalf("section %s, targets %v", u.shell.currentKey, fake.got)
	}
}
