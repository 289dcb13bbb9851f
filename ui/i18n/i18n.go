// Package i18n holds Baulu's Kazakh, Russian and English texts and switches
// the language of both Baulu and Fyne's own widgets (OK, Cancel, the file
// dialog). Kazakh is the default and the fallback.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	_ "baulu/ui/i18n/sysenv" // before Fyne reads the locale
)

// Languages Baulu speaks, default first.
var Languages = []string{"kk", "ru", "en"}

//go:embed locales fyne
var files embed.FS

var (
	mu      sync.RWMutex
	current = "kk"
	tables  map[string]map[string]string
	loadErr error
	once    sync.Once
)

// load reads every locales/<lang>/*.json file; one key may live in only one
// file per language, so features can keep their texts apart.
func load() {
	tables = map[string]map[string]string{}
	for _, l := range Languages {
		t := map[string]string{}
		dir := "locales/" + l
		entries, err := fs.ReadDir(files, dir)
		if err != nil {
			loadErr = err
			return
		}
		for _, e := range entries {
			b, err := files.ReadFile(path.Join(dir, e.Name()))
			if err != nil {
				loadErr = err
				return
			}
			var m map[string]string
			if err := json.Unmarshal(b, &m); err != nil {
				loadErr = fmt.Errorf("%s/%s: %w", dir, e.Name(), err)
				return
			}
			for k, v := range m {
				if _, dup := t[k]; dup {
					loadErr = fmt.Errorf("%s/%s: key %q is defined twice", dir, e.Name(), k)
				}
				t[k] = v
			}
		}
		tables[l] = t
	}
}

// Check reports a broken translation file (tests and start-up call it).
func Check() error {
	once.Do(load)
	return loadErr
}

// Keys lists every key of a language, sorted (for tests).
func Keys(l string) []string {
	once.Do(load)
	var ks []string
	for k := range tables[l] {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Lookup returns the text of key in language l and whether it exists.
func Lookup(l, key string) (string, bool) {
	once.Do(load)
	v, ok := tables[l][key]
	return v, ok
}

// Normalize maps any locale ("ru_RU.UTF-8", "kk-KZ", "C", "") to one of
// Languages; anything unknown becomes Kazakh.
func Normalize(locale string) string {
	l := strings.ToLower(locale)
	for _, cut := range []string{"_", "-", ".", "@"} {
		l, _, _ = strings.Cut(l, cut)
	}
	for _, known := range Languages {
		if l == known {
			return l
		}
	}
	return "kk"
}

// Current is the language in use.
func Current() string {
	mu.RLock()
	defer mu.RUnlock()
	return current
}

// T translates key into the current language, falling back to Kazakh and
// then to the key itself (a test makes sure that never happens).
func T(key string) string {
	once.Do(load)
	mu.RLock()
	l := current
	mu.RUnlock()
	if v, ok := tables[l][key]; ok {
		return v
	}
	if v, ok := tables["kk"][key]; ok {
		return v
	}
	return key
}

// Tf translates key and fills its fmt verbs.
func Tf(key string, args ...any) string { return fmt.Sprintf(T(key), args...) }

// In translates key into a given language (reports choose their own).
func In(l, key string) string {
	once.Do(load)
	if v, ok := tables[Normalize(l)][key]; ok {
		return v
	}
	return T(key)
}

// fyneTags are the languages Fyne v2.7 ships translations for, plus ours.
// Fyne picks one of them from the OS locale and offers no setter, so Baulu
// registers the chosen language's texts under every tag: whatever Fyne
// picks, it shows the user's choice (and Kazakh on an English or "C" system).
var fyneTags = []string{"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt_BR", "ru", "sv", "ta", "uk", "zh_Hans", "kk"}

// Set switches Baulu and Fyne to language l (unknown values mean Kazakh).
// Widgets built afterwards use the new language; the UI rebuilds itself.
func Set(l string) error {
	once.Do(load)
	if loadErr != nil {
		return loadErr
	}
	l = Normalize(l)
	mu.Lock()
	current = l
	mu.Unlock()
	b, err := files.ReadFile("fyne/" + l + ".json")
	if err != nil {
		return err
	}
	for _, tag := range fyneTags {
		if err := lang.AddTranslationsForLocale(b, fyne.Locale(tag)); err != nil {
			return fmt.Errorf("fyne texts for %s: %w", tag, err)
		}
	}
	return nil
}

// FyneKeys lists the keys of Fyne's own texts in language l (for tests).
func FyneKeys(l string) ([]string, error) {
	b, err := files.ReadFile("fyne/" + l + ".json")
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks, nil
}
