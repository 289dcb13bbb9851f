package pdfdoc

import (
	"math"
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
