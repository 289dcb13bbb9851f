package xlsxio

import (
	"errors"
	"fmt"
	"strings"
)

// Reason says why a cell, row, sheet or file was not accepted.
type Reason string

// Problem reasons. Args, in order, are given with each.
const (
	ReasonOtherRegion      Reason = "other_region"         // file region, this region
	ReasonUnknownKG        Reason = "unknown_kindergarten" // seed number
	ReasonOtherKG          Reason = "other_kindergarten"   // the file's seed number, the expected one
	ReasonUnknownRound     Reason = "unknown_round"        // round code
	ReasonOtherRound       Reason = "other_round"          // the file's round, the expected one
	ReasonSheetMissing     Reason = "sheet_missing"        // sheet name
	ReasonUnknownGroup     Reason = "unknown_group"        // group code
	ReasonGroupOtherKG     Reason = "group_other_kg"       // group code
	ReasonHeaderEdited     Reason = "header_edited"        // expected code, found text
	ReasonHeaderMissing    Reason = "header_missing"       // expected code
	ReasonIndicatorGone    Reason = "indicator_gone"       // indicator code
	ReasonIndicatorRetired Reason = "indicator_retired"    // indicator code
	ReasonMissingChildCode Reason = "missing_child_code"   // –
	ReasonUnknownChild     Reason = "unknown_child"        // child code
	ReasonChildOtherGroup  Reason = "child_other_group"    // child code, the child's group code
	ReasonChildOtherKG     Reason = "child_other_kg"       // child code
	ReasonDuplicateChild   Reason = "duplicate_child"      // child code, where it was first
	ReasonValueUnreadable  Reason = "value_unreadable"     // the cell's text
	ReasonValueOutOfRange  Reason = "value_out_of_range"   // the cell's text
	ReasonTooManyProblems  Reason = "too_many_problems"    // how many more were not listed
	ReasonUnreadableSheet  Reason = "unreadable_sheet"     // –
)

