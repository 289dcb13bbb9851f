package text

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Languages Baulu speaks, the default (and fallback) first.
var Languages = []string{"kk", "ru", "en"}

// Default is the language used when none or an unknown one is asked for.
const Default = "kk"

// domain is one package's texts.
type domain struct {
	name  string
	langs []string                     // the languages it has files for
	texts map[string]map[string]string // lang → key → text
}

// Catalog holds registered domains. Programs use the package's own through
// the package-level functions; tests of the catalogue itself make their own
// with New.
type Catalog struct {
	mu      sync.RWMutex
	domains []*domain
	owner   map[string]*domain           // key → its domain
	merged  map[string]map[string]string // lang → key → text
}

// New returns an empty catalogue.
func New() *Catalog {
	return &Catalog{owner: map[string]*domain{}, merged: map[string]map[string]string{}}
}

// std is the program's catalogue, filled by the packages' init functions.
var std = New()

// Register adds a domain to the program's catalogue (see Catalog.Register).
func Register(name string, fsys fs.FS, dir string) error { return std.Register(name, fsys, dir) }

// MustRegister is Register for init functions: a broken embedded file is a
// programming error.
func MustRegister(name string, fsys fs.FS, dir string) {
	if err := Register(name, fsys, dir); err != nil {
		panic(err)
	}
}

// T is Catalog.T of the program's catalogue.
func T(lang, key string, args ...any) string { return std.T(lang, key, args...) }

// N is Catalog.N of the program's catalogue.
func N(lang, key string, n int, args ...any) string { return std.N(lang, key, n, args...) }

// Lookup is Catalog.Lookup of the program's catalogue.
func Lookup(lang, key string) (string, bool) { return std.Lookup(lang, key) }

// Has is Catalog.Has of the program's catalogue.
func Has(key string) bool { return std.Has(key) }

// Keys is Catalog.Keys of the program's catalogue.
func Keys(domainName string) []string { return std.Keys(domainName) }

// Domains is Catalog.Domains of the program's catalogue.
func Domains() []string { return std.Domains() }

// Check is Catalog.Check of the program's catalogue.
func Check() error { return std.Check() }

// Register adds the texts of the <lang>.json files in dir of fsys under
// domain name. A key another domain already defines is an error.
func (c *Catalog) Register(name string, fsys fs.FS, dir string) error {
	d := &domain{name: name, texts: map[string]map[string]string{}}
	for _, l := range Languages {
		b, err := fs.ReadFile(fsys, path.Join(dir, l+".json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("text: %s: %w", name, err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			return fmt.Errorf("text: %s/%s.json: %w", name, l, err)
		}
		d.langs = append(d.langs, l)
		d.texts[l] = m
	}
	if len(d.langs) == 0 {
		return fmt.Errorf("text: %s: no language files in %s", name, dir)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, other := range c.domains {
		if other.name == name {
			return fmt.Errorf("text: domain %s registered twice", name)
		}
	}
	for _, l := range d.langs {
		for k := range d.texts[l] {
			if o, dup := c.owner[k]; dup && o != d {
				return fmt.Errorf("text: key %q is defined by both %s and %s", k, o.name, name)
			}
		}
	}
	for _, l := range d.langs {
		if c.merged[l] == nil {
			c.merged[l] = map[string]string{}
		}
		for k, v := range d.texts[l] {
			c.owner[k] = d
			c.merged[l][k] = v
		}
	}
	c.domains = append(c.domains, d)
	return nil
}

// Normalize maps any locale ("ru_RU.UTF-8", "kk-KZ", "C", "") to one of
// Languages; anything unknown becomes Kazakh.
func Normalize(locale string) string {
	l := strings.ToLower(locale)
	for _, cut := range []string{"_", "-", ".", "@"} {
		l, _, _ = strings.Cut(l, cut)
	}
	if slices.Contains(Languages, l) {
		return l
	}
	return Default
}

// Lookup returns the unfilled text of key in lang (no fallback) and whether
// it exists.
func (c *Catalog) Lookup(lang, key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.merged[Normalize(lang)][key]
	return v, ok
}

// Has says whether key exists in any language.
func (c *Catalog) Has(key string) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	_, ok := c.owner[key]
	return ok
}

// raw is the text of key in lang, else in Kazakh, else the key itself (the
// key check test makes sure the last never happens).
func (c *Catalog) raw(lang, key string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.merged[lang][key]; ok {
		return v
	}
	if v, ok := c.merged[Default][key]; ok {
		return v
	}
	return key
}

// T returns the text of key in lang with its placeholders filled from the
// name/value pairs args.
func (c *Catalog) T(lang, key string, args ...any) string {
	lang = Normalize(lang)
	return Fill(lang, c.raw(lang, key), args...)
}

// Domains lists the registered domains' names, sorted.
func (c *Catalog) Domains() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	var out []string
	for _, d := range c.domains {
		out = append(out, d.name)
	}
	sort.Strings(out)
	return out
}

// Keys lists every key of a domain ("" for all domains), sorted.
func (c *Catalog) Keys(domainName string) []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	var out []string
	for k, d := range c.owner {
		if domainName == "" || d.name == domainName {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// placeholder matches {name}.
var placeholder = regexp.MustCompile(`\{([a-z][a-z0-9_]*)\}`)

// Fill replaces every {name} of s by the value paired with name in args
// (name1, value1, name2, value2, …). A placeholder without a value stays as
// it is, so that a forgotten argument shows instead of vanishing.
func Fill(lang, s string, args ...any) string {
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	vals := make(map[string]string, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		name, ok := args[i].(string)
		if !ok {
			name = fmt.Sprint(args[i])
		}
		vals[name] = format(lang, args[i+1])
	}
	return placeholder.ReplaceAllStringFunc(s, func(m string) string {
		if v, ok := vals[m[1:len(m)-1]]; ok {
			return v
		}
		return m
	})
}

// format prints a placeholder's value: integers with the language's digit
// grouping, everything else as fmt.Sprint does.
func format(lang string, v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return Int(lang, int64(x))
	case int64:
		return Int(lang, x)
	case int32:
		return Int(lang, int64(x))
	case error:
		return x.Error()
	}
	return fmt.Sprint(v)
}

// Placeholders lists the names of the placeholders of s, sorted, once each.
func Placeholders(s string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	sort.Strings(out)
	return out
}
