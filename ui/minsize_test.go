package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

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

// At a 1024 × 768 screen's window (the sidebar open) no section is wider
// than the room beside the sidebar: a section may scroll down, but a
// sideways scroll of the whole section hides the ends of its sentences
// (the comparison's verdict was cut at the right edge). Wide tables scroll
// inside themselves.
func TestNoSectionScrollsSideways(t *testing.T) {
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"kk", "ru"} {
		u := newTestUI(t, s)
		if err := u.Reload(lang); err != nil {
			t.Fatal(err)
		}
		u.win.Resize(maxScreen)
		check := func(what string) {
			t.Helper()
			u.win.Content().Refresh()
			u.win.Resize(maxScreen.AddWidthHeight(1, 0))
			u.win.Resize(maxScreen)
			sc := u.shell.body.Objects[0].(*container.Scroll)
			if need, room := sc.Content.MinSize().Width, sc.Size().Width; need > room+1 {
				t.Errorf("%s %s: needs %.0f px beside the sidebar, has %.0f", lang, what, need, room)
			}
		}
		for _, sec := range u.shell.sections {
			u.shell.open(sec.key)
			check(sec.key)
			if tb, ok := u.shell.current.(kit.Tabbed); ok {
				for i := 1; i < tb.TabCount(); i++ {
					tb.ShowTab(i)
					check(fmt.Sprintf("%s tab %d", sec.key, i))
				}
			}
		}
	}
}

// The folded navigation's icons name their sections in the status line
// while the pointer is on them, and give the line back when it leaves.
func TestFoldedIconsNameTheirSections(t *testing.T) {
	u := newTestUI(t, datatest.NewConfigured(t, "ULY"))
	u.shell.toggle.OnTapped()
	u.Status("Сақталды")
	c := u.win.Canvas()
	icons := u.shell.icons.Content.(*fyne.Container).Objects
	if len(icons) != len(u.shell.sections) {
		t.Fatalf("%d icons for %d sections", len(icons), len(u.shell.sections))
	}
	at := func(o fyne.CanvasObject) fyne.Position {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(fyne.NewPos(5, 5))
	}
	test.MoveMouse(c, at(icons[1]))
	if got := u.statusL.Text; got != "Балабақшалар" {
		t.Fatalf("hovering the second icon says %q", got)
	}
	test.MoveMouse(c, at(icons[2]))
	if got := u.statusL.Text; got != "Мониторинг" {
		t.Fatalf("hovering the third icon says %q", got)
	}
	test.MoveMouse(c, fyne.NewPos(600, 300))
	if got := u.statusL.Text; got != "Сақталды" {
		t.Fatalf("after the pointer left the status line says %q", got)
	}
}
