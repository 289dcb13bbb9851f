package ui

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/ui/i18n"
)

// ScreenshotSize is the window size of the captures.
var ScreenshotSize = fyne.NewSize(1280, 800)

// Screenshots renders every main screen of Baulu with Fyne's software
// painter (no display needed) into dir, one PNG per screen and language:
// <lang>-<NN>-<section>.png. It returns the files written.
func Screenshots(store *data.Store, dir string, langs []string) (files []string, err error) {
	// Off the main goroutine: Fyne's thread checks expect UI work from a
	// goroutine when no event loop runs.
	done := make(chan struct{})
	go func() {
		defer close(done)
		files, err = screenshots(store, dir, langs)
	}()
	<-done
	return files, err
}

func screenshots(store *data.Store, dir string, langs []string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	a := test.NewApp()
	defer a.Quit()
	// Work a screen starts in the background (the reports' conclusions)
	// finishes before the capture.
	runAsync := background
	background = func(work func()) { work() }
	defer func() { background = runAsync }()
	var files []string
	save := func(lang string, n int, name string, img image.Image) error {
		path := filepath.Join(dir, fmt.Sprintf("%s-%02d-%s.png", lang, n, name))
		if err := writePNG(path, img); err != nil {
			return err
		}
		files = append(files, path)
		return nil
	}
	for _, lang := range langs {
		u, err := newUI(a, store, lang)
		if err != nil {
			return files, err
		}
		u.win.Resize(ScreenshotSize)
		if u.shell == nil {
			if err := save(lang, 0, "firstrun", u.win.Canvas().Capture()); err != nil {
				return files, err
			}
			u.win.Close()
			continue
		}
		for i, sec := range u.shell.sections {
			u.shell.open(sec.key)
			if err := save(lang, i+1, sec.key, u.win.Canvas().Capture()); err != nil {
				return files, err
			}
			if rs, ok := u.shell.current.(*reportsScreen); ok {
				for t := 1; t < len(rs.tabs.Items); t++ { // the Excel export and the handouts
					rs.tabs.SelectIndex(t)
					if err := save(lang, i+1, fmt.Sprintf("%s-tab%d", sec.key, t), u.win.Canvas().Capture()); err != nil {
						return files, err
					}
				}
			}
			if kg, ok := u.shell.current.(*kindergartensScreen); ok && kg.tabs != nil {
				for t := 1; t < len(kg.tabs.Items); t++ {
					kg.tabs.SelectIndex(t)
					if kg.tabs.Selected().Text == i18n.T("kg.tab.groups") && len(kg.groups.table.shown) > 0 {
						kg.groups.table.selectRow(0) // show a group's children too
					}
					if err := save(lang, i+1, fmt.Sprintf("%s-tab%d", sec.key, t), u.win.Canvas().Capture()); err != nil {
						return files, err
					}
				}
			}
		}
		u.win.Close()
	}
	return files, nil
}

func writePNG(path string, img image.Image) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
