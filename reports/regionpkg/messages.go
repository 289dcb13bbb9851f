package regionpkg

import (
	"embed"
	"errors"

	"baulu/data"
	"baulu/data/text"
	"baulu/seeds"
)

// The messages are the catalogue's "regionpkg." texts (texts/*.json, kk,
// ru, en): one sentence per error code, placeholders {region} (a region
// code, shown as its name), {item} (a kind of record, shown as its noun,
// "regionpkg.item."+item), {key}, {field}, {seed}, {found}, {max},
// {created}, {previous}, and the counts of the success message.
//
//go:embed texts
var texts embed.FS

func init() { text.MustRegister("regionpkg", texts, "texts") }

// Text gives the message code in lang (kk, ru, en; Kazakh otherwise) with
// its placeholders filled: a region code becomes the region's name and an
// item key its noun. An unknown code gives "".
func Text(code, lang string, args map[string]string) string {
	key := "regionpkg." + code
	if !text.Has(key) {
		return ""
	}
	pairs := make([]any, 0, 2*len(args))
	for k, v := range args {
		pairs = append(pairs, k, value(k, v, lang))
	}
	return text.T(lang, key, pairs...)
}

// value shows a placeholder's value: a region by its name, a kind of
// record by its noun.
func value(name, v, lang string) any {
	switch name {
	case "region":
		if r, ok := seeds.RegionByCode(v); ok {
			return data.Region{NameKK: r.NameKK, NameRU: r.NameRU, NameEN: r.NameEN}.Name(lang)
		}
	case "item":
		if key := "regionpkg.item." + v; text.Has(key) {
			return text.T(lang, key)
		}
	}
	return v
}

// Message is the one sentence to show for an error of Inspect, Import or
// Export in lang, or "" when err is not a package error.
func Message(err error, lang string) string {
	var e *Error
	if !errors.As(err, &e) {
		return ""
	}
	return Text(e.Code, lang, e.Args)
}

// ImportedText is the sentence confirming a successful import.
func ImportedText(res ImportResult, lang string) string {
	return text.T(lang, "regionpkg.imported", "region", value("region", res.Region, lang), "created", stamp(res.Created),
		"children", res.Counts.Children, "assessments", res.Counts.Assessments, "events", res.Counts.Events)
}
