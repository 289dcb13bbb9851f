package main

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"baulu/data/text"
	"baulu/data/text/texttest"
)

// keyCalls are the text calls of the whole program beside texttest.Calls:
// the wrappers its packages keep.
var keyCalls = append(slices.Clone(texttest.Calls),
	texttest.Func{Name: ".T", Arg: 0},                           // resultdoc.Writer.T, the reports' builders
	texttest.Func{Name: ".t", Arg: 0},                           // a package's own lookups (resultdoc's words)
	texttest.Func{Name: "labels.Of", Arg: 1, Prefix: "labels."}, // an enumeration value's label
	// The screens' texts join the catalogue domain by domain: until
	// a domain is registered its keys are not checked here.
	texttest.Func{Name: "i18n.T", Arg: 0, Registered: true},
	texttest.Func{Name: "i18n.N", Arg: 0, Plural: true, Registered: true},
)

// dynamicKeys are the key prefixes whose suffixes come from data (an
// event's kind, a round's kind, a region's code): every key under them
// counts as used.
var dynamicKeys = []string{
	"labels.",                // labels.Of: every enumeration, its values from data
	"comparison.size.",       // an effect size in words (analysis.Magnitude)
	"regional.sub.",          // a subgroup dimension (comparison.SubgroupDimensions)
	"format.month.",          // month names by number
	"regional.short.",        // a round's kind
	"regional.scale.",        // the risk matrix's scale
	"national.short.",        // a region's code
	"xlsxio.problem.",        // an import problem's Reason
	"xlsxio.note.",           // an import note's Reason
	"xlsxio.template.level.", // the template's levels 1–3
	"xlsxexport.kind.",       // a summary row's kind
	"xlsxexport.nat.source.", // a region's source (national.RegionFigures.Source)
	"regionpkg.",             // an error's code (its own test keeps codes and messages in step)
	"official.field.",        // a settings field missing in Russian
	"roster.problem.",        // a roster problem's Reason
	"roster.note.",           // a roster note's Reason
	"reliability.",           // an error's code, built by data.ReliabilityCode (data's TestExplainReliability reaches each)
	// The screens' enumerations, shown through kit.Label / kit.KeyChoice
	// or built from a value's code; ui/kit's tests check that every
	// value of data's enumerations has its text.
	"age.", "cmp.cut.", "cmp.kind.", "cmp.kinds.", "cmp.reason.", "cmp.test.", "cmp.warn.",
	"cmp.wshort.", "field.", "language.", "mon.kind.", "month.short.", "nav.",
	"reason.", "risk.range.", "role.", "risk.impact.", "risk.likelihood.",
	"cmp.arm.", "cmp.bar.", // an arm's name, with ".sg" for one group
	"rstatus.",             // a round's status (data.Status*)
	"history.source.",      // a change set's source (data.ScoreSources and the others)
	"history.entity.",      // what a change is of (data.Entity*)
	"reports.format.",      // a report file's format (pdf, docx)
	"mon.grid.not_scored.", // why a child is not scored (data.Child.Unmonitored)
	"mon.grid.fix.",        // how such a child comes into the round
	"dashboard.steps.",     // a first step (kindergartens, groups, children, rounds, scores)
}

// TestTextKeys checks the catalogue of the whole program, which this
// binary links: every domain's languages agree (text.Check), every key
// the sources give a text call exists, and every key is used.
func TestTextKeys(t *testing.T) {
	if err := text.Check(); err != nil {
		t.Error(err)
	}
	src, err := texttest.Scan("../..", keyCalls, "data/text")
	if err != nil {
		t.Fatal(err)
	}
	if p := src.Problems(text.Keys(""), dynamicKeys); len(p) > 0 {
		t.Errorf("%d text key problems:\n%s", len(p), strings.Join(p, "\n"))
	}
}

// domainLanguages says which languages each domain must have: English
// where the texts can reach the English screens, Kazakh and Russian for
// the documents.
var domainLanguages = map[string][]string{
	"labels":          {"kk", "ru", "en"},
	"format":          {"kk", "ru", "en"},
	"comparison":      {"kk", "ru", "en"},
	"xlsxio":          {"kk", "ru", "en"},
	"regionpkg":       {"kk", "ru", "en"},
	"pkgguard":        {"kk", "ru", "en"}, // the package guard's refusals, in the window too
	"reliability":     {"kk", "ru", "en"}, // the window's and the command line's
	"xlsxio.template": {"kk", "ru"},
	"xlsxexport":      {"kk", "ru"},
	"resultdoc":       {"kk", "ru"},
	"resultview":      {"kk", "ru", "en"}, // rows the screen and the reports share
	"regional":        {"kk", "ru"},
	"national":        {"kk", "ru"},
	"handoutpdf":      {"kk", "ru"},
	"official":        {"kk", "ru"},
	"roster":          {"kk", "ru", "en"},
	"cli":             {"kk", "ru", "en"},
	"lifecycle":       {"kk", "ru", "en"},
}

// TestDomainLanguages wants every key of a domain in each of its
// languages, and every registered domain listed above.
func TestDomainLanguages(t *testing.T) {
	for _, d := range text.Domains() {
		langs, ok := domainLanguages[d]
		if !ok {
			if d != "ui" && !strings.HasPrefix(d, "ui.") {
				t.Errorf("domain %s: which languages must it have?", d)
			}
			continue
		}
		for _, k := range text.Keys(d) {
			for _, lang := range langs {
				if _, ok := text.Lookup(lang, k); !ok && !plural(k) {
					t.Errorf("%s has no %s text", k, lang)
				}
			}
		}
	}
}

// plural says whether k is a plural form a language may lack (Kazakh has
// only ".other").
func plural(k string) bool {
	return strings.HasSuffix(k, ".one") || strings.HasSuffix(k, ".few") || strings.HasSuffix(k, ".many")
}

// TestDocumentTextsNoLatin: the documents are Kazakh or Russian; Latin
// letters only in statistical symbols (the names of the clustered methods,
// CR2, ICC and ANCOVA, among them), placeholders and file extensions.
func TestDocumentTextsNoLatin(t *testing.T) {
	allowed := regexp.MustCompile(`\b(?:p|df|U|Z|V|t|d|r|N|I|II|III|CR2|ICC|ANCOVA)\b|\{[a-z0-9_]+\}|\.pdf$`)
	for _, d := range []string{"resultdoc", "resultview", "regional", "national", "handoutpdf", "official"} {
		for _, k := range text.Keys(d) {
			for _, lang := range []string{"kk", "ru"} {
				v, _ := text.Lookup(lang, k)
				for _, r := range allowed.ReplaceAllString(v, "") {
					if r < unicode.MaxASCII && unicode.IsLetter(r) {
						t.Errorf("%s %s: Latin letter %q in %q", lang, k, r, v)
						break
					}
				}
			}
		}
	}
}
