// Package labels names the pilot's enumerations in Kazakh and Russian for
// documents: event kinds and formats, visit purposes and follow-ups,
// practice and risk statuses, feedback sources, group roles, age groups
// and languages, checklist statuses, and the comparison's reasons, warning
// codes and φ* significance. The reports and the Excel export share
// them so that a value reads the same everywhere.
package labels

// Text returns the label of key ("event.seminar", "role.control") in lang
// ("kk", or "ru"; anything else gives Kazakh) and whether it exists.
func Text(lang, key string) (string, bool) {
	m := kk
	if lang == "ru" {
		m = ru
	}
	s, ok := m[key]
	return s, ok
}

// Of returns the label of prefix+value, or the value itself when there is
// none (a value a newer version added).
func Of(lang, prefix, value string) string {
	if s, ok := Text(lang, prefix+value); ok {
		return s
	}
	return value
}

// Keys lists every key, for tests.
func Keys() []string {
	out := make([]string, 0, len(kk))
	for k := range kk {
		out = append(out, k)
	}
	return out
}

var kk = map[string]string{
	"reason.none":                 "–",
	"reason.too_few_observations": "бақылаулар тым аз",
	"reason.one_level":            "балалар бір деңгейде",
	"reason.no_variation":         "мәндер өзгермеген",
	"reason.invalid_input":        "деректер жарамсыз",
	"warn.no_data":                "деректер жоқ",
	"warn.no_experimental_group":  "эксперименттік топ жоқ",
	"warn.no_control_group":       "бақылау тобы жоқ",
	"warn.round_empty":            "кезеңде деректер жоқ",
	"warn.small_sample":           "іріктеме шағын",
	"warn.missing_round":          "бір кезеңде бағаланбағандар көп",
	"warn.small_expected":         "χ²: күтілетін жиіліктер аз",
	"warn.baseline_difference":    "топтар бастапқыда ерекшеленген",
	"phi.ns":                      "маңызды емес",
	"phi.p<=0.05":                 "p ≤ 0,05",
	"phi.p<=0.01":                 "p ≤ 0,01",
	"followup.none":               "қажет емес",
	"followup.planned":            "жоспарланған",
	"followup.done":               "орындалды",
	"followup.cancelled":          "тоқтатылды",
	"followup.overdue":            "мерзімі өткен",
	"purpose.environment":         "пәндік-дамыту ортасы",
	"purpose.consultation":        "кеңес беру",
	"purpose.monitoring":          "мониторинг",
	"purpose.other":               "басқа",
	"event.seminar":               "семинар",
	"event.webinar":               "вебинар",
	"event.consultation":          "консультация",
	"event.training":              "тренинг",
	"event.masterclass":           "шеберлік сыныбы",
	"event.other":                 "басқа іс-шара",
	"format.online":               "онлайн",
	"format.offline":              "күндізгі",
	"practice.candidate":          "үміткер",
	"practice.recommended":        "таратуға ұсынылған",
	"practice.disseminated":       "таратылған",
	"risk.organisational":         "ұйымдастыру",
	"risk.methodical":             "әдістемелік",
	"risk.staff":                  "кадрлық",
	"risk.material":               "материалдық-техникалық",
	"risk.parents":                "ата-аналармен жұмыс",
	"risk.safety":                 "қауіпсіздік",
	"risk.other":                  "басқа",
	"riskstatus.open":             "ашық",
	"riskstatus.mitigating":       "шаралар қолданылуда",
	"riskstatus.closed":           "жабылған",
	"source.teacher":              "педагог",
	"source.parent":               "ата-ана",
	"source.director":             "ұйым басшысы",
	"source.other":                "басқа",
	"age.senior":                  "ересек топ",
	"age.preschool":               "мектепалды тобы",
	"age.mixed":                   "аралас жастағы топ",
	"age.":                        "–",
	"glang.kk":                    "қазақ",
	"glang.ru":                    "орыс",
	"glang.mixed":                 "аралас",
	"glang.":                      "–",
	"role.experimental":           "эксперименттік",
	"role.control":                "бақылау",
	"env.0":                       "басталмаған",
	"env.1":                       "ішінара жабдықталған",
	"env.2":                       "толық жабдықталған",
	"yes":                         "иә",
	"no":                          "жоқ",
	"locality.urban":              "қала",
	"locality.rural":              "ауыл",
	"locality.":                   "–",
	"sex.F":                       "қыз",
	"sex.M":                       "ұл",
	"sex.":                        "–",
	"risklevel.low":               "төмен",
	"risklevel.medium":            "орташа",
	"risklevel.high":              "жоғары",
	"round.baseline":              "бастапқы",
	"round.intermediate":          "аралық",
	"round.final":                 "қорытынды",
	"round.extra":                 "қосымша",
}