// messages holds every text in kk, ru, en; %[n]s are the problem's Args.
var messages = map[Reason][3]string{
	ReasonOtherRegion: {"Файл басқа өңірге арналған (%[1]s), бұл бағдарлама — %[2]s өңірі.",
		"Файл относится к другому региону (%[1]s), эта программа — регион %[2]s.",
		"The file belongs to another region (%[1]s); this installation is %[2]s."},
	ReasonUnknownKG: {"Файлдағы №%[1]s балабақша бұл дерекқорда жоқ.",
		"Детского сада №%[1]s из файла нет в этой базе.",
		"Kindergarten no. %[1]s of the file is not in this database."},
	ReasonOtherKG: {"Файл №%[1]s балабақшаға арналған, ал №%[2]s таңдалған.",
		"Файл относится к детскому саду №%[1]s, а выбран №%[2]s.",
		"The file is for kindergarten no. %[1]s, but no. %[2]s is selected."},
	ReasonUnknownRound: {"Файлдағы «%[1]s» мониторинг кезеңі бұл дерекқорда жоқ.",
		"Этапа мониторинга «%[1]s» из файла нет в этой базе.",
		"Monitoring round “%[1]s” of the file is not in this database."},
	ReasonOtherRound: {"Файл «%[1]s» кезеңіне арналған, ал «%[2]s» таңдалған.",
		"Файл относится к этапу «%[1]s», а выбран «%[2]s».",
		"The file is for round “%[1]s”, but “%[2]s” is selected."},
	ReasonSheetMissing: {"«%[1]s» парағы жоқ: оның атауы өзгертілген немесе жойылған.",
		"Нет листа «%[1]s»: его переименовали или удалили.",
		"Sheet “%[1]s” is missing: it was renamed or deleted."},
	ReasonUnknownGroup: {"Бұл парақтағы %[1]s тобы бұл дерекқорда жоқ.",
		"Группы %[1]s с этого листа нет в этой базе.",
		"Group %[1]s of this sheet is not in this database."},
	ReasonGroupOtherKG: {"Бұл парақтағы %[1]s тобы басқа балабақшаға жатады.",
		"Группа %[1]s с этого листа относится к другому детскому саду.",
		"Group %[1]s of this sheet belongs to another kindergarten."},
	ReasonHeaderEdited: {"Тақырып өзгертілген: мұнда %[1]s көрсеткішінің коды болуы керек, ал «%[2]s» жазылған.",
		"Заголовок изменён: здесь должен быть код показателя %[1]s, а записано «%[2]s».",
		"The header was edited: indicator code %[1]s belongs here, but it reads “%[2]s”."},
	ReasonHeaderMissing: {"Тақырып жоқ: мұнда %[1]s көрсеткішінің коды болуы керек.",
		"Нет заголовка: здесь должен быть код показателя %[1]s.",
		"The header is missing: indicator code %[1]s belongs here."},
	ReasonIndicatorGone: {"%[1]s көрсеткіші үлгі жасалғаннан кейін жойылды: бағаны енді қабылданбайды, жаңа үлгі алыңыз.",
		"Показатель %[1]s удалён после создания шаблона: столбец больше не принимается, возьмите новый шаблон.",
		"Indicator %[1]s was deleted after the template was made: make a new template."},
	ReasonIndicatorRetired: {"%[1]s көрсеткіші үлгі жасалғаннан кейін алынып тасталды: оған жаңа балл қойылмайды.",
		"Показатель %[1]s выведен из оценки после создания шаблона: новые баллы по нему не ставятся.",
		"Indicator %[1]s was retired after the template was made: it takes no new scores."},
	ReasonMissingChildCode: {"Жолда балл бар, бірақ бала коды жоқ.",
		"В строке есть баллы, но нет кода ребёнка.",
		"The row has scores but no child code."},
	ReasonUnknownChild: {"%[1]s коды бар бала табылмады.",
		"Ребёнок с кодом %[1]s не найден.",
		"No child has code %[1]s."},
	ReasonChildOtherGroup: {"%[1]s баласы бұл топта емес, %[2]s тобында.",
		"Ребёнок %[1]s не из этой группы, а из группы %[2]s.",
		"Child %[1]s is not in this group but in group %[2]s."},
	ReasonChildOtherKG: {"%[1]s баласы басқа балабақшада.",
		"Ребёнок %[1]s из другого детского сада.",
		"Child %[1]s belongs to another kindergarten."},
	ReasonDuplicateChild: {"%[1]s баласы екінші рет жазылған (алғашқысы: %[2]s).",
		"Ребёнок %[1]s записан второй раз (впервые: %[2]s).",
		"Child %[1]s appears a second time (first at %[2]s)."},
	ReasonValueUnreadable: {"«%[1]s» балл ретінде оқылмайды: 1, 2 немесе 3 енгізіңіз.",
		"«%[1]s» не читается как балл: введите 1, 2 или 3.",
		"“%[1]s” is not a score: enter 1, 2 or 3."},
	ReasonValueOutOfRange: {"%[1]s — рұқсат етілмеген балл: тек 1, 2 немесе 3.",
		"%[1]s — недопустимый балл: только 1, 2 или 3.",
		"%[1]s is out of range: only 1, 2 or 3."},
	ReasonTooManyProblems: {"Тағы %[1]s қате көрсетілмеді.",
		"Ещё %[1]s ошибок не показаны.",
		"%[1]s more problems are not listed."},
	ReasonUnreadableSheet: {"Парақты оқу мүмкін болмады.",
		"Лист не удалось прочитать.",
		"The sheet could not be read."},
}

// langIndex maps a UI language to the column of messages (Kazakh default).
func langIndex(lang string) int {
	switch lang {
	case "ru":
		return 1
	case "en":
		return 2
	}
	return 0
}

// text formats reason's message in lang with args.
func text(reason Reason, lang string, args []string) string {
	m, ok := messages[reason]
	if !ok {
		return string(reason)
	}
	if !strings.Contains(m[langIndex(lang)], "%") {
		return m[langIndex(lang)]
	}
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	return fmt.Sprintf(m[langIndex(lang)], a...)
}

