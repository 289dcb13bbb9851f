package seeds

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
)

// checkStrings walks v and checks every string field: none empty (notes
// aside), Kazakh and Russian free of Latin letters (typed look-alikes such as
// Latin «i» for Kazakh «і» hide easily), English free of Cyrillic.
func checkStrings(t *testing.T, where string, v any) {
	t.Helper()
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice:
		for i := 0; i < rv.Len(); i++ {
			checkStrings(t, where, rv.Index(i).Interface())
		}
	case reflect.Struct:
		for i := 0; i < rv.NumField(); i++ {
			f, fv := rv.Type().Field(i), rv.Field(i)
			at := where + "." + f.Name
			if fv.Kind() == reflect.Slice {
				checkStrings(t, at, fv.Interface())
				continue
			}
			if fv.Kind() != reflect.String {
				continue
			}
			checkText(t, at, f.Name, fv.String())
		}
	}
}

// checkText applies checkStrings' rules to one named field.
func checkText(t *testing.T, at, field, s string) {
	t.Helper()
	if strings.HasPrefix(field, "Note") {
		return // notes are checked with the kindergartens
	}
	if strings.TrimSpace(s) == "" || s != strings.TrimSpace(s) {
		t.Errorf("%s: %q is empty or padded", at, s)
		return
	}
	switch {
	case strings.HasSuffix(field, "KK"), strings.HasSuffix(field, "RU"):
		if strings.ContainsFunc(s, func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }) {
			t.Errorf("%s: Latin letters in %q", at, s)
		}
	case strings.HasSuffix(field, "EN"):
		if strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
			t.Errorf("%s: Cyrillic letters in %q", at, s)
		}
	}
}

func TestAllStringsPresentAndInTheirScript(t *testing.T) {
	checkStrings(t, "Regions", Regions())
	checkStrings(t, "Kindergartens", Kindergartens())
	checkStrings(t, "Directions", Directions())
	checkStrings(t, "Framework", Framework())
	checkStrings(t, "EnvItems", EnvItems())
	checkStrings(t, "Rounds", Rounds())
	checkStrings(t, "Levels", Levels())
	for _, f := range Forms() {
		checkText(t, string(f), "AbbrevRU", f.AbbrevRU())
		checkText(t, string(f), "FullKK", f.FullKK())
		checkText(t, string(f), "FullRU", f.FullRU())
		checkText(t, string(f), "FullEN", f.FullEN())
	}
	for _, k := range Kindergartens() {
		if k.Form == FormBranch {
			checkText(t, "branch", "NoteKK", k.NoteKK)
			checkText(t, "branch", "NoteRU", k.NoteRU)
		}
	}
}

func TestCodesUnique(t *testing.T) {
	var ind []string
	var blocks []string
	for _, b := range Framework() {
		blocks = append(blocks, b.Code)
		if len(b.Indicators) == 0 {
			t.Errorf("block %s has no indicators", b.Code)
		}
		for _, i := range b.Indicators {
			ind = append(ind, i.Code)
			if !strings.HasPrefix(i.Code, b.Code) {
				t.Errorf("indicator %s is in block %s", i.Code, b.Code)
			}
		}
	}
	tests := []struct {
		name  string
		codes []string
		want  int
	}{
		{"regions", codes(Regions(), func(r Region) string { return r.Code }), 20},
		{"directions", codes(Directions(), func(d Direction) string { return d.Code }), 8},
		{"blocks", blocks, 3},
		{"indicators", ind, 9},
		{"env items", codes(EnvItems(), func(e EnvItem) string { return e.Code }), 6},
		{"rounds", codes(Rounds(), func(r Round) string { return r.Code }), 3},
		{"forms", codes(Forms(), func(f Form) string { return string(f) }), 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.codes) != tt.want {
				t.Errorf("%d codes, want %d", len(tt.codes), tt.want)
			}
			seen := map[string]bool{}
			for _, c := range tt.codes {
				if seen[c] {
					t.Errorf("code %q twice", c)
				}
				seen[c] = true
			}
		})
	}
}

func codes[T any](xs []T, code func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = code(x)
	}
	return out
}

