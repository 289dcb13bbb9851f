package xlsxio

import (
	"fmt"
	"strings"
)

// labels of FormatPreview, kk / ru / en.
var labels = map[string][3]string{
	"file":      {"Файл", "Файл", "File"},
	"kg":        {"Балабақша", "Детский сад", "Kindergarten"},
	"round":     {"Кезең", "Этап", "Round"},
	"counts":    {"Жаңа: %d, өзгерген: %d, өзгермеген: %d", "Новых: %d, изменённых: %d, без изменений: %d", "New: %d, changed: %d, unchanged: %d"},
	"sheet":     {"Парақ «%s» (%s): жаңа %d, өзгерген %d, өзгермеген %d", "Лист «%s» (%s): новых %d, изменённых %d, без изменений %d", "Sheet “%s” (%s): new %d, changed %d, unchanged %d"},
	"framework": {"Үлгі жасалғаннан кейін көрсеткіштер өзгерген; бағандар жеке тексерілді.", "После создания шаблона показатели менялись; столбцы проверены по отдельности.", "The indicators changed after the template was made; each column was checked."},
	"problems":  {"Қателер (%d):", "Ошибки (%d):", "Problems (%d):"},
	"refused":   {"Файлда қате бар: ештеңе жазылмайды. Қателерді түзетіп, файлды қайта жүктеңіз.", "В файле есть ошибки: ничего не будет записано. Исправьте их и загрузите файл снова.", "The file has problems: nothing will be written. Fix them and import the file again."},
	"ready":     {"Қате жоқ: %d балл жазылады.", "Ошибок нет: будет записано баллов: %d.", "No problems: %d scores will be written."},
	"nothing":   {"Қате жоқ, бірақ жазылатын жаңа балл жоқ: бұл файл бұрын жүктелген.", "Ошибок нет, но новых баллов нет: этот файл уже загружен.", "No problems, and nothing new to write: this file was already imported."},
}

func label(key, lang string) string { return labels[key][langIndex(lang)] }

// FormatPreview is the preview as text, the same the screen shows: the
// file's kindergarten and round, the counts (also per sheet), every problem
// by sheet, cell and reason, and whether the file can be written.
func FormatPreview(p *Preview, lang string) string {
	var b strings.Builder
	if p.Kindergarten.ID != 0 {
		fmt.Fprintf(&b, "%s: №%d %s\n", label("kg", lang), p.Kindergarten.ID, p.Kindergarten.Name)
	}
	if p.Round.ID != 0 {
		fmt.Fprintf(&b, "%s: %s (%s – %s)\n", label("round", lang), p.Round.Name(lang), p.Round.Start.DMY(), p.Round.End.DMY())
	}
	fmt.Fprintf(&b, label("counts", lang)+"\n", p.New, p.Changed, p.Unchanged)
	for _, sh := range p.Sheets {
		fmt.Fprintf(&b, "  "+label("sheet", lang)+"\n", sh.Sheet, sh.GroupCode, sh.New, sh.Changed, sh.Unchanged)
	}
	if p.FrameworkChanged {
		b.WriteString(label("framework", lang) + "\n")
	}
	if len(p.Problems) > 0 {
		fmt.Fprintf(&b, label("problems", lang)+"\n", len(p.Problems))
		for _, pr := range p.Problems {
			b.WriteString("  " + where(pr, lang) + pr.Message(lang) + "\n")
		}
		b.WriteString(label("refused", lang) + "\n")
		return b.String()
	}
	if n := p.New + p.Changed; n > 0 {
		fmt.Fprintf(&b, label("ready", lang)+"\n", n)
	} else {
		b.WriteString(label("nothing", lang) + "\n")
	}
	return b.String()
}

// where is a problem's place: «Sheet» C7: , «Sheet»: , or File: .
func where(pr Problem, lang string) string {
	switch {
	case pr.Sheet == "":
		return label("file", lang) + ": "
	case pr.Cell() == "":
		return "«" + pr.Sheet + "»: "
	}
	return "«" + pr.Sheet + "» " + pr.Cell() + ": "
}
