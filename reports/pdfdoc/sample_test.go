package pdfdoc

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"baulu/reports/charts"
	"baulu/reports/fonts"
)

// lang holds the words of one language for the sample document; the sample
// stands in for the regional report that will be built on this package.
type lang struct {
	code      string
	top       []string
	title     string
	subtitle  []string
	city      string
	contents  string
	intro     string
	sections  []section
	paragraph string
	bullets   []string
	keys      []KeyValue
	columns   []string
	forms     []string
	kinds     []string
	regions   []string
	caption   string
	total     string
	levels    [3]string
	bars      [4]string
	chart     string
	figure    string
	signer    Signer
	sign      string
	stamp     string
	date      string
	note      string
}

type section struct {
	title string
	subs  []string
}

var kk = lang{
	code: "kk",
	top: []string{"Қазақстан Республикасы Оқу-ағарту министрлігі", "Ақмола облысының білім басқармасы",
		"Әдістемелік орталық"},
	title:    "«Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасын іске асыру туралы өңірлік талдамалық есеп",
	subtitle: []string{"2026 жылғы қаңтар – қараша"},
	city:     "Көкшетау",
	contents: "МАЗМҰНЫ",
	intro:    "КІРІСПЕ",
	sections: []section{
		{"Жалпы мәліметтер", []string{"Пилоттық жобаға қатысушылар", "Өңірдің мектепке дейінгі ұйымдары"}},
		{"Бағыттар бойынша іске асыру және пәндік-дамыту ортасы", nil},
		{"Әдістемелік сүйемелдеу", []string{"Іс-шаралар", "Қатысу", "Барулар"}},
		{"Мониторинг нәтижелері", []string{"Деңгейлер бойынша үлестірім", "Бағыттар бойынша орташа балл"}},
		{"Эксперименттік және бақылау топтарын салыстыру", nil},
		{"Үздік тәжірибелер", nil},
		{"Тәуекелдер және түзету шаралары", nil},
		{"Қорытынды және ұсыныстар", nil},
	},
	paragraph: "Пилоттық жоба Ақмола облысының мектепке дейінгі ұйымдарында жауапкершілігі шектеулі серіктестік " +
		"және мемлекеттік коммуналдық қазыналық кәсіпорын нысанындағы бөбекжай-бақшаларында іске асырылды. " +
		"Әдістемелік орталық әр тоқсан сайын ұйымдарға әдістемелік көмек көрсетіп, пәндік-дамыту ортасын " +
		"ұйымдастыру, еңбекке баулу іс-шараларын өткізу және ата-аналармен өзара іс-қимыл бойынша кеңес берді. " +
		"Балалардың еңбек дағдылары бастапқы және қорытынды мониторингте бағаланды; ғылыми-әдістемелік " +
		"негіздемесі Һ әрпімен жазылатын «Һәм» сияқты сирек сөздерге дейін сақталды.",
	bullets: []string{
		"тәрбиешілердің кәсіби құзыреттілігін арттыру бойынша семинарлар өткізу;",
		"ата-аналармен бірлескен еңбек іс-шараларын ұйымдастыру және олардың нәтижелерін талқылау;",
		"пәндік-дамыту ортасын бағыттар бойынша толықтыру.",
	},
	keys: []KeyValue{{"Өңір:", "Ақмола облысы"}, {"Кезең:", "2026 жылғы қаңтар – қараша"},
		{"Мектепке дейінгі ұйымдар:", "5 ұйым, 24 топ, 412 бала (эксперименттік және бақылау топтары)"},
		{"Әліпби:", spaced(fonts.KazakhLetters)}},
	columns: []string{"№", "Мектепке дейінгі ұйым", "Өңір", "Топтар", "Балалар", "Ұйымдық-құқықтық нысаны"},
	forms:   []string{"жауапкершілігі шектеулі серіктестік", "мемлекеттік коммуналдық қазыналық кәсіпорын", "жеке кәсіпкер"},
	kinds:   []string{"бөбекжай-бақшасы", "балабақшасы", "санаторлық бөбекжай-бақшасы"},
	regions: []string{"Ақмола облысы", "Шығыс Қазақстан облысы", "Солтүстік Қазақстан облысы", "Ұлытау облысы", "Түркістан облысы"},
	caption: "1-кесте – Пилоттық жобаға қатысатын мектепке дейінгі ұйымдар",
	total:   "Барлығы",
	levels:  [3]string{"I – төмен", "II – орташа", "III – жоғары"},
	bars:    [4]string{"Эксп. / бастапқы", "Эксп. / қорытынды", "Бақ. / бастапқы", "Бақ. / қорытынды"},
	chart:   "Деңгейлер бойынша үлестірім",
	figure:  "1-сурет – Балалардың деңгейлер бойынша үлестірімі, %",
	signer:  Signer{Position: "Әдістемелік орталықтың директоры", Name: "А. Б. Сейітова"},
	sign:    "(қолы)",
	stamp:   "М.О.",
	date:    "2026 жылғы «___» ____________",
	note:    "Ескертпе: үлестер әр топтағы бағаланған балалар санына қатысты есептелген; бір ғана кезеңде бағаланған балалар жұптық салыстыруға кірмейді.",
}

