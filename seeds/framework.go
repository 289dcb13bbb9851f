package seeds

// Direction is a pilot direction: a workshop a kindergarten chooses.
type Direction struct {
	Code                   string
	NameKK, NameRU, NameEN string
}

// Indicator is one observable outcome, scored 1..3 for each child.
type Indicator struct {
	Code                   string
	NameKK, NameRU, NameEN string
}

// Block groups the indicators of one side of the outcome.
type Block struct {
	Code                   string
	NameKK, NameRU, NameEN string
	Indicators             []Indicator
}

// EnvItem is an item of the subject-developing environment checklist
// (пәндік-дамыту ортасы / предметно-развивающая среда) of a direction's
// workshop.
type EnvItem struct {
	Code                   string
	NameKK, NameRU, NameEN string
}

// Round is a monitoring round with its default dates (ISO, YYYY-MM-DD).
type Round struct {
	Code                   string
	NameKK, NameRU, NameEN string
	Start, End             string
}

// Level is a level of a child's result, from the mean score.
type Level struct {
	Score                  int    // 1..3
	Roman                  string // I, II, III as printed in reports
	NameKK, NameRU, NameEN string
}

// Default level thresholds on a child's mean score: below
// DefaultThresholdII is level I, below DefaultThresholdIII level II, else
// level III. Settings may change them.
const (
	DefaultThresholdII  = 1.5
	DefaultThresholdIII = 2.5
)

// directions are the eight defaults of the pilot order, in its order.
var directions = []Direction{
	{"jewellery", "Зергерлік шеберхана", "Ювелирная мастерская", "Jewellery workshop"},
	{"cooking", "Аспаздық аймағы", "Кулинарная зона", "Cooking area"},
	{"sewing", "Тігін шеберханасы", "Швейная мастерская", "Sewing workshop"},
	{"engineering", "Инженерлік зертхана", "Инженерная лаборатория", "Engineering lab"},
	{"construction", "Құрылыс алаңы", "Строительная площадка", "Construction site"},
	{"greenhouse", "Жылыжай", "Теплица", "Greenhouse"},
	{"garden", "Бақша", "Огород", "Kitchen garden"},
	{"decorative", "Сәндік-қолданбалы өнер шеберханасы", "Мастерская декоративно-прикладного искусства", "Decorative and applied arts workshop"},
}

// framework is the default indicator framework (ARCHITECTURE: Monitoring): three blocks,
// nine indicators, each worded as what the child does, the way the standard
// curriculum words expected results.
var framework = []Block{
	{"K", "Кәсіптер әлемі", "Мир профессий", "Knowledge of professions", []Indicator{
		{"K1", "Кәсіптерді атайды және сипаттайды", "Называет и описывает профессии", "Names and describes professions"},
		{"K2", "Еңбек құралдары мен еңбек нәтижелерін біледі", "Знает орудия и результаты труда", "Knows the tools and results of labour"},
	}},
	{"S", "Еңбек дағдылары", "Трудовые навыки", "Labour skills", []Indicator{
		{"S1", "Өзіне-өзі қызмет көрсету дағдыларын меңгерген", "Владеет навыками самообслуживания", "Has self-service skills"},
		{"S2", "Шаруашылық-тұрмыстық еңбекке қатысады", "Участвует в хозяйственно-бытовом труде", "Takes part in household labour"},
		{"S3", "Табиғаттағы еңбекке қатысады", "Участвует в труде в природе", "Takes part in labour in nature"},
		{"S4", "Шеберханада қол еңбегі дағдыларын қолданады", "Применяет навыки ручного труда в мастерской", "Uses manual labour skills in the workshop"},
	}},
	{"A", "Еңбекке қатынас", "Отношение к труду", "Attitude to labour", []Indicator{
		{"A1", "Еңбекке қызығушылық танытады", "Проявляет интерес к труду", "Shows interest in labour"},
		{"A2", "Ересектердің еңбегін құрметтейді", "Уважает труд взрослых", "Respects the work of adults"},
		{"A3", "Бастаған ісін аяғына дейін жеткізеді, жауапкершілік танытады", "Доводит начатое дело до конца, проявляет ответственность", "Finishes what was started, shows responsibility"},
	}},
}

// envItems is the default environment checklist for every direction.
var envItems = []EnvItem{
	{"env1", "Жабдықталған шеберхана (бұрыш)", "Оборудованная мастерская (уголок)", "Equipped workshop (corner)"},
	{"env2", "Балалардың бойы мен жасына сай құралдар мен материалдар", "Инструменты и материалы, соответствующие росту и возрасту детей", "Child-sized tools and materials"},
	{"env3", "Қауіпсіздік ережелері және қорғаныш құралдары", "Правила безопасности и средства защиты", "Safety rules and protective equipment"},
	{"env4", "Сюжеттік-рөлдік ойындарға арналған жиынтықтар мен костюмдер", "Наборы и костюмы для сюжетно-ролевых игр", "Role-play sets and costumes"},
	{"env5", "Кәсіптер туралы көрнекі құралдар (карточкалар, плакаттар, альбомдар)", "Наглядные пособия о профессиях (карточки, плакаты, альбомы)", "Visual aids about professions (cards, posters, albums)"},
	{"env6", "Балалар жұмыстарының көрмесі", "Выставка детских работ", "Display of children's work"},
}

// rounds are the default monitoring rounds of 2026, three weeks each,
// Monday to Friday.
var rounds = []Round{
	{"baseline", "Бастапқы", "Входной", "Baseline", "2026-01-12", "2026-01-30"},
	{"intermediate", "Аралық", "Промежуточный", "Intermediate", "2026-05-04", "2026-05-22"},
	{"final", "Қорытынды", "Итоговый", "Final", "2026-11-02", "2026-11-20"},
}

// levels are the three result levels (I төмен / II орташа / III жоғары).
var levels = []Level{
	{1, "I", "Төмен", "Низкий", "Low"},
	{2, "II", "Орташа", "Средний", "Medium"},
	{3, "III", "Жоғары", "Высокий", "High"},
}

// Directions returns the eight default pilot directions (a copy).
func Directions() []Direction { return append([]Direction(nil), directions...) }

// Framework returns the default indicator framework. It is a deep copy, so
// an editor may change blocks and indicators without touching the defaults.
func Framework() []Block {
	out := make([]Block, len(framework))
	for i, b := range framework {
		b.Indicators = append([]Indicator(nil), b.Indicators...)
		out[i] = b
	}
	return out
}

// EnvItems returns the default environment checklist items (a copy).
func EnvItems() []EnvItem { return append([]EnvItem(nil), envItems...) }

// Rounds returns the three default monitoring rounds (a copy).
func Rounds() []Round { return append([]Round(nil), rounds...) }

// Levels returns the three result levels, lowest first (a copy).
func Levels() []Level { return append([]Level(nil), levels...) }
