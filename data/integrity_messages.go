package data

import (
	"errors"
	"strconv"
	"strings"
)

// Messages of the reliability layer (lock, integrity, backup, restore), one
// sentence each in kk, ru and en, keyed by code. Placeholders in braces are
// filled from the error (ExplainReliability) or by the caller
// (ReliabilityText). The UI and the CLI print them as they are.
var reliabilityMessages = map[string][3]string{ // kk, ru, en
	"locked": {
		"Бұл дерекқор Baulu-дың басқа терезесінде ашық тұр (процесс {pid}, {since} бастап): алдымен сол терезені жабыңыз.",
		"Эта база данных уже открыта в другом окне Baulu (процесс {pid}, с {since}): сначала закройте то окно.",
		"This database is already open in another Baulu window (process {pid}, since {since}); close that window first.",
	},
	"locked_unknown": {
		"Бұл дерекқор Baulu-дың басқа терезесінде ашық тұр: алдымен сол терезені жабыңыз.",
		"Эта база данных уже открыта в другом окне Baulu: сначала закройте то окно.",
		"This database is already open in another Baulu window; close that window first.",
	},
	"corrupt": {
		"Дерекқор файлы зақымданған: Baulu оған жазбайды, оны резервтік көшірмеден қалпына келтіріңіз.",
		"Файл базы данных повреждён: Baulu не будет в него записывать, восстановите его из резервной копии.",
		"The database file is damaged: Baulu will not write to it; restore it from a backup.",
	},
	"corrupt_moved": {
		"Дерекқор файлы зақымданған, ол {path} деген атпен сақталды (ештеңе өшірілген жоқ), ал {time} кезіндегі соңғы жарамды резервтік көшірмені қалпына келтіруге болады.",
		"Файл базы данных повреждён; он сохранён как {path} (ничего не удалено), и можно восстановить последнюю исправную резервную копию от {time}.",
		"The database file was damaged; it has been kept as {path} (nothing was deleted), and the newest good backup, from {time}, can be restored.",
	},
	"corrupt_no_backup": {
		"Дерекқор файлы зақымданған және {path} деген атпен сақталды; жарамды резервтік көшірме табылмады, сондықтан Baulu жаңа бос дерекқормен ашылады.",
		"Файл базы данных повреждён и сохранён как {path}; исправной резервной копии не найдено, поэтому Baulu откроется с новой пустой базой.",
		"The database file was damaged and has been kept as {path}; no good backup was found, so Baulu starts with a new, empty database.",
	},
	"too_new": {
		"Бұл дерекқорды Baulu-дың жаңарақ нұсқасы жазған: оны ашу үшін Baulu-ды жаңартыңыз.",
		"Эта база данных записана более новой версией Baulu: обновите Baulu, чтобы её открыть.",
		"This database was written by a newer version of Baulu; update Baulu to open it.",
	},
	"too_new_versions": {
		"Бұл файлды Baulu-дың жаңарақ нұсқасы жазған (схема {found}, бұл нұсқа {max} дейін оқиды): Baulu-ды жаңартыңыз.",
		"Этот файл записан более новой версией Baulu (схема {found}, эта версия читает до {max}): обновите Baulu.",
		"This file was written by a newer version of Baulu (schema {found}, this one reads up to {max}); update Baulu.",
	},
	"not_database": {
		"Бұл файл Baulu дерекқоры да, резервтік көшірмесі де емес.",
		"Этот файл не является базой данных или резервной копией Baulu.",
		"This file is not a Baulu database or backup.",
	},
	"no_backup": {
		"Әзірге жарамды резервтік көшірме жоқ.",
		"Исправных резервных копий пока нет.",
		"There is no usable backup yet.",
	},
	"restored": {
		"{time} кезіндегі резервтік көшірме қалпына келтірілді; бұрынғы дерекқор {path} деген атпен сақталды.",
		"Резервная копия от {time} восстановлена; прежняя база данных сохранена как {path}.",
		"The backup from {time} has been restored; the previous database is kept as {path}.",
	},
}

// ReliabilityCode names the message for an error of this layer, with the
// values for its placeholders; "" when err is none of them.
func ReliabilityCode(err error) (code string, args map[string]string) {
	var le *LockError
	var ve *VersionError
	switch {
	case errors.As(err, &le) && le.PID != 0:
		return "locked", map[string]string{"pid": strconv.Itoa(le.PID), "since": le.Since.Local().Format("02.01.2006 15:04")}
	case errors.Is(err, ErrLocked):
		return "locked_unknown", nil
	case errors.As(err, &ve):
		return "too_new_versions", map[string]string{"found": strconv.Itoa(ve.Found), "max": strconv.Itoa(ve.Max)}
	case errors.Is(err, ErrTooNew):
		return "too_new", nil
	case errors.Is(err, ErrCorrupt):
		return "corrupt", nil
	case errors.Is(err, ErrNotDatabase):
		return "not_database", nil
	case errors.Is(err, ErrNoBackup):
		return "no_backup", nil
	}
	return "", nil
}

// ReliabilityText gives the message code in lang (kk, ru, en; Kazakh for
// anything else) with its placeholders filled from args. An unknown code
// gives "".
func ReliabilityText(code, lang string, args map[string]string) string {
	m, ok := reliabilityMessages[code]
	if !ok {
		return ""
	}
	i := 0
	switch lang {
	case "ru":
		i = 1
	case "en":
		i = 2
	}
	return fill(m[i], args)
}

// ExplainReliability is the one sentence to show for err in lang, or ""
// when err is not an error of the reliability layer.
func ExplainReliability(err error, lang string) string {
	code, args := ReliabilityCode(err)
	return ReliabilityText(code, lang, args)
}

// fill replaces {name} with args[name].
func fill(s string, args map[string]string) string {
	if len(args) == 0 {
		return s
	}
	pairs := make([]string, 0, 2*len(args))
	for k, v := range args {
		pairs = append(pairs, "{"+k+"}", v)
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