var ru = lang{
	code: "ru",
	top: []string{"Министерство просвещения Республики Казахстан", "Управление образования Акмолинской области",
		"Методический центр"},
	title:    "Региональный аналитический отчёт о реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу»",
	subtitle: []string{"январь – ноябрь 2026 года"},
	city:     "Кокшетау",
	contents: "СОДЕРЖАНИЕ",
	intro:    "ВВЕДЕНИЕ",
	sections: []section{
		{"Общие сведения", []string{"Участники пилотного проекта", "Дошкольные организации региона"}},
		{"Реализация по направлениям и развивающая среда", nil},
		{"Методическое сопровождение", []string{"Мероприятия", "Посещаемость", "Выезды"}},
		{"Результаты мониторинга", []string{"Распределение по уровням", "Средний балл по направлениям"}},
		{"Сравнение экспериментальных и контрольных групп", nil},
		{"Лучшие практики", nil},
		{"Риски и корректирующие меры", nil},
		{"Выводы и рекомендации", nil},
	},
	paragraph: "Пилотный проект реализован в дошкольных организациях Акмолинской области, в том числе в ясли-садах " +
		"в форме товарищества с ограниченной ответственностью и государственного коммунального казённого " +
		"предприятия. Методический центр ежеквартально оказывал организациям методическую помощь, консультировал " +
		"по организации предметно-развивающей среды, проведению мероприятий по трудовому воспитанию и " +
		"взаимодействию с родителями. Трудовые навыки детей оценены в стартовом и итоговом мониторинге.",
	bullets: []string{
		"проведение семинаров по повышению профессиональной компетентности воспитателей;",
		"организация совместных с родителями трудовых мероприятий и обсуждение их результатов;",
		"пополнение предметно-развивающей среды по направлениям.",
	},
	keys: []KeyValue{{"Регион:", "Акмолинская область"}, {"Период:", "январь – ноябрь 2026 года"},
		{"Дошкольные организации:", "5 организаций, 24 группы, 412 детей (экспериментальные и контрольные группы)"},
		{"Алфавит:", spaced(fonts.RussianLetters)}},
	columns: []string{"№", "Дошкольная организация", "Регион", "Группы", "Дети", "Организационно-правовая форма"},
	forms:   []string{"товарищество с ограниченной ответственностью", "государственное коммунальное казённое предприятие", "индивидуальный предприниматель"},
	kinds:   []string{"ясли-сад", "детский сад", "санаторный ясли-сад"},
	regions: []string{"Акмолинская область", "Восточно-Казахстанская область", "Северо-Казахстанская область", "область Ұлытау", "Туркестанская область"},
	caption: "Таблица 1 – Дошкольные организации, участвующие в пилотном проекте",
	total:   "Итого",
	levels:  [3]string{"I – низкий", "II – средний", "III – высокий"},
	bars:    [4]string{"Эксп. / стартовый", "Эксп. / итоговый", "Контр. / стартовый", "Контр. / итоговый"},
	chart:   "Распределение по уровням",
	figure:  "Рисунок 1 – Распределение детей по уровням, %",
	signer:  Signer{Position: "Директор методического центра", Name: "А. Б. Сейітова"},
	sign:    "(подпись)",
	stamp:   "М.П.",
	date:    "«___» ____________ 2026 года",
	note:    "Примечание: доли рассчитаны от числа оценённых детей каждой группы; дети, оценённые только в одном раунде, в парное сравнение не входят.",
}

// spaced puts a space between letters, for an alphabet line.
func spaced(s string) string {
	return strings.Join(strings.Split(s, ""), " ")
}