// Sentinel errors: the whole file is refused. ErrorMessage gives the one
// sentence a methodologist reads.
var (
	ErrEmpty       = errors.New("xlsxio: the file is empty")
	ErrNotWorkbook = errors.New("xlsxio: not an Excel workbook")
	ErrLegacyExcel = errors.New("xlsxio: old Excel 97–2003 format")
	ErrEncrypted   = errors.New("xlsxio: the workbook is password-protected")
	ErrNotTemplate = errors.New("xlsxio: not a Baulu template")
	ErrBadMetadata = errors.New("xlsxio: the template's hidden sheet is damaged")
	ErrNewerFormat = errors.New("xlsxio: the template was made by a newer Baulu")
	ErrTooLarge    = errors.New("xlsxio: the file is too large")
	ErrNoScores    = errors.New("xlsxio: the file has no scores")
	ErrHasProblems = errors.New("xlsxio: the file has problems; nothing was written")
	ErrNoGroups    = errors.New("xlsxio: the kindergarten has no groups")
)

var sentences = map[error][3]string{
	ErrEmpty: {"Файл бос.", "Файл пустой.", "The file is empty."},
	ErrNotWorkbook: {"Бұл файл Excel кітабы (.xlsx) емес.",
		"Этот файл не является книгой Excel (.xlsx).",
		"This file is not an Excel workbook (.xlsx)."},
	ErrLegacyExcel: {"Файл ескі Excel 97–2003 (.xls) пішімінде: оны Excel-де .xlsx ретінде сақтап, қайта жүктеңіз.",
		"Файл в старом формате Excel 97–2003 (.xls): сохраните его в Excel как .xlsx и загрузите снова.",
		"The file is in the old Excel 97–2003 (.xls) format: save it as .xlsx in Excel and import it again."},
	ErrEncrypted: {"Файл құпиясөзбен қорғалған: Excel-де құпиясөзді алып тастап, қайта сақтаңыз.",
		"Файл защищён паролем: снимите пароль в Excel и сохраните файл заново.",
		"The file is password-protected: remove the password in Excel and save it again."},
	ErrNotTemplate: {"Бұл файл Baulu үлгісі емес: бағдарламадан алынған үлгіні толтырыңыз.",
		"Этот файл не является шаблоном Baulu: заполните шаблон, выгруженный из программы.",
		"This file is not a Baulu template: fill in a template made by the program."},
	ErrBadMetadata: {"Үлгінің жасырын парағы бүлінген: жаңа үлгі алып, қайта толтырыңыз.",
		"Скрытый лист шаблона повреждён: возьмите новый шаблон и заполните его заново.",
		"The template's hidden sheet is damaged: make a new template and fill it again."},
	ErrNewerFormat: {"Үлгі Baulu-дың жаңа нұсқасында жасалған: бағдарламаны жаңартыңыз.",
		"Шаблон создан более новой версией Baulu: обновите программу.",
		"The template was made by a newer Baulu: update the program."},
	ErrTooLarge: {"Файл тым үлкен: бұл мониторинг үлгісі болуы мүмкін емес.",
		"Файл слишком большой для шаблона мониторинга.",
		"The file is too large to be a monitoring template."},
	ErrNoScores: {"Файлда бірде-бір балл жоқ.", "В файле нет ни одного балла.", "The file has no scores."},
	ErrHasProblems: {"Файлда қателер бар, сондықтан ештеңе жазылмады: оларды түзетіп, файлды қайта жүктеңіз.",
		"В файле есть ошибки, поэтому ничего не записано: исправьте их и загрузите файл снова.",
		"The file has problems, so nothing was written: fix them and import the file again."},
	ErrNoGroups: {"Бұл балабақшада әлі топ жоқ.", "В этом детском саду ещё нет групп.", "This kindergarten has no groups yet."},
}

// ErrorMessage gives the one sentence for an error of this package in lang
// (kk, ru, en); other errors get a general sentence with their text.
func ErrorMessage(err error, lang string) string {
	for e, s := range sentences {
		if errors.Is(err, e) {
			return s[langIndex(lang)]
		}
	}
	general := [3]string{"Файлды оқу мүмкін болмады: %v", "Не удалось прочитать файл: %v", "The file could not be read: %v"}
	return fmt.Sprintf(general[langIndex(lang)], strings.TrimPrefix(fmt.Sprint(err), "xlsxio: "))
}
