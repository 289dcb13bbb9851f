package regionpkg

import (
	"errors"
	"strings"

	"baulu/seeds"
)

// messages: one sentence per error code in kk, ru, en. Placeholders:
// {region} (a region code, shown as its name), {item} (a key of itemNames),
// {key}, {field}, {seed}, {found}, {max}, {created}, {previous}, and the
// counts of the success message.
var messages = map[string][3]string{ // kk, ru, en
	"empty": {
		"Файл бос: ол толық көшірілмеген болуы мүмкін.",
		"Файл пустой: вероятно, он скопирован не полностью.",
		"The file is empty; it was probably not copied completely.",
	},
	"too_large": {
		"Файл өңір пакеті болу үшін тым үлкен.",
		"Файл слишком велик для пакета региона.",
		"The file is too large to be a region package.",
	},
	"not_package": {
		"Бұл файл Baulu өңір пакеті емес.",
		"Этот файл не является пакетом региона Baulu.",
		"This file is not a Baulu region package.",
	},
	"damaged": {
		"Пакет файлы зақымданған немесе толық емес: оны жіберушіден қайта көшіріп алыңыз, ештеңе жазылған жоқ.",
		"Файл пакета повреждён или неполон: скопируйте его у отправителя ещё раз, ничего не записано.",
		"The package file is damaged or incomplete; copy it from the sender again (nothing was written).",
	},
	"tampered": {
		"Пакет жасалғаннан кейін өзгертілген (бақылау сомасы сәйкес келмейді): жіберушіден жаңа көшірме сұраңыз, ештеңе жазылған жоқ.",
		"Пакет изменён после создания (контрольная сумма не совпадает): попросите у отправителя новую копию, ничего не записано.",
		"The package was changed after it was made (its checksum does not match); ask the sender for a fresh copy (nothing was written).",
	},
	"newer_format": {
		"Пакетті Baulu-дың жаңарақ нұсқасы жасаған (пакет пішімі {found}, бұл нұсқа {max} дейін оқиды): Baulu-ды жаңартыңыз.",
		"Пакет создан более новой версией Baulu (формат пакета {found}, эта версия читает до {max}): обновите Baulu.",
		"The package was made by a newer Baulu (package format {found}, this one reads up to {max}); update Baulu.",
	},
	"newer_schema": {
		"Пакетті Baulu-дың жаңарақ нұсқасы жасаған (дерекқор нұсқасы {found}, бұл нұсқа {max} дейін біледі): Baulu-ды жаңартыңыз.",
		"Пакет создан более новой версией Baulu (версия базы данных {found}, эта версия знает до {max}): обновите Baulu.",
		"The package was made by a newer Baulu (database version {found}, this one knows up to {max}); update Baulu.",
	},
	"need_passphrase": {
		"Пакет шифрланған: жіберуші берген құпия сөзді енгізіңіз.",
		"Пакет зашифрован: введите парольную фразу, которую дал отправитель.",
		"The package is encrypted; enter the passphrase the sender gave you.",
	},
	"passphrase": {
		"Құпия сөз бұл пакетті ашпайды: оны тексеріп, қайта енгізіңіз.",
		"Парольная фраза не подходит к этому пакету: проверьте её и введите ещё раз.",
		"The passphrase does not open this package; check it and enter it again.",
	},
	"invalid_duplicate": {
		"Пакетте бір жазба екі рет кездеседі: «{key}» ({item}); жіберушіден пакетті қайта экспорттауды сұраңыз, ештеңе жазылған жоқ.",
		"В пакете одна запись встречается дважды: «{key}» ({item}); попросите отправителя выгрузить пакет заново, ничего не записано.",
		"The package lists one record twice: {item} «{key}»; ask the sender to export it again (nothing was written).",
	},
	"invalid_reference": {
		"«{key}» ({item}) жазбасы пакетте жоқ нәрсеге сілтейді ({field}); жіберушіден пакетті қайта экспорттауды сұраңыз, ештеңе жазылған жоқ.",
		"Запись «{key}» ({item}) ссылается на то, чего нет в пакете ({field}); попросите отправителя выгрузить пакет заново, ничего не записано.",
		"The {item} «{key}» refers to something that is not in the package ({field}); ask the sender to export it again (nothing was written).",
	},
	"invalid_value": {
		"«{key}» ({item}) жазбасында жарамсыз мән бар ({field}); жіберушіден оны Baulu-да тексеріп, қайта экспорттауды сұраңыз, ештеңе жазылған жоқ.",
		"В записи «{key}» ({item}) недопустимое значение ({field}); попросите отправителя проверить её в Baulu и выгрузить заново, ничего не записано.",
		"The {item} «{key}» has an invalid value ({field}); ask the sender to check it in Baulu and export again (nothing was written).",
	},
	"wrong_region": {
		"{region} пакетінде бұйрық бойынша басқа өңірге жататын №{seed} балабақша бар; пакет қабылданбады, ештеңе жазылған жоқ.",
		"В пакете региона «{region}» есть детский сад №{seed}, который по приказу относится к другому региону; пакет не принят, ничего не записано.",
		"The package of {region} contains kindergarten №{seed}, which the order places in another region; the package was refused (nothing was written).",
	},
	"unknown_code": {
		"Пакетте бұл дерекқор білмейтін код бар: «{key}» ({item}), көрсеткіштер жүйесі басқа болуы мүмкін; ештеңе жазылған жоқ.",
		"В пакете есть код, неизвестный этой базе: «{key}» ({item}), возможно, другая система показателей; ничего не записано.",
		"The package uses a code this database does not know: {item} «{key}» (perhaps a different indicator framework); nothing was written.",
	},
	"conflict": {
		"Пакеттегі «{key}» бала коды бұл дерекқорда басқа өңірдің баласына берілген; ештеңе жазылған жоқ.",
		"Код ребёнка «{key}» из пакета уже занят ребёнком другого региона в этой базе; ничего не записано.",
		"The child code «{key}» in the package already belongs to a child of another region in this database; nothing was written.",
	},
	"older_package": {
		"Бұл пакет ({created}) {region} үшін бұрын жүктелген пакеттен ({previous}) ескі; ештеңе өзгертілген жоқ.",
		"Этот пакет ({created}) старше уже загруженного пакета региона «{region}» ({previous}); ничего не изменено.",
		"This package ({created}) is older than the package of {region} already imported ({previous}); nothing was changed.",
	},
	"own_region": {
		"Бұл пакет өз өңіріңіздікі ({region}): оны жүктесе, сіз енгізген деректер ауыстырылар еді; ештеңе өзгертілген жоқ.",
		"Это пакет вашего собственного региона ({region}): его загрузка заменила бы введённые вами данные; ничего не изменено.",
		"This is a package of your own region ({region}); importing it would replace the data you entered, so nothing was changed.",
	},
	"imported": {
		"{region} пакеті ({created}) жүктелді: {children} бала, {assessments} баға, {events} іс-шара.",
		"Пакет региона «{region}» от {created} загружен: детей — {children}, оценок — {assessments}, мероприятий — {events}.",
		"The package of {region} from {created} has been imported: {children} children, {assessments} scores, {events} events.",
	},
}

