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
	"baulu/ui/kit"
)

// Screenshots renders every main screen of Baulu with Fyne's software
// painter (no display needed) into dir at size (the window's content, in
// Fyne's units), one PNG per screen and language:
// <lang>-<NN>-<section>.png. It returns the files written.
func Screenshots(store *data.Store, dir string, langs []string, size fyne.Size) (files []string, err error) {
	// Off the main goroutine: Fyne's thread checks expect UI work from a
	// goroutine when no event loop runs.
	done := make(chan struct{})
	go func() {
		defer close(done)
		files, err = screenshots(store, dir, langs, size)
	}()
	<-done
	return files, err
}

func screenshots(store *data.Store, dir string, langs []string, size fyne.Size) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	a := test.NewApp()
	defer a.Quit()
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
		// Without an event loop, background work must finish before the
		// capture and must not run beside the layout of the screen: the
		// runner waits for every job.
		u, err := newUI(a, store, lang, kit.Sync, nil)
		if err != nil {
			return files, err
		}
		u.win.Resize(size)
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
			if tb, ok := u.shell.current.(kit.Tabbed); ok {
				for t := 1; t < tb.TabCount(); t++ {
					tb.ShowTab(t)
					if err := save(lang, i+1, fmt.Sprintf("%s-tab%d", sec.key, t), u.win.Canvas().Capture()); err != nil {
						return files, err
					}
				}
			}
			if ex, ok := u.shell.current.(kit.Shots); ok {
				for _, sh := range ex.Shots() {
					sh.Show()
					if err := save(lang, i+1, sec.key+"-"+sh.Name, u.win.Canvas().Capture()); err != nil {
						return files, err
					}
					if sh.Hide != nil {
						sh.Hide()
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
