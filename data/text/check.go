package text

import (
	"fmt"
	"slices"
	"strings"
)

// Check verifies the registered catalogue: within each domain every
// language has the same keys, with the same placeholders, and no text is
// empty; plural keys have an ".other" form. It returns every problem found,
// one per line, or nil.
func (c *Catalog) Check() error {
	c.mu.RLock()
	defer c.mu.RUnlock()
	var problems []string
	for _, d := range c.domains {
		first := d.langs[0]
		for _, l := range d.langs {
			for k, v := range d.texts[l] {
				if strings.TrimSpace(v) == "" {
					problems = append(problems, fmt.Sprintf("%s: %s: %q is empty", d.name, l, k))
				}
				for _, other := range d.langs {
					if other == l {
						continue
					}
					w, ok := d.texts[other][k]
					if !ok {
						if !pluralVariant(k) || !hasPluralBase(d.texts[other], k) {
							problems = append(problems, fmt.Sprintf("%s: %q is in %s but not in %s", d.name, k, l, other))
						}
						continue
					}
					if l == first && !slices.Equal(Placeholders(v), Placeholders(w)) {
						problems = append(problems, fmt.Sprintf("%s: %q has placeholders %v in %s, %v in %s",
							d.name, k, Placeholders(v), l, Placeholders(w), other))
					}
				}
				if base, ok := pluralBase(k); ok {
					if _, has := d.texts[l][base+".other"]; !has {
						problems = append(problems, fmt.Sprintf("%s: %s: %q has no %s.other", d.name, l, k, base))
					}
				}
			}
		}
	}
	if len(problems) == 0 {
		return nil
	}
	slices.Sort(problems)
	return fmt.Errorf("text catalogue:\n%s", strings.Join(problems, "\n"))
}

var pluralSuffixes = []string{".one", ".few", ".many"}

// pluralBase returns the key without a plural suffix (".one", ".few",
// ".many"; ".other" is the base form every language has).
func pluralBase(k string) (string, bool) {
	for _, s := range pluralSuffixes {
		if strings.HasSuffix(k, s) {
			return strings.TrimSuffix(k, s), true
		}
	}
	return "", false
}

// pluralVariant says whether k is a language-specific plural form, which
// other languages may lack (Kazakh has only ".other").
func pluralVariant(k string) bool { _, ok := pluralBase(k); return ok }

// hasPluralBase says whether texts has the ".other" form of plural key k.
func hasPluralBase(texts map[string]string, k string) bool {
	base, _ := pluralBase(k)
	_, ok := texts[base+".other"]
	return ok
}
