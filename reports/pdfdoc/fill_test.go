package pdfdoc

import (
	"io"
	"testing"
)

func TestFillAt(t *testing.T) {
	green := RGB{R: 0xD9, G: 0xEF, B: 0xD9}
	tab := Table{Fills: [][]RGB{{green, {}}, nil, {{}, green}}}
	cases := []struct {
		i, j int
		want RGB
		ok   bool
	}{
		{0, 0, green, true},
		{0, 1, RGB{}, false}, // the zero colour is no fill
		{0, 2, RGB{}, false}, // past a short row
		{1, 0, RGB{}, false}, // a nil row
		{2, 1, green, true},
		{3, 0, RGB{}, false},  // past the rows
		{-1, 0, RGB{}, false}, // header and total rows are never filled
	}
	for _, c := range cases {
		got, ok := tab.fillAt(c.i, c.j)
		if got != c.want || ok != c.ok {
			t.Errorf("fillAt(%d, %d) = %v, %v; want %v, %v", c.i, c.j, got, ok, c.want, c.ok)
		}
	}
}

func TestFilledTableRenders(t *testing.T) {
	d := New(Meta{})
	d.AddTable(Table{
		Columns: []Column{{Title: "A"}, {Title: "B"}},
		Rows:    [][]string{{"1", "2"}, {"3", "4"}},
		Total:   []string{"4", "6"},
		Fills:   [][]RGB{{{R: 0xF8, G: 0xD7, B: 0xD0}}, {{}, {R: 0xD9, G: 0xEF, B: 0xD9}}},
	})
	if err := d.Output(io.Discard); err != nil {
		t.Fatal(err)
	}
}