func TestRegions(t *testing.T) {
	for i, r := range Regions() {
		if r.Order != i+1 {
			t.Errorf("%s: Order %d at index %d", r.Code, r.Order, i)
		}
		if len(r.Code) != 3 || strings.ToUpper(r.Code) != r.Code || !isASCIILetters(r.Code) {
			t.Errorf("code %q is not three Latin capitals", r.Code)
		}
		city := strings.HasSuffix(r.NameKK, " қаласы")
		if city != strings.HasPrefix(r.NameRU, "город ") || city != strings.HasSuffix(r.NameEN, " city") {
			t.Errorf("%s: city/region names disagree: %q %q %q", r.Code, r.NameKK, r.NameRU, r.NameEN)
		}
		if city && strings.TrimSuffix(r.NameKK, " қаласы") != r.CentreKK {
			t.Errorf("%s: a city's centre is itself, got %q", r.Code, r.CentreKK)
		}
		got, ok := RegionByCode(r.Code)
		if !ok || got != r {
			t.Errorf("RegionByCode(%q) = %v, %v", r.Code, got, ok)
		}
	}
	if _, ok := RegionByCode("aba"); ok {
		t.Error("region codes are case-sensitive")
	}
	want := map[string][2]string{ // spot checks from the brief
		"ABA": {"Абай облысы", "Семей"},
		"ZKO": {"Батыс Қазақстан облысы", "Орал"},
		"ALM": {"Алматы облысы", "Қонаев"},
		"VKO": {"Шығыс Қазақстан облысы", "Өскемен"},
		"ALA": {"Алматы қаласы", "Алматы"},
	}
	for code, w := range want {
		if r, _ := RegionByCode(code); r.NameKK != w[0] || r.CentreKK != w[1] {
			t.Errorf("%s: %q / %q, want %q / %q", code, r.NameKK, r.CentreKK, w[0], w[1])
		}
	}
}

func isASCIILetters(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func TestRounds(t *testing.T) {
	var prevEnd time.Time
	for _, r := range Rounds() {
		start, end, err := r.Period()
		if err != nil {
			t.Fatal(err)
		}
		if start.Year() != 2026 || end.Year() != 2026 {
			t.Errorf("%s: outside 2026", r.Code)
		}
		if start.Weekday() != time.Monday || end.Weekday() != time.Friday {
			t.Errorf("%s: %s is a %s, %s a %s; want Monday to Friday", r.Code, r.Start, start.Weekday(), r.End, end.Weekday())
		}
		if !start.After(prevEnd) {
			t.Errorf("%s starts before the previous round ends", r.Code)
		}
		prevEnd = end
	}
	months := []time.Month{time.January, time.May, time.November}
	for i, r := range Rounds() {
		if start, _, _ := r.Period(); start.Month() != months[i] {
			t.Errorf("%s in %s, want %s", r.Code, start.Month(), months[i])
		}
	}
	bad := []Round{
		{Code: "x", Start: "2026-13-01", End: "2026-12-01"},
		{Code: "x", Start: "2026-01-10", End: "31.01.2026"},
		{Code: "x", Start: "2026-02-10", End: "2026-02-09"},
	}
	for _, r := range bad {
		if _, _, err := r.Period(); err == nil {
			t.Errorf("Period accepted %s..%s", r.Start, r.End)
		}
	}
}

func TestLevels(t *testing.T) {
	for i, l := range Levels() {
		if l.Score != i+1 {
			t.Errorf("level %s has score %d at index %d", l.Roman, l.Score, i)
		}
	}
	if !(1 < DefaultThresholdII && DefaultThresholdII < DefaultThresholdIII && DefaultThresholdIII < 3) {
		t.Errorf("thresholds %v, %v are not inside 1..3 in order", DefaultThresholdII, DefaultThresholdIII)
	}
}

func TestFrameworkReturnsDeepCopy(t *testing.T) {
	fw := Framework()
	fw[0].Indicators[0].NameKK = "changed"
	fw[0].NameKK = "changed"
	again := Framework()
	if again[0].Indicators[0].NameKK == "changed" || again[0].NameKK == "changed" {
		t.Error("Framework() shares memory with the defaults")
	}
}

func TestForms(t *testing.T) {
	tests := []struct {
		f              Form
		state, private bool
		ru             string
	}{
		{FormKMKK, true, false, "КГКП"},
		{FormMKKK, true, false, "ГККП"},
		{FormZhShS, false, true, "ТОО"},
		{FormZhK, false, true, "ИП"},
		{FormPrivate, false, true, "частный"},
		{FormBranch, true, false, "филиал"},
		{Form("АҚ"), false, false, ""},
	}
	for _, tt := range tests {
		if tt.f.State() != tt.state || tt.f.Private() != tt.private || tt.f.AbbrevRU() != tt.ru {
			t.Errorf("%s: state %v private %v ru %q; want %v %v %q",
				tt.f, tt.f.State(), tt.f.Private(), tt.f.AbbrevRU(), tt.state, tt.private, tt.ru)
		}
	}
	// The order spells out its four abbreviations; ours must agree.
	for _, f := range []Form{FormKMKK, FormMKKK, FormZhShS, FormZhK} {
		if line := string(f) + " – " + f.FullKK(); !strings.Contains(OrderText(), line) {
			t.Errorf("order has no line %q", line)
		}
	}
}
