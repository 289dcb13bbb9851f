package labels_test

import (
	"strings"
	"testing"

	"baulu/data/text"
	"baulu/reports/labels"

	// Every package below ui whose texts a document or an export prints
	// registers its domain.
	_ "baulu/reports/comparison"
	_ "baulu/reports/format"
	_ "baulu/reports/handout"
	_ "baulu/reports/national"
	_ "baulu/reports/official"
	_ "baulu/reports/regional"
	_ "baulu/reports/resultdoc"
	_ "baulu/reports/xlsxexport"
	_ "baulu/reports/xlsxio"
)

// TestNoVariants searches every Kazakh and Russian text of the catalogue
// for a spelling the glossary replaced, and for a double full stop.
func TestNoVariants(t *testing.T) {
	n := 0
	for _, d := range text.Domains() {
		for _, k := range text.Keys(d) {
			for _, lang := range []string{"kk", "ru"} {
				s, ok := text.Lookup(lang, k)
				if !ok {
					continue
				}
				n++
				for _, v := range labels.Variants() {
					if v.Lang == lang && v.Pattern.MatchString(s) {
						t.Errorf("%s %s: %q has %q; the glossary's name is %q", lang, k, s, v.Pattern.FindString(s), text.T(lang, v.Term))
					}
				}
				if strings.Contains(s, "..") && !strings.Contains(s, "...") {
					t.Errorf("%s %s: a double full stop in %q", lang, k, s)
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d texts searched: a domain is not registered", n)
	}
}

// TestVariantsAreCaught: each variant finds the spelling it is for, and
// the glossary's own name is not one of them.
func TestVariantsAreCaught(t *testing.T) {
	for _, s := range []struct{ lang, text string }{
		{"ru", "По критерию Вилкоксона"}, {"kk", "статистикалық мәнді"}, {"kk", "0,3 баллға"}, {"ru", "в работе – 2"},
		{"kk", "DiD = 0,4"}, {"ru", "на 3,1 п.п."}, {"ru", "критерий Манна-Уитни"}, {"kk", "эксперименталды топ"}, {"ru", "опытной группы"},
	} {
		found := false
		for _, v := range labels.Variants() {
			found = found || (v.Lang == s.lang && v.Pattern.MatchString(s.text))
		}
		if !found {
			t.Errorf("%s %q is not caught", s.lang, s.text)
		}
	}
	for _, v := range labels.Variants() {
		if name := text.T(v.Lang, v.Term); v.Pattern.MatchString(name) {
			t.Errorf("%s: the glossary's own name %q is a variant", v.Lang, name)
		}
	}
}
