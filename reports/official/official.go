// Package official owns the official texts a report prints in its
// language: the centre's name, the signatory and the executor line, the
// city, the kindergartens' names and settlements, from Settings and the
// kindergartens' profiles (data.Settings.Official, data.Kindergarten's
// OfficialName). Both languages are entered once; a report in Russian never
// prints a Kazakh text in an official field. When a Russian text is missing
// the report prints a neutral form instead — a kindergarten as its proper
// name in Russian letters with its number in the order («Акбота» (№ 77 по
// приказу)), a settlement as a dash, a signatory's name as a blank line for
// the pen, a position as the catalogue's generic one — and Missing words
// what the centre still has to enter. The regional and the national
// reports close with the same signature block and executor line (Close).
package official

import (
	"embed"
	"strings"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
	"baulu/seeds"
)

//go:embed texts
var texts embed.FS

func init() { text.MustRegister("official", texts, "texts") }

// Texts are the official texts of one report.
type Texts struct {
	lang   string
	st     data.Settings
	o      data.Official
	region data.Region
}

// New gives the texts of a report in lang for the centre of settings st in
// region (a zero Region for the national report).
func New(lang string, st data.Settings, region data.Region) *Texts {
	return &Texts{lang: lang, st: st, o: st.Official(lang), region: region}
}

// Centre is the centre's name, or "" when it has none in the language.
func (t *Texts) Centre() string { return t.o.CentreName }

// Department names the region's education department: «Ұлытау облысының
// білім басқармасы», «Управление образования области Ұлытау».
func (t *Texts) Department() string {
	if t.lang == "ru" {
		return text.T(t.lang, "official.department", "region", seeds.GenitiveRU(t.region.Name("ru")))
	}
	return text.T(t.lang, "official.department", "region", seeds.GenitiveKK(t.region.Name("kk")))
}

// Author is the report's author for the document's metadata: the centre,
// else its department.
func (t *Texts) Author() string {
	if c := t.Centre(); c != "" {
		return c
	}
	return t.Department()
}

// City is the place on the title page: the settings' city, else the
// region's centre (seeds), in the report's language.
func (t *Texts) City() string {
	if t.o.City != "" {
		return t.o.City
	}
	return t.region.Centre(t.lang)
}

// Signer is the centre's signatory: name and position as given (a user's
// choice for this report) or else the settings' signatory, then head; a
// position still missing is the catalogue's, a name missing is left blank
// to be written by hand.
func (t *Texts) Signer(name, position string) pdfdoc.Signer {
	name = first(name, t.o.SignatoryName, t.o.HeadName)
	position = first(position, t.o.SignatoryPosition, t.o.HeadPosition, text.T(t.lang, "official.sign.position"))
	return pdfdoc.Signer{Position: position, Name: name}
}

// InstituteSigner is the Institute's signatory of the national report,
// name and position as given or else from the settings.
func (t *Texts) InstituteSigner(name, position string) pdfdoc.Signer {
	name = first(name, t.o.InstituteSignatoryName)
	position = first(position, t.o.InstituteSignatoryPosition, text.T(t.lang, "official.sign.institute"))
	return pdfdoc.Signer{Position: position, Name: name}
}

// Close ends the signed body of a report: the signature block of signer
// dated date, then the executor line when the settings name an executor or
// a phone.
func (t *Texts) Close(doc *pdfdoc.Document, signer pdfdoc.Signer, date string) {
	doc.Signature(pdfdoc.Signature{
		Signers:     []pdfdoc.Signer{signer},
		LineCaption: text.T(t.lang, "official.sign.caption"),
		Stamp:       text.T(t.lang, "official.sign.stamp"),
		Date:        date,
	})
	if t.o.ExecutorName == "" && t.o.ExecutorPhone == "" {
		return
	}
	doc.Executor(pdfdoc.Executor{
		Label:      text.T(t.lang, "official.executor"),
		Name:       t.o.ExecutorName,
		PhoneLabel: text.T(t.lang, "official.phone"),
		Phone:      t.o.ExecutorPhone,
	})
}

// KindergartenName is a kindergarten's official name in the report's
// language, or its neutral form when the Russian one is missing.
func (t *Texts) KindergartenName(k data.Kindergarten) string {
	if name, ok := k.OfficialName(t.lang); ok {
		return name
	}
	return t.neutral(k)
}

// neutral is a kindergarten without a name in the language: its proper
// name in the report's letters and its number in the order.
func (t *Texts) neutral(k data.Kindergarten) string {
	name := seeds.QuotedPart(seeds.BalancedName(k.Name))
	if t.lang == "ru" {
		name = seeds.RussianSpelling(name)
	}
	return text.T(t.lang, "official.kg.neutral", "name", name, "seed", k.ID)
}

// KindergartenLabel is the short label of a kindergarten for charts and
// narrow cells: the proper name in quotes («Тамаша», «Акбота»).
func (t *Texts) KindergartenLabel(k data.Kindergarten) string {
	name, ok := k.OfficialName(t.lang)
	if !ok {
		name = seeds.RussianSpelling(seeds.BalancedName(k.Name))
	}
	return seeds.QuotedPart(name)
}

// Settlement is a kindergarten's settlement in the report's language, or
// a dash.
func (t *Texts) Settlement(k data.Kindergarten) string {
	s, _ := k.OfficialSettlement(t.lang)
	return format.OrDash(s)
}

// Form is a legal form as the report's language abbreviates it: КМҚК in
// Kazakh, КГКП in Russian; a dash for none.
func (t *Texts) Form(form string) string {
	f := seeds.Form(form)
	switch {
	case !f.Valid():
		return format.OrDash(form)
	case t.lang == "ru":
		return f.AbbrevRU()
	}
	return form
}

// Missing says which official texts of the report are missing in its
// language and how they are printed, or "" when none is: the settings'
// fields and the kindergartens of kgs without a name or a settlement.
func (t *Texts) Missing(kgs []data.Kindergarten) string {
	if t.lang != "ru" {
		return ""
	}
	var parts []string
	var fields []string
	for _, f := range t.st.MissingRussian() {
		fields = append(fields, text.T(t.lang, "official.field."+f))
	}
	if len(fields) > 0 {
		parts = append(parts, strings.Join(fields, ", "))
	}
	var names, places []string
	for _, k := range kgs {
		if _, ok := k.OfficialName(t.lang); !ok {
			names = append(names, "№ "+format.Int(t.lang, k.ID))
		}
		if _, ok := k.OfficialSettlement(t.lang); !ok {
			places = append(places, "№ "+format.Int(t.lang, k.ID))
		}
	}
	if len(names) > 0 {
		parts = append(parts, text.T(t.lang, "official.missing.names", "list", strings.Join(names, ", ")))
	}
	if len(places) > 0 {
		parts = append(parts, text.T(t.lang, "official.missing.settlements", "list", strings.Join(places, ", ")))
	}
	if len(parts) == 0 {
		return ""
	}
	return text.T(t.lang, "official.missing", "list", strings.Join(parts, "; "))
}

// first is the first of ss that is not blank, trimmed.
func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
