package kit

import (
	"baulu/reports/labels"
	"baulu/ui/i18n"
)

// terms maps the screens' prefixes of stored enumeration values to the one
// name of each value in reports/labels (ARCHITECTURE: one name per term):
// a list, a filter and a report call an event kind, a risk status or a
// source by the same word. The screens show it with a capital letter.
var terms = map[string]string{
	"event.kind.":      "event.",
	"event.format.":    "format.",
	"visit.purpose.":   "purpose.",
	"followup.":        "followup.",
	"practice.status.": "practice.",
	"risk.category.":   "risk.",
	"risk.level.":      "risklevel.",
	"risk.status.":     "riskstatus.",
	"source.":          "source.",
	"sex.":             "sex.",
	"locality.":        "locality.",
	"group.lang.":      "glang.",
	"env.status.":      "env.",
}

// Label names a stored key (kind, status …) for a list or a choice in the
// UI language: an enumeration value by its term in reports/labels, anything
// else by the screen text prefix+key; "" stays "".
func Label(prefix, key string) string {
	if key == "" {
		return ""
	}
	if lp, ok := terms[prefix]; ok {
		return Capitalize(labels.Of(i18n.Current(), lp, key))
	}
	return i18n.T(prefix + key)
}

// InWindowLanguage picks a name typed in both languages for the window:
// the Russian one in a Russian window when it is known, else the Kazakh
// one (a screen may show a name as it was typed; documents may not — they
// go through reports/official).
func InWindowLanguage(kk, ru string) string {
	if i18n.Current() == "ru" && ru != "" {
		return ru
	}
	return kk
}
