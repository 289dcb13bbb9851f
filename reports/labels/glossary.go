package labels

import "regexp"

// The glossary: one name in each language for each term of the pilot's
// analysis — the tests (labels.term.test.*), the groups, the levels, the
// score, "significant", the difference of the gains — next to the
// enumerations' labels (statuses, kinds, roles) that are its other part.
// The reports, the Excel export and the screens take their names from
// here; Variants lists the spellings found before that must not come back,
// and a test searches every text of the catalogue for them.

// Variant is a spelling that must not be used in a language, and the
// catalogue key of the glossary's name that replaces it.
type Variant struct {
	Lang    string
	Pattern *regexp.Regexp
	Term    string
}

// Variants lists the spellings the glossary replaces. Decisions: the
// Russian spelling «Уилкоксон» (not «Вилкоксон»), in Kazakh too; Kazakh
// «маңызды» for significant (not «мәнді»); Kazakh «балл» drops one «л»
// before an ending, as Kazakh spelling does with doubled final
// consonants of loanwords («балы», «балға», «балмен»); the status
// «принимаются меры» (not «в работе»); the difference of the gains is
// «Э − Б» / «Э − К», never the English «DiD»; «Манн — Уитни» with a dash;
// percentage points «п.\u00a0п.» with a no-break space (not «п.п.»).
func Variants() []Variant {
	return append([]Variant(nil), variants...)
}

var variants = []Variant{
	{"kk", regexp.MustCompile(`Вилкоксон`), "labels.term.test.wilcoxon"},
	{"ru", regexp.MustCompile(`Вилкоксон`), "labels.term.test.wilcoxon"},
	{"kk", regexp.MustCompile(`мәнді`), "labels.term.significant"},
	{"kk", regexp.MustCompile(`балл\p{Cyrillic}`), "labels.term.score"},
	{"ru", regexp.MustCompile(`в работе`), "labels.riskstatus.mitigating"},
	{"kk", regexp.MustCompile(`\bDiD\b`), "labels.term.did.symbol"},
	{"ru", regexp.MustCompile(`\bDiD\b`), "labels.term.did.symbol"},
	{"kk", regexp.MustCompile(`Манн-Уитни|Манн – Уитни`), "labels.term.test.mw"},
	{"ru", regexp.MustCompile(`Манна?-Уитни|Манна? – Уитни`), "labels.term.test.mw"},
	{"ru", regexp.MustCompile(`Уэлш`), "labels.term.test.welch"},
	{"kk", regexp.MustCompile(`эксперименталд`), "labels.term.group.e"},
	{"kk", regexp.MustCompile(`бақылаушы топ`), "labels.term.group.c"},
	{"ru", regexp.MustCompile(`опытн\p{Cyrillic}* групп`), "labels.term.group.e"},
	{"ru", regexp.MustCompile(`п\.п\.`), "labels.term.pp"},
}
