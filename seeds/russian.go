package seeds

import (
	"regexp"
	"strings"
)

// The order lists the kindergartens in Kazakh only, while a Russian report
// must print their official names in Russian. Where the Kazakh name has the
// regular shape «[№N] "X" <type>» <form> the Russian name follows by rule:
// the form's Russian abbreviation, the type in Russian, the number, and the
// proper name X in its Russian spelling — «№49 «Думан» бөбекжай-бақшасы»
// МКҚК becomes ГККП «Ясли-сад №49 «Думан»». Names of any other shape (a
// centre, a school complex, a branch, an entrepreneur's name) are not
// guessed: RussianName reports false and the centre enters them once.

// kazakhToRussian gives the Russian spelling of the letters Russian lacks,
// as Kazakh proper names are written in Russian texts («Ақбота» → «Акбота»).
var kazakhToRussian = strings.NewReplacer(
	"ә", "а", "Ә", "А", "ғ", "г", "Ғ", "Г", "қ", "к", "Қ", "К", "ң", "н", "Ң", "Н",
	"ө", "о", "Ө", "О", "ұ", "у", "Ұ", "У", "ү", "у", "Ү", "У", "һ", "х", "Һ", "Х",
	"і", "и", "І", "И",
)

// RussianSpelling writes a Kazakh proper name with Russian letters only:
// ә → а, ғ → г, қ → к, ң → н, ө → о, ұ ү → у, һ → х, і → и.
func RussianSpelling(s string) string { return kazakhToRussian.Replace(s) }

// kazakhLetters are the letters of Kazakh that Russian has not.
const kazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

// HasKazakhLetters reports whether s has a letter of Kazakh that Russian
// lacks: a text meant to be Russian that has one is Kazakh, or a name
// not yet written the Russian way.
func HasKazakhLetters(s string) bool { return strings.ContainsAny(s, kazakhLetters) }

// kindRU names the type of organisation in Russian, by its Kazakh words in
// the order (longest first where one contains another).
var kindRU = []struct{ kk, ru string }{
	{"санаторлық топтарымен бөбекжай-бақшасы", "Ясли-сад с санаторными группами"},
	{"санаториялық бөбекжай-бақшасы", "Санаторный ясли-сад"},
	{"жекеменшік мектепке дейінгі ұйым", "Частная дошкольная организация"},
	{"жекеменшік бөбекжай-бақшасы", "Частный ясли-сад"},
	{"жекеменшік балабақшасы", "Частный детский сад"},
	{"бөбекжай-балабақшасы", "Ясли-сад"},
	{"бөбекжай-бақшасы", "Ясли-сад"},
	{"бөбекжай-бақша", "Ясли-сад"},
	{"сәбилер-бақшасы", "Ясли-сад"},
	{"балабақшасы", "Детский сад"},
}

// kindOf finds the Russian type of a Kazakh type phrase, exactly.
func kindOf(kk string) (string, bool) {
	for _, k := range kindRU {
		if kk == k.kk {
			return k.ru, true
		}
	}
	return "", false
}

// The regular shapes of a name once its form is split off, quotes and
// spaces as the order has them: «"X" type», «№N "X" type», «"№N type"»,
// «"X type"», «"X" type "Company"» and «"X"».
var (
	shapeNamed    = regexp.MustCompile(`^(№ ?\d+ )?«([^«»]+)» ([^«»]+?)»?$`)
	shapeNumbered = regexp.MustCompile(`^«(№ ?\d+) ([^«»]+)»$`)
	shapeInside   = regexp.MustCompile(`^(№ ?\d+ )?«([^«»]+?) ([^«» ]+)»$`)
	shapeCompany  = regexp.MustCompile(`^«([^«»]+)» ([^«»]+?)»? «([^«»]+)»$`)
	shapeBare     = regexp.MustCompile(`^«([^«»]+)»$`)
)