// names of kindergartens, as in the pilot order (organisations, not people).
var names = []string{"Ақбота", "Балбөбек", "Нұрсәт", "Алтын бесік", "Күншуақ", "Ер Төстік", "Жұлдыз-ай", "Құлыншақ", "Әдемі", "Үміт"}

// tableRows is the number of rows of the long sample table.
const tableRows = 96

func sampleRows(l lang) [][]string {
	rows := make([][]string, tableRows)
	for i := range rows {
		n := i + 1
		rows[i] = []string{
			strconv.Itoa(n) + ".",
			fmt.Sprintf("№%d «%s» %s", n, names[i%len(names)], l.kinds[i%len(l.kinds)]),
			l.regions[i%len(l.regions)],
			strconv.Itoa(2 + i%5),
			strconv.Itoa(30 + (i*7)%60),
			l.forms[i%len(l.forms)],
		}
	}
	return rows
}

// sampleTable returns the long table of the sample.
func sampleTable(l lang) Table {
	return Table{
		Caption: l.caption,
		Columns: []Column{
			{Title: l.columns[0], Width: 12, Align: AlignCenter},
			{Title: l.columns[1], Weight: 3},
			{Title: l.columns[2], Weight: 1.6},
			{Title: l.columns[3], Width: 20, Align: AlignRight},
			{Title: l.columns[4], Width: 20, Align: AlignRight},
			{Title: l.columns[5], Weight: 2},
		},
		Rows:  sampleRows(l),
		Total: []string{"", l.total, "", "384", "5 712", ""},
	}
}

// sampleCharts draws the sample's two charts.
func sampleCharts(t testing.TB, l lang) (levels, grouped []byte) {
	t.Helper()
	levels, err := charts.LevelDistribution(charts.LevelChart{
		Title:  l.chart,
		Levels: l.levels,
		Bars: []charts.LevelBar{
			{Label: l.bars[0], Counts: [3]int{40, 45, 15}},
			{Label: l.bars[1], Counts: [3]int{12, 48, 40}},
			{Label: l.bars[2], Counts: [3]int{42, 43, 15}},
			{Label: l.bars[3], Counts: [3]int{33, 45, 22}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	grouped, err = charts.GroupedBars(charts.GroupedChart{
		Title:      l.sections[3].subs[1],
		Categories: l.regions,
		Series: []charts.Series{
			{Name: l.bars[1], Values: []float64{2.4, 2.1, 2.6, 1.9, 2.2}},
			{Name: l.bars[3], Values: []float64{2.0, 1.9, 2.1, 1.8, 2.0}},
		},
		Decimals: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	return levels, grouped
}

// sampleDoc builds a multi-page document in the language l: title page,
// contents, an introduction, eight numbered sections with subsections,
// paragraphs, lists, a key–value block, the long table, two charts and the
// signature block.
func sampleDoc(t testing.TB, l lang) *Document {
	t.Helper()
	levels, grouped := sampleCharts(t, l)
	return buildSample(l, levels, grouped, 0)
}

// buildSample builds the sample from drawn charts; extra adds paragraphs to
// the last section to make the document longer.
func buildSample(l lang, levels, grouped []byte, extra int) *Document {
	d := New(Meta{Title: l.title, Author: l.top[2], Subject: l.subtitle[0], Keywords: "baulu"})
	d.Title(TitlePage{Top: l.top, Title: l.title, Subtitle: l.subtitle, City: l.city, Year: "2026"})
	d.Contents(l.contents)
	d.Unnumbered(l.intro)
	d.Paragraph(l.paragraph)
	d.Paragraph(l.paragraph)
	for i, s := range l.sections {
		d.Section(1, s.title)
		d.Paragraph(l.paragraph)
		switch i {
		case 0:
			d.KeyValues(l.keys...)
		case 1:
			d.AddTable(sampleTable(l))
		case 3:
			d.Image(levels, 150, l.figure)
			d.Text(Para{Text: l.note, Italic: true, Size: TableSize, NoIndent: true})
		}
		for j, sub := range s.subs {
			d.Section(2, sub)
			d.Paragraph(l.paragraph)
			if i == 2 && j == 0 {
				d.Bullets(l.bullets...)
			}
			if i == 3 && j == 1 {
				d.Image(grouped, 150, "")
			}
		}
		if i == len(l.sections)-1 {
			for range 3 + extra {
				d.Paragraph(strings.Repeat(l.paragraph+" ", 2))
			}
		}
	}
	d.Signature(Signature{Signers: []Signer{l.signer}, LineCaption: l.sign, Stamp: l.stamp, Date: l.date})
	return d
}
