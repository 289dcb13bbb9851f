package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// maxScreen is the largest a main screen may ask for: a 1024 × 768 screen
// less a taskbar and the window's frame.
var maxScreen = fyne.NewSize(1000, 680)

// Every main screen, each of its tabs, and the first run fit a 1024 × 768
// screen with a taskbar in Kazakh and in Russian, on a region with data.
func TestEveryScreenFitsASmallScreen(t *testing.T) {
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	fresh := datatest.New(t)
	for _, lang := range []string{"kk", "ru"} {
		check := func(what string, o fyne.CanvasObject) {
			t.Helper()
			if m := o.MinSize(); m.Width > maxScreen.Width || m.Height > maxScreen.Height {
				t.Errorf("%s %s: MinSize %.0f × %.0f, more than %.0f × %.0f", lang, what, m.Width, m.Height, maxScreen.Width, maxScreen.Height)
			}
		}
		f := newTestUI(t, fresh)
		if err := i18n.Set(lang); err != nil {
			t.Fatal(err)
		}
		f.build()
		check("first run", f.win.Content())

		u := newTestUI(t, s)
		if err := u.Reload(lang); err != nil {
			t.Fatal(err)
		}
		for _, sec := range u.shell.sections {
			u.shell.open(sec.key)
			check(sec.key, u.win.Content())
			if tb, ok := u.shell.current.(kit.Tabbed); ok {
				for i := 1; i < tb.TabCount(); i++ {
					tb.ShowTab(i)
					check(fmt.Sprintf("%s tab %d", sec.key, i), u.win.Content())
				}
			}
		}
	}
}

// The navigation folds to its icons and opens again.
func TestNavigationFoldsToIcons(t *testing.T) {
	u := newTestUI(t, datatest.NewConfigured(t, "ULY"))
	wide := u.shell.split.Leading.MinSize().Width
	u.shell.toggle.OnTapped()
	if !u.shell.narrow || u.shell.head.Visible() || u.shell.split.Leading.MinSize().Width >= wide/2 {
		t.Fatalf("folded: narrow %v, navigation %.0f wide (was %.0f)", u.shell.narrow, u.shell.split.Leading.MinSize().Width, wide)
	}
	u.shell.toggle.OnTapped()
	if u.shell.narrow || !u.shell.head.Visible() {
		t.Fatal("not opened again")
	}
}
