// Package i18n is the interface's thin adapter onto the text catalogue
// (baulu/data/text): it holds the language the window speaks, fills the
// catalogue's texts in it, and switches Fyne's own texts (OK, Cancel, the
// file dialog) with it. The texts themselves belong to the ui packages
// that show them, each registering its domain with the catalogue.
package i18n

import (
	"embed"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"baulu/data/text"
	_ "baulu/ui/i18n/sysenv" // before Fyne reads the locale
)

//go:embed fyne
var fyneTexts embed.FS

var (
	mu      sync.RWMutex
	current = text.Default
)

// Current is the language in use.
func Current() string {
	mu.RLock()
	defer mu.RUnlock()
	return current
}

// T is the catalogue's text of key in the current language, its
// placeholders filled from the name/value pairs args.
func T(key string, args ...any) string { return text.T(Current(), key, args...) }

// N is the catalogue's plural form of key for count n in the current
// language (see text.N).
func N(key string, n int, args ...any) string { return text.N(Current(), key, n, args...) }

// fyneTags are the languages Fyne v2.7 ships translations for, plus ours.
// Fyne picks one of them from the OS locale and offers no setter, so Baulu
// registers the chosen language's texts under every tag: whatever Fyne
// picks, it shows the user's choice (and Kazakh on an English or "C" system).
var fyneTags = []string{"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt_BR", "ru", "sv", "ta", "uk", "zh_Hans", "kk"}

// Set switches Baulu and Fyne to language l (unknown values mean Kazakh).
// Widgets built afterwards use the new language; the UI rebuilds itself.
func Set(l string) error {
	l = text.Normalize(l)
	b, err := fyneTexts.ReadFile("fyne/" + l + ".json")
	if err != nil {
		return err
	}
	for _, tag := range fyneTags {
		if err := lang.AddTranslationsForLocale(b, fyne.Locale(tag)); err != nil {
			return fmt.Errorf("fyne texts for %s: %w", tag, err)
		}
	}
	mu.Lock()
	current = l
	mu.Unlock()
	return nil
}
