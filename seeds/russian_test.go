package seeds

import (
	"slices"
	"strings"
	"testing"
)

func TestRussianName(t *testing.T) {
	cases := []struct {
		seed int
		want string
	}{
		{76, "КГКП «Ясли-сад «Тамаша»»"},
		{11, "ГККП «Ясли-сад №49 «Думан»»"},
		{12, "ГККП «Детский сад № 33 «Нурсат»»"},
		{2, "КГКП «Ясли-сад №8 «Балбобек»»"},
		{1, "КГКП «Ясли-сад №1»"},
		{61, "КГКП «Ясли-сад № 44»"},
		{17, "ГККП «Ясли-сад с санаторными группами «Адеми»»"},
		{52, "КГКП «Санаторный ясли-сад №32 «Кызгалдак»»"},
		{10, "Детский сад «Лашын» ТОО «Дос и Ка»"},
		{24, "Частный детский сад «Толагай KIDS» ТОО «ОРДА Султан»"},
		{35, "Ясли-сад «Еркем-Ай» ТОО «Уш терек»"},
		{40, "ТОО «Алтын бесик»"},
		{30, "Частная дошкольная организация «Айана»"},
		{32, "Частный детский сад «Аi - Дана»"},
		{84, "ТОО «Ясли-сад «Mirager»»"},
	}
	for _, c := range cases {
		k, _ := KindergartenBySeed(c.seed)
		if got, ok := RussianName(k.Name); !ok || got != c.want {
			t.Errorf("№%d %s: %q %v, want %q", c.seed, k.Name, got, ok, c.want)
		}
	}
	// The names of no regular shape are left for the centre to enter:
	// a centre, an entrepreneur's name, a number outside the quotes of a
	// ЖШС, a multilingual centre, the branch, a school complex.
	var gaps []int
	for _, k := range Kindergartens() {
		ru, ok := RussianName(k.Name)
		if !ok {
			gaps = append(gaps, k.SeedNo)
			continue
		}
		if HasKazakhLetters(ru) || strings.Count(ru, "«") != strings.Count(ru, "»") || strings.Contains(ru, "  ") {
			t.Errorf("№%d: %q is not a Russian name with paired quotes", k.SeedNo, ru)
		}
	}
	if want := []int{20, 29, 54, 62, 86, 100}; !slices.Equal(gaps, want) {
		t.Errorf("names not derived: %v, want %v", gaps, want)
	}
}

func TestBalancedNameAndQuotedPart(t *testing.T) {
	for _, c := range []struct{ in, balanced, quoted string }{
		{"«Тамаша» бөбекжай-бақшасы» КМҚК", "««Тамаша» бөбекжай-бақшасы» КМҚК", "«Тамаша»"},
		{"«Лашын» балабақшасы «Дос и Ка» ЖШС", "«Лашын» балабақшасы «Дос и Ка» ЖШС", "«Лашын»"},
		{"«№1 бөбекжай-бақша", "«№1 бөбекжай-бақша»", "«№1 бөбекжай-бақша»"},
		{"КГКП «Ясли-сад №49 «Думан»»", "КГКП «Ясли-сад №49 «Думан»»", "«Думан»"},
		{"Бөбек", "Бөбек", "Бөбек"},
	} {
		b := BalancedName(c.in)
		if b != c.balanced {
			t.Errorf("BalancedName(%q) = %q, want %q", c.in, b, c.balanced)
		}
		if q := QuotedPart(b); q != c.quoted {
			t.Errorf("QuotedPart(%q) = %q, want %q", b, q, c.quoted)
		}
	}
}

func TestSpellingAndGenitive(t *testing.T) {
	if got := RussianSpelling("Әлия Қуанышқызы Өмірбекова, Ұлытау, Үштөбе, Һ"); got != "Алия Куанышкызы Омирбекова, Улытау, Уштобе, Х" || HasKazakhLetters(got) {
		t.Errorf("RussianSpelling: %q", got)
	}
	for in, want := range map[string]string{
		"Акмолинская область": "Акмолинской области", "область Ұлытау": "области Ұлытау",
		"город Астана": "города Астаны", "город Шымкент": "города Шымкента", "город Алматы": "города Алматы",
		"Ұлытау облысы": "Ұлытау облысының", "Астана қаласы": "Астана қаласының",
	} {
		got := GenitiveRU(in)
		if strings.HasSuffix(in, "облысы") || strings.HasSuffix(in, "қаласы") {
			got = GenitiveKK(in)
		}
		if got != want {
			t.Errorf("genitive of %q = %q, want %q", in, got, want)
		}
	}
}
