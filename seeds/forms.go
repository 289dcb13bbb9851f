package seeds

// Form is the ownership form split out of a kindergarten's name.
type Form string

// The forms found in the order. The first four are the abbreviations the
// order itself explains; «жекеменшік» marks a private kindergarten whose name
// carries no legal form; «филиал» is №86, a branch of a state kindergarten.
const (
	FormKMKK    Form = "КМҚК"
	FormMKKK    Form = "МКҚК"
	FormZhShS   Form = "ЖШС"
	FormZhK     Form = "ЖК"
	FormPrivate Form = "жекеменшік"
	FormBranch  Form = "филиал"
)

// formInfo holds the spelled-out forms. The Kazakh expansions of the four
// abbreviations are the order's own («Ескерту» at the end of appendix 2).
type formInfo struct {
	abbrevRU               string
	fullKK, fullRU, fullEN string
	state                  bool
}

var forms = []Form{FormKMKK, FormMKKK, FormZhShS, FormZhK, FormPrivate, FormBranch}

var formInfos = map[Form]formInfo{
	FormKMKK: {"КГКП", "коммуналдық мемлекеттік қазыналық кәсіпорын",
		"коммунальное государственное казенное предприятие", "municipal state-owned treasury enterprise", true},
	FormMKKK: {"ГККП", "мемлекеттік коммуналдық қазыналық кәсіпорын",
		"государственное коммунальное казенное предприятие", "state municipal treasury enterprise", true},
	FormZhShS: {"ТОО", "жауапкершілігі шектеулі серіктестік",
		"товарищество с ограниченной ответственностью", "limited liability partnership", false},
	FormZhK: {"ИП", "жеке кәсіпкер",
		"индивидуальный предприниматель", "individual entrepreneur", false},
	FormPrivate: {"частный", "жекеменшік ұйым",
		"частная организация", "private organisation", false},
	// A branch is part of its parent's legal entity, and №86's parent is a
	// state kindergarten, so the branch counts as state-owned.
	FormBranch: {"филиал", "мемлекеттік балабақшаның филиалы",
		"филиал государственного детского сада", "branch of a state kindergarten", true},
}

// Forms lists every known form, state forms first.
func Forms() []Form {
	return append([]Form(nil), forms...)
}

// Valid reports whether f is one of the known forms.
func (f Form) Valid() bool {
	_, ok := formInfos[f]
	return ok
}

// State reports whether a kindergarten of this form is state-owned: КМҚК,
// МКҚК and the branch (№86, part of a state kindergarten). Counted this way
// the list has 62 state and 38 private kindergartens, as ARCHITECTURE: Pilot says; by
// form it is 61 КМҚК/МКҚК, 38 ЖШС/ЖК/жекеменшік and one branch (§3).
func (f Form) State() bool {
	return formInfos[f].state
}

// Private reports whether a kindergarten of this form is privately owned
// (ЖШС, ЖК, жекеменшік). Unknown forms are neither state nor private.
func (f Form) Private() bool {
	return f.Valid() && !f.State()
}

// AbbrevRU is the Russian abbreviation (КМҚК → КГКП, МКҚК → ГККП, ЖШС → ТОО,
// ЖК → ИП); forms without one are spelled out.
func (f Form) AbbrevRU() string { return formInfos[f].abbrevRU }

// FullKK spells the form out in Kazakh.
func (f Form) FullKK() string { return formInfos[f].fullKK }

// FullRU spells the form out in Russian.
func (f Form) FullRU() string { return formInfos[f].fullRU }

// FullEN spells the form out in English.
func (f Form) FullEN() string { return formInfos[f].fullEN }