var ru = map[string]string{
	"reason.none":                 "–",
	"reason.too_few_observations": "слишком мало наблюдений",
	"reason.one_level":            "все дети на одном уровне",
	"reason.no_variation":         "значения не изменились",
	"reason.invalid_input":        "некорректные данные",
	"warn.no_data":                "нет данных",
	"warn.no_experimental_group":  "нет экспериментальной группы",
	"warn.no_control_group":       "нет контрольной группы",
	"warn.round_empty":            "на этапе нет данных",
	"warn.small_sample":           "малая выборка",
	"warn.missing_round":          "много оценённых лишь на одном этапе",
	"warn.small_expected":         "χ²: малые ожидаемые частоты",
	"warn.baseline_difference":    "группы различались на входе",
	"phi.ns":                      "не значимо",
	"phi.p<=0.05":                 "p ≤ 0,05",
	"phi.p<=0.01":                 "p ≤ 0,01",
	"followup.none":               "не требуется",
	"followup.planned":            "запланирован",
	"followup.done":               "выполнен",
	"followup.cancelled":          "отменён",
	"followup.overdue":            "просрочен",
	"purpose.environment":         "предметно-развивающая среда",
	"purpose.consultation":        "консультация",
	"purpose.monitoring":          "мониторинг",
	"purpose.other":               "другое",
	"event.seminar":               "семинар",
	"event.webinar":               "вебинар",
	"event.consultation":          "консультация",
	"event.training":              "тренинг",
	"event.masterclass":           "мастер-класс",
	"event.other":                 "другое мероприятие",
	"format.online":               "онлайн",
	"format.offline":              "очно",
	"practice.candidate":          "кандидат",
	"practice.recommended":        "рекомендована к распространению",
	"practice.disseminated":       "распространена",
	"risk.organisational":         "организационный",
	"risk.methodical":             "методический",
	"risk.staff":                  "кадровый",
	"risk.material":               "материально-технический",
	"risk.parents":                "работа с родителями",
	"risk.safety":                 "безопасность",
	"risk.other":                  "прочий",
	"riskstatus.open":             "открыт",
	"riskstatus.mitigating":       "принимаются меры",
	"riskstatus.closed":           "закрыт",
	"source.teacher":              "педагог",
	"source.parent":               "родитель",
	"source.director":             "руководитель",
	"source.other":                "другое",
	"age.senior":                  "старшая",
	"age.preschool":               "предшкольная",
	"age.mixed":                   "разновозрастная",
	"age.":                        "–",
	"glang.kk":                    "казахский",
	"glang.ru":                    "русский",
	"glang.mixed":                 "смешанный",
	"glang.":                      "–",
	"role.experimental":           "экспериментальная",
	"role.control":                "контрольная",
	"env.0":                       "не начато",
	"env.1":                       "оснащено частично",
	"env.2":                       "оснащено полностью",
	"yes":                         "да",
	"no":                          "нет",
	"locality.urban":              "город",
	"locality.rural":              "село",
	"locality.":                   "–",
	"sex.F":                       "девочка",
	"sex.M":                       "мальчик",
	"sex.":                        "–",
	"risklevel.low":               "низкий",
	"risklevel.medium":            "средний",
	"risklevel.high":              "высокий",
	"round.baseline":              "входной",
	"round.intermediate":          "промежуточный",
	"round.final":                 "итоговый",
	"round.extra":                 "дополнительный",
}
