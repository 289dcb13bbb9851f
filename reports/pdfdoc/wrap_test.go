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
		{"at a syllable", "Әдістемелік", word("Әдістеме-") + 0.1, []string{"Әдістеме-", "лік"}},
		{"longest syllable that fits", "жауапкершілігі", word("жауапкер-") + 0.1, []string{"жауапкер-", "шілігі"}},
		{"syllables over lines", "жауапкершілігі", word("жауап-") + 0.1, []string{"жауап-", "керші-", "лігі"}},
		{"letters when no syllable fits", "ЖШС-ҚМҚК", word("Ш-") + 0.1, []string{"Ж-", "Ш-", "С-", "Қ-", "М-", "ҚК"}},
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
		Columns: []Column{{Title: "Әдістемелік", Width: narrow}, {Title: "Түсініктеме", Weight: 1}},
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

// stretch is the widest space of justified lines, in multiples of a space.
func stretch(pdf *gofpdf.Fpdf, lines []line, width float64) float64 {
	widest := 0.0
	for _, l := range lines {
		gaps := strings.Count(l.text, " ")
		if l.last || gaps == 0 {
			continue
		}
		extra := (width - pdf.GetStringWidth(l.text)) / float64(gaps)
		widest = max(widest, 1+extra/pdf.GetStringWidth(" "))
	}
	return widest
}

// TestWrapFillTightensJustifiedLines checks that hyphenation fills loose
// justified lines, never makes a line too wide, and leaves a line loose only
// when no syllable of the next word would fit on it or that word ends the
// paragraph.
func TestWrapFillTightensJustifiedLines(t *testing.T) {
	pdf := measurer(t, "", BodySize)
	space := pdf.GetStringWidth(" ")
	for _, l := range []lang{kk, ru} {
		plain := wrap(pdf.GetStringWidth, l.paragraph, TextWidth, TextWidth)
		filled := wrapFill(pdf.GetStringWidth, l.paragraph, TextWidth, TextWidth)
		hyphenated := 0
		for i, ln := range filled {
			w := pdf.GetStringWidth(ln.text)
			if w > TextWidth+1e-9 {
				t.Errorf("%s: line %q is %.2f mm wide", l.code, ln.text, w)
			}
			if strings.HasSuffix(ln.text, "-") {
				hyphenated++
				continue
			}
			if ln.last || stretch(pdf, []line{ln}, TextWidth) <= 1+looseSpace {
				continue
			}
			nextWords := strings.Fields(filled[i+1].text)
			pieces := splitAfterHyphens(nextWords[0])
			if filled[i+1].last && len(nextWords) == 1 && len(pieces) == 1 {
				continue // the paragraph's last word is never hyphenated
			}
			next := pieces[0]
			if head, _, ok := fillBreak(pdf.GetStringWidth, next, TextWidth-w-space); ok {
				t.Errorf("%s: line %q left loose though %q fits", l.code, ln.text, head)
			}
		}
		before, after := stretch(pdf, plain, TextWidth), stretch(pdf, filled, TextWidth)
		if hyphenated == 0 || after >= before {
			t.Errorf("%s: widest space %.2f → %.2f spaces with %d hyphenations; want tighter", l.code, before, after, hyphenated)
		}
	}
}
