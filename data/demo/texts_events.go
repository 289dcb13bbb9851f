package demo

import "baulu/data"

// Who runs an event.
const (
	byCentre    = iota // a methodologist of the centre
	byInstitute        // «Балаларды ерте дамыту институты» (national webinars)
	byTeacher          // a teacher of a pilot kindergarten (master classes)
)

// eventTpl is an event a methodical centre typically runs in the pilot
// year, with the window of dates it belongs to.
type eventTpl struct {
	core       bool // every region holds it
	lang       string
	kind       string
	format     string
	topic      string
	from, to   [2]int // month and day in 2026
	hours      float64
	by         int
	share      float64 // share of kindergartens taking part
	teachers   [2]int  // teachers per kindergarten, min and max
	parents    bool
	materials  string
	withOthers bool   // directors and methodologists of kindergartens come too
	direction  string // a master class comes from a kindergarten with this direction
}

var eventTpls = []eventTpl{
	{core: true, lang: "kk", kind: data.EventSeminar, format: data.FormatOffline,
		topic: "«Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасын іске асырудың ұйымдастырушылық-әдістемелік негіздері",
		from:  [2]int{1, 5}, to: [2]int{1, 9}, hours: 4, by: byCentre, share: 1, teachers: [2]int{2, 4}, withOthers: true,
		materials: "Презентация, жобаның жол картасы, бұйрықтың көшірмесі"},
	{core: true, lang: "kk", kind: data.EventWebinar, format: data.FormatOnline,
		topic: "Бастапқы мониторинг: бақылау картасын толтыру және балалардың еңбек дағдыларын бағалау тәртібі",
		from:  [2]int{1, 8}, to: [2]int{1, 12}, hours: 2, by: byCentre, share: 1, teachers: [2]int{2, 5},
		materials: "Бақылау картасының үлгісі, бағалау өлшемдері (PDF), вебинардың бейнежазбасы"},
	{lang: "kk", kind: data.EventConsultation, format: data.FormatOnline,
		topic: "Бақылау және эксперименттік топтарды қалыптастыру, ата-аналардың келісімін рәсімдеу",
		from:  [2]int{1, 5}, to: [2]int{1, 16}, hours: 1, by: byCentre, share: 0.6, teachers: [2]int{1, 2}, withOthers: true,
		materials: "Келісім нысаны (қазақ және орыс тілдерінде)"},
	{lang: "ru", kind: data.EventSeminar, format: data.FormatOffline,
		topic: "Организация предметно-развивающей среды мастерских: безопасность и подбор инструментов по возрасту",
		from:  [2]int{2, 2}, to: [2]int{2, 27}, hours: 3, by: byCentre, share: 0.9, teachers: [2]int{1, 3},
		materials: "Презентация, чек-лист оснащения мастерской"},
	{lang: "kk", kind: data.EventMasterclass, format: data.FormatOffline,
		topic: "Зергерлік шеберханада ұлттық ою-өрнекпен жұмыс істеу",
		from:  [2]int{2, 9}, to: [2]int{4, 24}, hours: 2, by: byTeacher, share: 0.7, teachers: [2]int{1, 3},
		materials: "Технологиялық карталар, ою-өрнек үлгілерінің альбомы", direction: "jewellery"},
	{lang: "ru", kind: data.EventMasterclass, format: data.FormatOffline,
		topic: "Кулинарная зона в детском саду: безопасная работа детей с продуктами и кухонным инвентарём",
		from:  [2]int{2, 16}, to: [2]int{4, 30}, hours: 2, by: byTeacher, share: 0.7, teachers: [2]int{1, 3},
		materials: "Технологические карты-схемы блюд, фотоотчёт", direction: "cooking"},
	{lang: "ru", kind: data.EventWebinar, format: data.FormatOnline,
		topic: "Ранняя профориентация дошкольников: отечественный и зарубежный опыт",
		from:  [2]int{3, 2}, to: [2]int{3, 13}, hours: 2, by: byInstitute, share: 1, teachers: [2]int{2, 6},
		materials: "Запись вебинара, презентация спикера"},
	{lang: "kk", kind: data.EventTraining, format: data.FormatOffline,
		topic: "Балаларды еңбекке баулудың заманауи технологиялары (педагогтердің біліктілігін арттыру курсы)",
		from:  [2]int{3, 23}, to: [2]int{4, 10}, hours: 24, by: byCentre, share: 0.8, teachers: [2]int{1, 2},
		materials: "Курс бағдарламасы, тыңдаушылардың жобалары, сертификаттар"},
	{lang: "kk", kind: data.EventSeminar, format: data.FormatOffline,
		topic: "Жылыжай мен бақшадағы еңбек: маусымдық жұмыстарды жоспарлау",
		from:  [2]int{3, 2}, to: [2]int{4, 17}, hours: 3, by: byCentre, share: 0.8, teachers: [2]int{1, 3},
		materials: "Маусымдық жұмыстардың күнтізбесі, бақылау күнделігінің үлгісі"},
	{lang: "kk", kind: data.EventConsultation, format: data.FormatOffline,
		topic: "Кәсіптер әлемімен таныстыруда сюжеттік-рөлдік ойындарды пайдалану",
		from:  [2]int{2, 2}, to: [2]int{10, 30}, hours: 1.5, by: byCentre, share: 0.5, teachers: [2]int{1, 3},
		materials: "Ойындар картотекасы"},
	{lang: "kk", kind: data.EventOther, format: data.FormatOffline,
		topic: "Ата-аналар жиналысы: «Отбасында баланы еңбекке баулу»",
		from:  [2]int{2, 9}, to: [2]int{3, 20}, hours: 1.5, by: byCentre, share: 0.8, teachers: [2]int{1, 2}, parents: true,
		materials: "Ата-аналарға арналған жадынама, сауалнама"},
	{lang: "ru", kind: data.EventWebinar, format: data.FormatOnline,
		topic: "Родительский всеобуч: посильные трудовые поручения дома для детей 4–5 лет",
		from:  [2]int{4, 6}, to: [2]int{4, 30}, hours: 1, by: byCentre, share: 1, teachers: [2]int{1, 2}, parents: true,
		materials: "Памятка для родителей на казахском и русском языках, запись вебинара"},
	{core: true, lang: "kk", kind: data.EventSeminar, format: data.FormatOffline,
		topic: "Аралық мониторинг нәтижелерін талдау және жұмыс әдістерін түзету",
		from:  [2]int{5, 25}, to: [2]int{6, 12}, hours: 3, by: byCentre, share: 1, teachers: [2]int{1, 3}, withOthers: true,
		materials: "Аралық мониторингтің талдамалық анықтамасы, презентация"},
	{lang: "kk", kind: data.EventMasterclass, format: data.FormatOffline,
		topic: "Тігін шеберханасы: балаларға қарапайым тігу тәсілдерін үйрету",
		from:  [2]int{4, 13}, to: [2]int{5, 29}, hours: 2, by: byTeacher, share: 0.6, teachers: [2]int{1, 2},
		materials: "Технологиялық карталар, балалар жұмыстарының көрмесі", direction: "sewing"},
	{lang: "ru", kind: data.EventMasterclass, format: data.FormatOffline,
		topic: "Инженерная лаборатория: конструирование и простые механизмы в старшей группе",
		from:  [2]int{9, 14}, to: [2]int{10, 23}, hours: 2, by: byTeacher, share: 0.7, teachers: [2]int{1, 3},
		materials: "Схемы построек, фотоотчёт", direction: "engineering"},
	{lang: "kk", kind: data.EventSeminar, format: data.FormatOnline,
		topic: "Құрылыс алаңында балалардың құрастыру іс-әрекетін ұйымдастыру",
		from:  [2]int{9, 14}, to: [2]int{10, 16}, hours: 2, by: byCentre, share: 0.9, teachers: [2]int{1, 4},
		materials: "Презентация, құрастыру схемалары"},
	{lang: "kk", kind: data.EventOther, format: data.FormatOffline,
		topic: "Тамыз кеңесінің секциясы: «Мектепке дейінгі ұйымдарда еңбекке баулу тәжірибесі»",
		from:  [2]int{8, 17}, to: [2]int{8, 28}, hours: 3, by: byCentre, share: 1, teachers: [2]int{1, 2}, withOthers: true,
		materials: "Секция бағдарламасы, баяндамалар жинағы"},
	{lang: "kk", kind: data.EventWebinar, format: data.FormatOnline,
		topic: "Пәндік-дамыту ортасын бағалау парағымен жұмыс",
		from:  [2]int{9, 1}, to: [2]int{9, 11}, hours: 1.5, by: byCentre, share: 1, teachers: [2]int{1, 3}, withOthers: true,
		materials: "Бағалау парағы, толтыру үлгісі"},
	{lang: "ru", kind: data.EventSeminar, format: data.FormatOffline,
		topic: "Региональный семинар «Лучшие практики пилотного проекта: обобщение опыта»",
		from:  [2]int{10, 5}, to: [2]int{10, 23}, hours: 4, by: byCentre, share: 1, teachers: [2]int{2, 4}, withOthers: true,
		materials: "Программа семинара, сборник практик, видеоролики педагогов"},
	{core: true, lang: "kk", kind: data.EventConsultation, format: data.FormatOnline,
		topic: "Қорытынды мониторингке дайындық: бағалау өлшемдерін бірізді қолдану",
		from:  [2]int{10, 19}, to: [2]int{10, 30}, hours: 1, by: byCentre, share: 1, teachers: [2]int{1, 3},
		materials: "Бағалау өлшемдері, жиі кездесетін қателер тізімі"},
	{lang: "kk", kind: data.EventMasterclass, format: data.FormatOffline,
		topic: "Сәндік-қолданбалы өнер шеберханасы: киізден қарапайым бұйымдар жасау",
		from:  [2]int{10, 5}, to: [2]int{11, 13}, hours: 2, by: byTeacher, share: 0.6, teachers: [2]int{1, 2},
		materials: "Технологиялық карталар, бейнежазба", direction: "decorative"},
	{lang: "kk", kind: data.EventWebinar, format: data.FormatOnline,
		topic: "Ерте кәсіптік бағдар беруде отбасымен серіктестік",
		from:  [2]int{9, 21}, to: [2]int{10, 9}, hours: 1.5, by: byCentre, share: 1, teachers: [2]int{1, 2}, parents: true,
		materials: "Вебинардың бейнежазбасы, ата-аналарға арналған тапсырмалар жинағы"},
	{core: true, lang: "kk", kind: data.EventSeminar, format: data.FormatOnline,
		topic: "Аймақтық талдамалық есепті дайындау: деректерді жинау және ұсыну тәртібі",
		from:  [2]int{11, 9}, to: [2]int{11, 20}, hours: 2, by: byCentre, share: 1, teachers: [2]int{1, 2}, withOthers: true,
		materials: "Есептің құрылымы, деректер кестесінің үлгісі"},
	{lang: "ru", kind: data.EventTraining, format: data.FormatOffline,
		topic: "Практический тренинг: наблюдение и фиксация трудовой деятельности детей",
		from:  [2]int{4, 20}, to: [2]int{5, 15}, hours: 6, by: byCentre, share: 0.8, teachers: [2]int{1, 3},
		materials: "Рабочая тетрадь тренинга, образцы карт наблюдения"},
	{lang: "ru", kind: data.EventMasterclass, format: data.FormatOffline,
		topic: "Огород на подоконнике: труд в природе в зимний период",
		from:  [2]int{1, 19}, to: [2]int{2, 20}, hours: 2, by: byTeacher, share: 0.6, teachers: [2]int{1, 2},
		materials: "Дневник наблюдений, фотоотчёт", direction: "garden"},
}

// Notes a methodologist adds to some events.
var eventNotes = map[string][]string{
	"kk": {"Қатысушыларға сертификат берілді.", "Бейнежазба орталықтың сайтында жарияланды.",
		"Кері байланыс сауалнамасы бойынша қатысушылардың 90%-ы іс-шараны пайдалы деп бағалады.",
		"Ауылдық балабақшалар үшін жазба қосымша жіберілді."},
	"ru": {"Участникам выданы сертификаты.", "Запись размещена на сайте методического центра.",
		"По анкете обратной связи 87% участников оценили мероприятие как полезное.",
		"Материалы направлены в сельские детские сады по электронной почте."},
}

// Organisers by language.
var (
	instituteName = map[string]string{"kk": "Балаларды ерте дамыту институты", "ru": "Институт раннего развития детей"}
	methodologist = map[string]string{"kk": "әдістемелік орталықтың әдіскері", "ru": "методист методического центра"}
	teacherWord   = map[string]string{"kk": "тәрбиеші", "ru": "воспитатель"}
)
