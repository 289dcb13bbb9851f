package demo

import (
	"strings"

	"baulu/seeds"
)

// The demo's Russian texts: the centre's name and people in Russian, and
// the settlements of the profiles. Kazakh place names are written with
// Russian letters, except where Russian has a name of its own for the place
// (Орал – Уральск) or a form of its own (Сәтбаев – Сатпаев); demo data only,
// the rule is not good enough for a real profile, which the centre types.

// ruPlaces are the demo's places whose Russian name is not the Kazakh one
// in Russian letters.
var ruPlaces = map[string]string{
	"Орал": "Уральск", "Өскемен": "Усть-Каменогорск", "Петропавл": "Петропавловск", "Қарағанды": "Караганда",
	"Түркістан": "Туркестан", "Булаев": "Булаево", "Лисаков": "Лисаковск", "Мәртөк": "Мартук",
	"Екібастұз": "Экибастуз", "Ертіс": "Иртышск", "Меркі": "Мерке", "Сәтбаев": "Сатпаев", "Үржар": "Урджар",
	"Баянауыл": "Баянаул", "Әулиекөл": "Аулиеколь", "Саумалкөл": "Саумалколь", "Затобол": "Затобольск",
	"Турар Рысқұлов": "Турара Рыскулова", "Қасым Қайсенов": "Касыма Кайсенова", "Өтеген батыр": "Отеген батыра",
	"Павлодар ауылы": "село Павлодарское", "Қарқаралы": "Каркаралинск", "Индербор": "Индерборский",
	"Құлсары": "Кульсары",
}

// settlementRU gives a demo settlement in Russian: «Жезқазған қаласы» →
// «город Жезказган», «Ақмол ауылы» → «село Акмол», «Аршалы кенті» →
// «посёлок Аршалы».
func settlementRU(kk string) string {
	if ru, ok := ruPlaces[kk]; ok {
		return ru
	}
	name, kind := kk, ""
	for _, k := range []struct{ kk, ru string }{{" қаласы", "город "}, {" ауылы", "село "}, {" кенті", "посёлок "}} {
		if strings.HasSuffix(kk, k.kk) {
			name, kind = strings.TrimSuffix(kk, k.kk), k.ru
			break
		}
	}
	if ru, ok := ruPlaces[name]; ok {
		return kind + ru
	}
	return kind + seeds.RussianSpelling(name)
}

// Signature is the name as a signature block prints it: initials, then
// the surname («А. Б. Сейітова»).
func (p person) Signature() string {
	return string([]rune(p.first)[:1]) + ". " + string([]rune(p.father)[:1]) + ". " + p.surname
}

// russian is a person's name with Russian letters.
func (p person) russian() person {
	return person{seeds.RussianSpelling(p.surname), seeds.RussianSpelling(p.first), seeds.RussianSpelling(p.father)}
}
