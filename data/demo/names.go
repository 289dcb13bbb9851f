package demo

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// Adult names are put together from common first names, fathers' names and
// surnames, so they read naturally without belonging to anyone in
// particular. Children get no names at all (see children.go).
var (
	kkWomen = []string{"Айгүл", "Гүлнар", "Жанар", "Сәуле", "Әйгерім", "Динара", "Гүлмира", "Ақмарал", "Салтанат",
		"Назгүл", "Мөлдір", "Айжан", "Ботагөз", "Гүлжан", "Баян", "Айнұр", "Жұлдыз", "Лаура", "Мадина", "Әсел",
		"Ләззат", "Шынар", "Раушан", "Меруерт", "Балжан", "Сандуғаш", "Индира", "Перизат", "Гауһар", "Қарлығаш"}
	kkFathers = []string{"Серік", "Ерлан", "Қайрат", "Болат", "Нұрлан", "Бауыржан", "Марат", "Асқар", "Жеңіс",
		"Талғат", "Ержан", "Дәурен", "Берік", "Қанат", "Мұрат", "Ғалым", "Айдар", "Арман", "Бақыт", "Төлеген"}
	kkSurnames = []string{"Ахметова", "Сейітова", "Омарова", "Жақсылықова", "Нұрланова", "Қасымова", "Әбдірахманова",
		"Тоқтарова", "Мұқанова", "Бекова", "Иманова", "Сәрсенбаева", "Есенова", "Жұмабаева", "Қалиева", "Тұрсынова",
		"Смағұлова", "Байжанова", "Оспанова", "Ермекова", "Құдайбергенова", "Серікбаева", "Әбілова", "Мырзахметова"}
	ruWomen    = []string{"Ольга", "Наталья", "Елена", "Татьяна", "Светлана", "Ирина", "Людмила", "Анна", "Марина", "Оксана", "Юлия", "Галина"}
	ruFathers  = []string{"Викторовна", "Александровна", "Сергеевна", "Николаевна", "Владимировна", "Ивановна", "Петровна", "Геннадьевна", "Юрьевна", "Михайловна"}
	ruSurnames = []string{"Иванова", "Кузнецова", "Петренко", "Ковальчук", "Смирнова", "Морозова", "Васильева", "Никитина", "Лебедева", "Фёдорова", "Шевченко", "Бондаренко"}

	kkGroupNames = []string{"Балапан", "Күншуақ", "Ботақан", "Қарлығаш", "Жұлдызша", "Айгөлек", "Құлыншақ", "Бүлдіршін",
		"Балдырған", "Еркетай", "Шұғыла", "Қызғалдақ", "Нұрсәуле", "Ақбота", "Бәйшешек", "Таңшолпан"}
	ruGroupNames = []string{"Солнышко", "Радуга", "Звёздочка", "Колокольчик", "Ромашка", "Теремок", "Капелька", "Пчёлка",
		"Светлячок", "Непоседы"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// person is a generated adult name.
type person struct{ surname, first, father string }

// kazakhWoman or russianWoman: most teachers, directors and methodologists
// of kindergartens are women.
func kazakhWoman(r *rand.Rand) person {
	return person{pick(r, kkSurnames), pick(r, kkWomen), pick(r, kkFathers) + "қызы"}
}

func russianWoman(r *rand.Rand) person {
	return person{pick(r, ruSurnames), pick(r, ruWomen), pick(r, ruFathers)}
}

// womanFor draws a Kazakh name, or a Russian one with probability ru.
func womanFor(r *rand.Rand, ru float64) person {
	if r.Float64() < ru {
		return russianWoman(r)
	}
	return kazakhWoman(r)
}

// Full is the official order: surname, first name, father's name.
func (p person) Full() string { return p.surname + " " + p.first + " " + p.father }

// Short is the surname with initials, as in minutes and programmes.
func (p person) Short() string {
	return p.surname + " " + string([]rune(p.first)[:1]) + ". " + string([]rune(p.father)[:1]) + "."
}

// translit spells Kazakh and Russian letters in ASCII for e-mail addresses.
var translit = map[rune]string{
	'а': "a", 'ә': "a", 'б': "b", 'в': "v", 'г': "g", 'ғ': "g", 'д': "d", 'е': "e", 'ё': "io", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'қ': "q", 'л': "l", 'м': "m", 'н': "n", 'ң': "n", 'о': "o",
	'ө': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ұ': "u", 'ү': "u", 'ф': "f", 'х': "h",
	'һ': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "", 'ы': "y", 'і': "i", 'ь': "", 'э': "e",
	'ю': "iu", 'я': "ia",
}

// slug makes an address-safe word of a kindergarten's name: the part in the
// first «quotes», transliterated, e.g. «Ақбота» → "aqbota".
func slug(name string) string {
	if i := strings.Index(name, "«"); i >= 0 {
		name = name[i+len("«"):]
		if j := strings.Index(name, "»"); j >= 0 {
			name = name[:j]
		}
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case translit[r] != "" || r == 'ъ' || r == 'ь':
			b.WriteString(translit[r])
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		return "balabaqsha"
	}
	return out
}
