package history

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// sourceText names where a change set came from, with its file.
func sourceText(cs data.ChangeSet) string {
	s := kit.Label("history.source.", string(cs.Source))
	if cs.File != "" {
		s += ": " + cs.File
	}
	return s
}

// whatText says what a change is of: a child's score, a child, a group, an
// event …
func whatText(e data.HistoryEntry) string {
	noun := kit.Label("history.entity.", e.Entity)
	switch e.Entity {
	case data.EntityScore:
		return fmt.Sprintf("%s · %s · %s", noun, orID(e.ChildCode, e.RecordID), e.IndicatorCode)
	case data.EntityChild:
		return noun + " · " + orID(e.ChildCode, e.RecordID)
	}
	return noun
}

func orID(code string, id int64) string {
	if code != "" {
		return code
	}
	return fmt.Sprintf("#%d", id)
}

// changeText is the change in one line: a score «2 → 3», a status, or a
// record's changed fields («consent: 1 → 0»), created or deleted.
func changeText(e data.HistoryEntry) string {
	switch e.Entity {
	case data.EntityScore:
		return dash(e.Old) + " → " + dash(e.New)
	case data.EntityRoundStatus:
		return kit.Label("rstatus.", e.Old) + " → " + kit.Label("rstatus.", e.New)
	}
	switch {
	case e.Old == "":
		return i18n.T("history.created")
	case e.New == "":
		return i18n.T("history.deleted")
	}
	return strings.Join(fieldChanges(e.Old, e.New), "; ")
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// fieldChanges lists a record's changed fields, «label: old → new», in
// the order of their names.
func fieldChanges(old, new string) []string {
	var a, b map[string]any
	_ = json.Unmarshal([]byte(old), &a)
	_ = json.Unmarshal([]byte(new), &b)
	var keys []string
	for k := range b {
		if fmt.Sprint(a[k]) != fmt.Sprint(b[k]) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, fieldName(k)+": "+value(a[k])+" → "+value(b[k]))
	}
	return out
}

// fieldName names a column by the screens' field label when there is one.
func fieldName(col string) string {
	col = strings.TrimSuffix(col, "_id")
	if v, ok := text.Lookup(i18n.Current(), "field."+col); ok {
		return v
	}
	if strings.HasPrefix(col, "_") { // sub-rows: attendance, linked events
		return i18n.T("history.details")
	}
	return col
}

func value(v any) string {
	switch x := v.(type) {
	case nil:
		return "—"
	case string:
		if x == "" {
			return "—"
		}
		if d, err := data.ParseDate(x); err == nil && len(x) == 10 {
			return d.DMY()
		}
		return kit.Cut(x, 40)
	case float64:
		if x == float64(int64(x)) {
			return strconv.FormatInt(int64(x), 10)
		}
		return kit.FormatFloat(x, 1)
	}
	b, _ := json.Marshal(v)
	return kit.Cut(string(b), 60)
}
