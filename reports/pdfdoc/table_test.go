package pdfdoc

import (
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
)

func TestColumnWidths(t *testing.T) {
	tests := []struct {
		name  string
		table Table
		want  []float64
	}{
		{"weights share the text width", Table{Columns: []Column{{Weight: 1}, {Weight: 3}}},
			[]float64{TextWidth / 4, TextWidth * 3 / 4}},
		{"fixed then weighted", Table{Columns: []Column{{Width: 15}, {}, {Weight: 2}}},
			[]float64{15, (TextWidth - 15) / 3, (TextWidth - 15) * 2 / 3}},
		{"narrower table", Table{Width: 100, Columns: []Column{{Width: 40}, {}}},
			[]float64{40, 60}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.table.widths()
			if err != nil {
				t.Fatal(err)
			}
			for i := range tt.want {
				if math.Abs(got[i]-tt.want[i]) > 1e-9 {
					t.Errorf("widths = %v, want %v", got, tt.want)
					break
				}
			}
		})
	}
}

// TestColumnsFitLongestWord checks that a weighted column too narrow for
// its longest word takes room from the other weighted columns, and that
// fixed columns and the total width do not change.
func TestColumnsFitLongestWord(t *testing.T) {
	pdf := measurer(t, "", TableSize)
	r := &renderer{pdf: pdf}
	tbl := Table{
		Columns: []Column{
			{Title: "№", Width: 12},
			{Title: "Атауы", Weight: 6},
			{Title: "Ұйымдық-құқықтық нысаны", Weight: 1},
		},
		Rows: [][]string{{"1", "«Ақбота» бөбекжай-бақшасы", "жауапкершілігі шектеулі серіктестік"}},
	}
	spec, err := tbl.widths()
	if err != nil {
		t.Fatal(err)
	}
	b := &tableBlock{t: tbl, spec: spec}
	got := b.fit(r)
	if got[0] != 12 {
		t.Errorf("fixed column changed to %.1f mm", got[0])
	}
	if sum := got[0] + got[1] + got[2]; math.Abs(sum-TextWidth) > 1e-6 {
		t.Errorf("columns add up to %.2f mm, want %.2f", sum, TextWidth)
	}
	r.setFont("", TableSize)
	body := pdf.GetStringWidth("жауапкершілігі") + 2*cellPadX
	r.setFont("B", TableSize)
	head := pdf.GetStringWidth("Ұйымдық-") + 2*cellPadX
	if need := math.Max(body, head); got[2] < need || spec[2] >= need {
		t.Errorf("third column %.1f mm (spec %.1f), want widened to at least %.1f", got[2], spec[2], need)
	}
}

// TestRowTallerThanPage splits a row of 150 lines between lines, with the
// header repeated, and loses no line.
func TestRowTallerThanPage(t *testing.T) {
	var cell []string
	for i := range 150 {
		cell = append(cell, fmt.Sprintf("жол-%03d", i+1))
	}
	d := New(Meta{})
	d.AddTable(Table{
		Columns: []Column{{Title: "Бағыт", Width: 40}, {Title: "Түсініктеме"}},
		Rows:    [][]string{{"Еңбек", strings.Join(cell, "\n")}, {"Соңғы", "жол"}},
	})
	pages := pdftotext(t, writePDF(t, d, "tall.pdf"))
	if len(pages) < 3 {
		t.Fatalf("%d pages, want the row spread over at least 3", len(pages))
	}
	all := strings.Join(pages, "\n")
	for _, c := range cell {
		if strings.Count(all, c) != 1 {
			t.Errorf("%s printed %d times", c, strings.Count(all, c))
		}
	}
	for i, p := range pages {
		if !strings.Contains(p, "Түсініктеме") {
			t.Errorf("page %d has no header", i+1)
		}
	}
}

// TestTotalNotAlone grows a table across the page end: whatever the
// number of rows, the total row shares its page with the last body row.
func TestTotalNotAlone(t *testing.T) {
	for n := 30; n <= 50; n++ {
		d := New(Meta{})
		rows := make([][]string, n)
		for i := range rows {
			rows[i] = []string{fmt.Sprintf("жол-%02d", i+1), "1"}
		}
		d.AddTable(Table{Columns: []Column{{Title: "Өңір"}, {Title: "Саны", Width: 30}}, Rows: rows, Total: []string{"Барлығы", "1"}})
		pages := pdftotext(t, writePDF(t, d, fmt.Sprintf("total-%d.pdf", n)))
		last := pages[len(pages)-1]
		if !strings.Contains(last, "Барлығы") {
			t.Fatalf("%d rows: the total is not on the last page", n)
		}
		if len(pages) > 1 && !strings.Contains(last, fmt.Sprintf("жол-%02d", n)) {
			t.Errorf("%d rows: the total stands alone on page %d", n, len(pages))
		}
	}
}

func TestPageBreaks(t *testing.T) {
	tests := []struct {
		name  string
		build func(d *Document)
		pages int
	}{
		{"one paragraph", func(d *Document) { d.Paragraph("Мәтін.") }, 1},
		{"break between", func(d *Document) { d.Paragraph("А."); d.PageBreak(); d.Paragraph("Б.") }, 2},
		{"two breaks make one", func(d *Document) { d.Paragraph("А."); d.PageBreak(); d.PageBreak(); d.Paragraph("Б.") }, 2},
		{"break at the end adds no page", func(d *Document) { d.Paragraph("А."); d.PageBreak() }, 1},
		{"break at the start adds no page", func(d *Document) { d.PageBreak(); d.Paragraph("А.") }, 1},
		{"title page then text", func(d *Document) { d.Title(TitlePage{Title: "Есеп"}); d.Paragraph("А.") }, 2},
		{"keep space breaks when short", func(d *Document) {
			for range 40 {
				d.Text(Para{Text: "Жол.", NoIndent: true})
			}
			d.KeepSpace(50)
			d.Paragraph("Б.")
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(Meta{})
			tt.build(d)
			if err := d.Output(io.Discard); err != nil {
				t.Fatal(err)
			}
			if d.Pages() != tt.pages {
				t.Errorf("%d pages, want %d", d.Pages(), tt.pages)
			}
		})
	}
}

// TestFixedColumnGrowsForWord: words are never hyphenated, so a fixed
// column narrower than its longest word («экспериментальная» in 31 mm)
// takes the room from a weighted column that can spare it.
func TestFixedColumnGrowsForWord(t *testing.T) {
	pdf := measurer(t, "", TableSize)
	r := &renderer{pdf: pdf}
	tbl := Table{
		Columns: []Column{{Title: "Роль", Width: 25}, {Title: "Воспитатель", Weight: 1}},
		Rows:    [][]string{{"экспериментальная", "Ермекова Назгүл"}},
	}
	spec, err := tbl.widths()
	if err != nil {
		t.Fatal(err)
	}
	got := (&tableBlock{t: tbl, spec: spec}).fit(r)
	need := pdf.GetStringWidth("экспериментальная") + 2*cellPadX
	if got[0] < need || math.Abs(got[0]+got[1]-TextWidth) > 1e-6 {
		t.Errorf("columns %.1f + %.1f mm, want the first at least %.1f and the sum %.1f", got[0], got[1], need, TextWidth)
	}
}