// RussianName derives the official Russian name of a kindergarten from the
// Kazakh name of the order (see the comment at the top of this file); ok is
// false when the name has no regular shape. name is the order's text; the
// form is found in it as the order's parser finds it.
func RussianName(name string) (ru string, ok bool) {
	form, body, err := splitForm(strings.TrimSpace(name))
	if err != nil || form == FormBranch {
		return "", false
	}
	// Words are joined by single spaces and «бөбекжай- бақшасы» is one word.
	body = strings.Join(strings.Fields(body), " ")
	body = strings.ReplaceAll(body, "бөбекжай- ", "бөбекжай-")
	abbrev := ""
	switch form {
	case FormKMKK, FormMKKK, FormZhShS, FormZhK:
		abbrev = form.AbbrevRU() + " "
		if !strings.HasSuffix(strings.TrimSpace(name), string(form)) {
			return "", false // a form inside the name: an entrepreneur's name follows
		}
	}
	quote := func(s string) string { return "«" + RussianSpelling(s) + "»" }
	number := func(n string) string {
		if n = strings.TrimSpace(n); n != "" {
			return " " + n
		}
		return ""
	}
	if m := shapeCompany.FindStringSubmatch(body); m != nil && form == FormZhShS {
		if kind, ok := kindOf(m[2]); ok {
			return kind + " " + quote(m[1]) + " " + abbrev + quote(m[3]), true
		}
		return "", false
	}
	if m := shapeNumbered.FindStringSubmatch(body); m != nil {
		if kind, ok := kindOf(m[2]); ok && abbrev != "" {
			return abbrev + "«" + kind + " " + m[1] + "»", true
		}
		return "", false
	}
	if m := shapeNamed.FindStringSubmatch(body); m != nil {
		kind, ok := kindOf(m[3])
		if !ok {
			return "", false
		}
		if abbrev == "" {
			// A private kindergarten without a legal form: «Частный детский сад «Мирас»».
			return kind + number(m[1]) + " " + quote(m[2]), true
		}
		return abbrev + "«" + kind + number(m[1]) + " " + quote(m[2]) + "»", true
	}
	if m := shapeInside.FindStringSubmatch(body); m != nil && abbrev != "" {
		// «Алтын бесік» has this shape too, without a type: it is bare.
		if kind, ok := kindOf(m[3]); ok {
			return abbrev + "«" + kind + number(m[1]) + " " + quote(m[2]) + "»", true
		}
	}
	if m := shapeBare.FindStringSubmatch(body); m != nil && abbrev != "" {
		return abbrev + quote(m[1]), true
	}
	return "", false
}

// BalancedName is a name as a document prints it, its guillemets paired.
// The order nests quotes as «"Тамаша" бөбекжай-бақшасы» but prints both
// pairs as «», and drops the outer opening one: «Тамаша» бөбекжай-бақшасы»
// КМҚК. The missing opening guillemet is restored at the start
// («« Тамаша» бөбекжай-бақшасы» КМҚК), and a missing closing one at the end,
// so that every « has its ».
func BalancedName(name string) string {
	open, closing := strings.Count(name, "«"), strings.Count(name, "»")
	switch {
	case closing > open:
		return strings.Repeat("«", closing-open) + name
	case open > closing:
		return name + strings.Repeat("»", open-closing)
	}
	return name
}

// QuotedPart is the proper name of a kindergarten inside the innermost
// first pair of guillemets, quotes included («Тамаша»), for narrow cells
// and charts; a name without a pair is returned whole.
func QuotedPart(name string) string {
	end := strings.Index(name, "»")
	if end < 0 {
		return name
	}
	start := strings.LastIndex(name[:end], "«")
	if start < 0 {
		return name
	}
	return name[start : end+len("»")]
}

// GenitiveKK is a region's Kazakh name in the genitive: «Ұлытау облысының»,
// «Астана қаласының».
func GenitiveKK(name string) string {
	if strings.HasSuffix(name, "облысы") || strings.HasSuffix(name, "қаласы") {
		return name + "ның"
	}
	return name
}

// GenitiveRU is a region's Russian name in the genitive: «Акмолинской
// области», «области Ұлытау», «города Астаны», «города Шымкента».
func GenitiveRU(name string) string {
	switch {
	case strings.HasSuffix(name, "ая область"):
		return strings.TrimSuffix(name, "ая область") + "ой области"
	case strings.HasPrefix(name, "область "):
		return "области " + strings.TrimPrefix(name, "область ")
	case strings.HasPrefix(name, "город "):
		city := strings.TrimPrefix(name, "город ")
		switch {
		case strings.HasSuffix(city, "а"):
			city = strings.TrimSuffix(city, "а") + "ы" // Астана → Астаны
		case strings.HasSuffix(city, "т"), strings.HasSuffix(city, "к"):
			city += "а" // Шымкент → Шымкента
		}
		return "города " + city
	}
	return name
}
