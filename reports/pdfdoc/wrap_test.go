package pdfdoc

import (
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// measurer returns gofpdf's width function for the body face at size pt.
func measurer(t *testing.T, style string, size float64) *gofpdf.Fpdf {
	t.Helper()
	pdf := gofpdf.New("P", "mm", "A4", "")
	addFonts(pdf, true)
	pdf.SetFont(family, style, size)
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	return pdf
}

// letters drops spaces and hyphens, to compare text before and after wrapping.
func letters(s string) string {
	return strings.NewReplacer(" ", "", "-", "", "\n", "").Replace(s)
}

func TestWrapNeverOverflows(t *testing.T) {
	texts := []string{
		"Әдістемелік",
		"жауапкершілігі шектеулі серіктестік",
		"№8 «Балбөбек бөбекжай-бақшасы» КМҚК",
		"ЖАУАПКЕРШІЛІГІ ШЕКТЕУЛІ СЕРІКТЕСТІК",
		"Организационно-правовая форма",
		"№12345678901234567890",
		"қысқа",
		"бірінші жол\nекінші жол",
	}
	for _, style := range []string{"", "B"} {
		pdf := measurer(t, style, TableSize)
		for _, w := range []float64{8, 12, 16, 22, 30, 60} {
			for _, text := range texts {
				lines := wrap(pdf.GetStringWidth, text, w, w)
				var got []string
				for _, l := range lines {
					if lw := pdf.GetStringWidth(l.text); lw > w+1e-9 {
						t.Errorf("style %q, width %v: line %q is %.2f mm wide", style, w, l.text, lw)
					}
					got = append(got, l.text)
				}
				if letters(strings.Join(got, "")) != letters(text) {
					t.Errorf("width %v: %q wrapped to %q loses text", w, text, got)
				}
				if pdf.GetStringWidth(text) > w && !strings.Contains(text, " ") && len(lines) < 2 {
					t.Errorf("width %v: %q is wider but was not broken", w, text)
				}
			}
		}
	}
}

func TestWrapBreaks(t *testing.T) {
	pdf := measurer(t, "", TableSize)
	word := func(s string) float64 { return pdf.GetStringWidth(s) }
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"fits", "Мектепке дейінгі ұйым", 100, []string{"Мектепке дейінгі ұйым"}},
		{"at spaces", "Мектепке дейінгі ұйым", word("Мектепке дейінгі") + 0.1, []string{"Мектепке дейінгі", "ұйым"}},
		{"after an existing hyphen", "бөбекжай-бақшасы", word("бөбекжай-") + 0.1, []string{"бөбекжай-", "бақшасы"}},
		{"wider than the line: cut without a hyphen", "Әдістемелік", word("Әдістеме") + 0.1, []string{"Әдістеме", "лік"}},
		{"over lines", "жауапкершілігі", word("жауап") + 0.1, []string{"жауап", "керші", "лігі"}},
		{"existing hyphens first, then letters", "ЖШС-ҚМҚК", word("Ш-") + 0.1, []string{"Ж", "Ш", "С-", "Қ", "М", "ҚК"}},
		{"explicit newline", "бір\nекі", 100, []string{"бір", "екі"}},
		{"blank line kept", "бір\n\nекі", 100, []string{"бір", "", "екі"}},
		{"control characters dropped", "бір\tекі\x07", 100, []string{"бір екі"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range wrap(word, tt.text, tt.width, tt.width) {
				got = append(got, l.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap(%q, %.1f) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

var bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)

// TestNarrowColumnStaysInside renders a table whose first column is much
// narrower than its words and checks, on the words' boxes found by
// pdftotext, that no text crosses the column's right rule.
func TestNarrowColumnStaysInside(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	const narrow = 16.0
	d := New(Meta{})
	d.AddTable(Table{
		// Both fixed, so that the narrow column cannot grow to its words.
		Columns: []Column{{Title: "Әдістемелік", Width: narrow}, {Title: "Түсініктеме", Width: TextWidth - narrow}},
		Rows: [][]string{
			{"жауапкершілігі шектеулі серіктестік", "ұзын сөздер бөлінеді"},
			{"бөбекжай-бақшасы", "дефис бойынша"},
			{"Әдістемелік", "буын бойынша"},
			{"ЖАУАПКЕРШІЛІГІ", "бас әріптер"},
		},
		Total: []string{"Барлығы", "4"},
	})
	path := writePDF(t, d, "narrow.pdf")
	out, err := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	const pt = 72 / 25.4
	left, right := MarginLeft*pt, (MarginLeft+narrow)*pt
	inside := 0
	for _, m := range bboxWord.FindAllStringSubmatch(string(out), -1) {
		x0, _ := strconv.ParseFloat(m[1], 64)
		x1, _ := strconv.ParseFloat(m[2], 64)
		if x0 < left || x0 >= right {
			continue
		}
		inside++
		if x1 > right-cellPadX*pt+0.5 {
			t.Errorf("%q ends at %.1f pt, past the column's inner edge %.1f pt", m[3], x1, right-cellPadX*pt)
		}
	}
	if inside < 10 {
		t.Errorf("found %d words in the narrow column; the long words were not broken into lines", inside)
	}
}

// TestNeverHyphenates is a bug fixed: words were hyphenated by a syllable
// rule that gave «стандар-ттық» and «эксперимен-ттік» in Kazakh. Now no
// hyphen is added, neither in justified text nor in a table cell: every
// line ending with a hyphen ends with one of the text's own.
func TestNeverHyphenates(t *testing.T) {
	texts := []string{kk.paragraph, ru.paragraph,
		"эксперименттік топтардағы стандарттық ауытқу бөбекжай-бақшасы", "экспериментальная предшкольная"}
	for _, size := range []float64{BodySize, TableSize} {
		pdf := measurer(t, "", size)
		for _, text := range texts {
			for _, w := range []float64{TextWidth, 60, 40, 25} {
				for _, l := range wrap(pdf.GetStringWidth, text, w, w) {
					if strings.HasSuffix(l.text, "-") && !strings.Contains(text, l.text[strings.LastIndex(l.text, " ")+1:]) {
						t.Errorf("width %v: line %q ends with an added hyphen", w, l.text)
					}
				}
			}
		}
	}
}

// TestNarrowCellSetSmaller is the other half of that fix: a column too
// narrow for «эксперименттік» sets the cell smaller rather than break the
// word, down to MinCellSize; the rest of the row keeps TableSize.
func TestNarrowCellSetSmaller(t *testing.T) {
	pdf := measurer(t, "", TableSize)
	r := &renderer{pdf: pdf}
	word := pdf.GetStringWidth("эксперименттік")
	b := &tableBlock{t: Table{Columns: []Column{{Width: word * 0.8}, {Weight: 1}}}, spec: []float64{word*0.8 + 2*cellPadX, 60}}
	b.widths = b.spec
	row := b.layoutRow(r, []string{"эксперименттік", "бақылау тобы"}, "", false)
	if got := row.sizes[0]; got >= TableSize || got < MinCellSize {
		t.Errorf("narrow cell set at %.1f pt, want below %.0f and at least %.0f", got, TableSize, MinCellSize)
	}
	if len(row.cells[0]) != 1 || row.cells[0][0].text != "эксперименттік" {
		t.Errorf("narrow cell wrapped to %+v, want the word whole", row.cells[0])
	}
	if row.sizes[1] != TableSize {
		t.Errorf("wide cell set at %.1f pt", row.sizes[1])
	}
	// Far too narrow even for the smallest size: cut between letters.
	b.widths = []float64{word*0.3 + 2*cellPadX, 60}
	row = b.layoutRow(r, []string{"эксперименттік", ""}, "", false)
	if row.sizes[0] != MinCellSize || len(row.cells[0]) < 2 {
		t.Errorf("too narrow cell: %.1f pt, %d lines", row.sizes[0], len(row.cells[0]))
	}
}