// itemNames are the kinds of record a message can name.
var itemNames = map[string][3]string{
	"region":        {"өңір", "регион", "region"},
	"kindergarten":  {"балабақша", "детский сад", "kindergarten"},
	"direction":     {"бағыт", "направление", "direction"},
	"env_rating":    {"ортаның бағасы", "оценка среды", "environment rating"},
	"env_item":      {"тексеру парағының тармағы", "пункт чек-листа", "checklist item"},
	"group":         {"топ", "группа", "group"},
	"child":         {"бала", "ребёнок", "child"},
	"assessment":    {"баға", "оценка", "score"},
	"indicator":     {"көрсеткіш", "показатель", "indicator"},
	"round":         {"мониторинг кезеңі", "этап мониторинга", "monitoring round"},
	"event":         {"іс-шара", "мероприятие", "event"},
	"participation": {"іс-шараға қатысу", "участие в мероприятии", "event participation"},
	"visit":         {"әдістемелік сапар", "методический выезд", "support visit"},
	"practice":      {"озық тәжірибе", "лучшая практика", "best practice"},
	"risk":          {"тәуекел", "риск", "risk"},
	"feedback":      {"кері байланыс", "отзыв", "feedback"},
	"correction":    {"әдістемені түзету", "корректировка методики", "correction"},
}

func langIndex(lang string) int {
	switch lang {
	case "ru":
		return 1
	case "en":
		return 2
	}
	return 0
}

// Text gives the message code in lang (kk, ru, en; Kazakh otherwise) with
// its placeholders filled: a region code becomes the region's name and an
// item key its noun. An unknown code gives "".
func Text(code, lang string, args map[string]string) string {
	m, ok := messages[code]
	if !ok {
		return ""
	}
	i := langIndex(lang)
	pairs := make([]string, 0, 2*len(args))
	for k, v := range args {
		switch k {
		case "region":
			if r, ok := seeds.RegionByCode(v); ok {
				v = [3]string{r.NameKK, r.NameRU, r.NameEN}[i]
			}
		case "item":
			if n, ok := itemNames[v]; ok {
				v = n[i]
			}
		}
		pairs = append(pairs, "{"+k+"}", v)
	}
	return strings.NewReplacer(pairs...).Replace(m[i])
}

// Message is the one sentence to show for an error of Inspect, Import or
// Export in lang, or "" when err is not a package error.
func Message(err error, lang string) string {
	var e *Error
	if !errors.As(err, &e) {
		return ""
	}
	if s := guardText(e, lang); s != "" {
		return s
	}
	return Text(e.Code, lang, e.Args)
}

// ImportedText is the sentence confirming a successful import.
func ImportedText(res ImportResult, lang string) string {
	return Text("imported", lang, map[string]string{
		"region": res.Region, "created": stamp(res.Created),
		"children": itoa(res.Counts.Children), "assessments": itoa(res.Counts.Assessments), "events": itoa(res.Counts.Events),
	})
}
