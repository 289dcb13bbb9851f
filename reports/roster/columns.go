package roster

import "strings"

// field is one column of a roster.
type field string

// The roster's columns, in the template's order.
const (
	fCode        field = "code"
	fGroup       field = "group"
	fName        field = "full_name"
	fSex         field = "sex"
	fBirth       field = "birth_date"
	fConsent     field = "consent"
	fConsentDate field = "consent_date"
	fLeftOn      field = "left_on"
)

var fields = []field{fCode, fGroup, fName, fSex, fBirth, fConsent, fConsentDate, fLeftOn}

// widths of the template's columns, in characters.
var widths = map[field]float64{fCode: 18, fGroup: 10, fName: 32, fSex: 12, fBirth: 14, fConsent: 14, fConsentDate: 14, fLeftOn: 16}

// recognise tells which field a header cell names, from words of its kk,
// ru or en wording ("" = none). Order matters: "Топ коды" is the group, not
// the child's code, and "Келісім күні" the consent date, not the consent.
func recognise(header string) field {
	h := strings.ToLower(strings.Join(strings.Fields(header), " "))
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(h, w) {
				return true
			}
		}
		return false
	}
	consent := has("келісім", "согласи", "consent")
	dated := has("күні", "күн", "дата", "date")
	switch {
	case h == "":
		return ""
	case has("топ", "групп", "group"):
		return fGroup
	case consent && dated:
		return fConsentDate
	case consent:
		return fConsent
	case has("шықты", "шыққан", "шығу", "выбы", "left"):
		return fLeftOn
	case has("туған", "рожд", "birth"):
		return fBirth
	case has("аты", "фио", "ф.и.о", "имя", "name"): // before sex: «полное имя»
		return fName
	case has("жыныс", "пол", "sex", "gender"):
		return fSex
	case has("код", "code"):
		return fCode
	}
	return ""
}
