package kit

import (
	"strings"
	"testing"
)

type row struct {
	name string
	n    int
}

func newRows(t *testing.T) *RecordTable[row] {
	newWindow(t)
	rt := NewRecordTable([]Column[row]{
		{Title: "name", Width: 100, Text: func(r row) string { return r.name }},
		IntColumn("n", 60, func(r row) int { return r.n }),
	}, nil)
	rt.SetRows([]row{{"Әсел", 10}, {"Бақыт", 2}, {"ӘЛИЯ", 7}})
	return rt
}

func TestRecordTableSearchFoldsCase(t *testing.T) {
	rt := newRows(t)
	rt.Search.SetText("әл") // SQLite's lower() would miss the capital Ә
	if got := rt.Shown(); len(got) != 1 || got[0].name != "ӘЛИЯ" {
		t.Fatalf("search shows %v", got)
	}
	if rt.Count.Text != "Көрсетілгені: 1, барлығы: 3" {
		t.Fatalf("counter %q", rt.Count.Text)
	}
	rt.Extra = func(r row) string { return "hidden " + r.name }
	rt.Search.SetText("HIDDEN")
	if len(rt.Shown()) != 3 {
		t.Fatal("extra text is not searched")
	}
}

func TestRecordTableSortsAndSelects(t *testing.T) {
	rt := newRows(t)
	names := func() string {
		var out []string
		for _, r := range rt.Shown() {
			out = append(out, r.name)
		}
		return strings.Join(out, ",")
	}
	rt.SortBy(1)
	if names() != "Бақыт,ӘЛИЯ,Әсел" {
		t.Fatalf("by n: %s", names())
	}
	rt.SortBy(1)
	if names() != "Әсел,ӘЛИЯ,Бақыт" {
		t.Fatalf("by n, reversed: %s", names())
	}
	if _, ok := rt.Current(); ok {
		t.Fatal("a row is selected before any was picked")
	}
	if !rt.SelectWhere(func(r row) bool { return r.n == 7 }) {
		t.Fatal("SelectWhere found nothing")
	}
	rt.Refresh([]row{{"Әсел", 10}, {"ӘЛИЯ", 8}, {"Бақыт", 2}}) // a count changed
	if r, ok := rt.Current(); !ok || r.name != "ӘЛИЯ" || r.n != 8 {
		t.Fatalf("after Refresh the selection is %v %v", r, ok)
	}
	rt.Unselect()
	if _, ok := rt.Current(); ok {
		t.Fatal("Unselect kept the row")
	}
}

// An empty list says so (and how to add when it can); a short title is
// never cut to «Ко…».
func TestRecordTableEmptyAndHeaders(t *testing.T) {
	newWindow(t)
	cols := []Column[row]{{Title: "Коды", Width: 40, Text: func(r row) string { return r.name }}}
	rt := NewRecordTable(cols, nil)
	rt.SetRows(nil)
	if rt.Count.Text != "Тізім әзірге бос." {
		t.Fatalf("empty list: %q", rt.Count.Text)
	}
	NewCrudButtons(func(string) {}, rt, func() {}, func(row) {}, func(row) {})
	if !strings.Contains(rt.Count.Text, "«Қосу»") {
		t.Fatalf("empty list with Add: %q", rt.Count.Text)
	}
	if w := headerWidth(cols[0]); w <= 40 {
		t.Fatalf("«Коды» gets %v", w)
	}
}
