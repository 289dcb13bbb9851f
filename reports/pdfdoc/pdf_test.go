package pdfdoc

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baulu/reports/fonts"
)

// writePDF renders d into a temporary file and returns its path. With
// PDFDOC_KEEP set to a folder the file is also kept there, to look at.
func writePDF(t *testing.T, d *Document, name string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := d.Output(&buf); err != nil {
		t.Fatalf("Output: %v", err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("PDFDOC_KEEP"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// pdftotext runs poppler's pdftotext and returns the text of every page;
// the test is skipped where poppler is not installed.
func pdftotext(t *testing.T, path string, args ...string) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	out, err := exec.Command("pdftotext", append(append(args, "-enc", "UTF-8"), path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	return pages[:len(pages)-1] // the text ends with a form feed
}

var spaces = regexp.MustCompile(`\s+`)

// norm collapses runs of white space, which pdftotext -layout widens.
func norm(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

func label(h Heading) string {
	if h.Number == "" {
		return h.Text
	}
	return h.Number + " " + h.Text
}

// tocEntry matches a contents line: label, dot leader, page number.
var tocEntry = regexp.MustCompile(`^\s*(.+?)\s*\.{4,}\s*(\d+)\s*$`)

func TestSampleDocument(t *testing.T) {
	for _, l := range []lang{kk, ru} {
		t.Run(l.code, func(t *testing.T) {
			d := sampleDoc(t, l)
			path := writePDF(t, d, "sample-"+l.code+".pdf")
			pages := pdftotext(t, path, "-layout")
			n := d.Pages()
			if len(pages) != n || n < 10 {
				t.Fatalf("pdftotext found %d pages, document says %d (want ≥ 10)", len(pages), n)
			}
			all := norm(strings.Join(pages, "\n"))

			t.Run("headings on their pages", func(t *testing.T) {
				hs := d.Headings()
				if want := 1 + len(l.sections) + 7; len(hs) != want {
					t.Fatalf("%d headings, want %d", len(hs), want)
				}
				for _, h := range hs {
					if !strings.Contains(norm(pages[h.Page-1]), label(h)) {
						t.Errorf("heading %q not on page %d", label(h), h.Page)
					}
				}
			})

			t.Run("contents", func(t *testing.T) {
				toc := map[string]int{}
				for _, ln := range strings.Split(pages[1], "\n") {
					if m := tocEntry.FindStringSubmatch(ln); m != nil {
						p, _ := strconv.Atoi(m[2])
						toc[norm(m[1])] = p
					}
				}
				for _, h := range d.Headings() {
					got, ok := toc[label(h)]
					if !ok {
						t.Errorf("contents lack %q", label(h))
						continue
					}
					// The page printed must be where the heading really is,
					// found in the text, not only where the builder thinks.
					if got < 1 || got > n || !strings.Contains(norm(pages[got-1]), label(h)) {
						t.Errorf("contents give page %d for %q; it is not there", got, label(h))
					}
					if got != h.Page {
						t.Errorf("contents give page %d for %q, laid out on %d", got, label(h), h.Page)
					}
				}
			})

			t.Run("page numbers", func(t *testing.T) {
				first := strings.Split(strings.TrimSpace(pages[0]), "\n")
				if last := norm(first[len(first)-1]); last == "1" {
					t.Errorf("title page shows a page number")
				}
				// The plain number, not "N / M".
				for i := 2; i <= n; i++ {
					lines := strings.Split(strings.TrimSpace(pages[i-1]), "\n")
					last := norm(lines[len(lines)-1])
					if want := strconv.Itoa(i); last != want {
						t.Errorf("page %d footer = %q, want %q", i, last, want)
					}
				}
			})

			t.Run("letters", func(t *testing.T) {
				letters := fonts.RussianLetters
				if l.code == "kk" {
					letters = fonts.KazakhLetters
				}
				for _, r := range letters {
					if !strings.ContainsRune(all, r) {
						t.Errorf("letter %q missing from the extracted text", r)
					}
				}
			})

			t.Run("table header on every page", func(t *testing.T) {
				first, last := -1, -1
				for i, p := range pages {
					if strings.Contains(norm(p), "№1 «") {
						first = i
					}
					if strings.Contains(norm(p), fmt.Sprintf("№%d «", tableRows)) {
						last = i
					}
				}
				if first < 0 || last <= first {
					t.Fatalf("table rows found on pages %d..%d; want a table over several pages", first+1, last+1)
				}
				header := norm(strings.Join([]string{l.columns[2], l.columns[3]}, " "))
				count := 0
				for _, p := range pages {
					count += strings.Count(norm(p), header)
				}
				if span := last - first + 1; count < span {
					t.Errorf("header %q printed %d times for a table over %d pages", header, count, span)
				}
				for i := first; i <= last; i++ {
					if !strings.Contains(norm(pages[i]), header) {
						t.Errorf("page %d continues the table without its header", i+1)
					}
				}
			})

			t.Run("no heading at a page bottom", func(t *testing.T) {
				labels := map[string]bool{}
				for _, h := range d.Headings() {
					labels[label(h)] = true
				}
				for i, p := range pages[2:] {
					lines := strings.Split(strings.TrimSpace(p), "\n")
					if len(lines) < 2 {
						continue
					}
					// The line above the footer is the last of the type area.
					if end := norm(lines[len(lines)-2]); labels[end] {
						t.Errorf("page %d ends with heading %q", i+3, end)
					}
				}
			})
		})
	}
}

// TestDeterministic checks that the same document gives the same bytes, so
// that golden comparisons and caches work. Six images of one pixel width
// are the hard case: gofpdf alone writes them in a random order.
func TestDeterministic(t *testing.T) {
	var pngs [][]byte
	for i := range 6 {
		img := image.NewRGBA(image.Rect(0, 0, 60, 10+i))
		draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{R: uint8(40 * i), G: 90, B: 160, A: 255}), image.Point{}, draw.Src)
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		pngs = append(pngs, buf.Bytes())
	}
	build := func() []byte {
		d := New(Meta{Title: "Есеп"})
		d.Section(1, "Суреттер")
		for i, p := range pngs {
			d.Image(p, 40, fmt.Sprintf("%d-сурет", i+1))
		}
		d.AddTable(sampleTable(kk))
		var buf bytes.Buffer
		if err := d.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := build()
	for i := range 5 {
		if !bytes.Equal(first, build()) {
			t.Fatalf("rendering %d differs from the first", i+2)
		}
	}
}

// TestMetadata checks the UTF-8 document information.
func TestMetadata(t *testing.T) {
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo not installed")
	}
	d := New(Meta{Title: "Өңірлік есеп", Author: "Әдістемелік орталық", Subject: "Тоқсандық есеп"})
	d.Paragraph("Мәтін.")
	path := writePDF(t, d, "meta.pdf")
	out, err := exec.Command("pdfinfo", "-enc", "UTF-8", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Өңірлік есеп", "Әдістемелік орталық", "Тоқсандық есеп", "2026"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	chart, _ := sampleCharts(t, kk)
	tests := []struct {
		name  string
		build func(d *Document)
	}{
		{"empty document", nil},
		{"table without columns", func(d *Document) { d.AddTable(Table{}) }},
		{"fixed columns wider than the page", func(d *Document) {
			d.AddTable(Table{Columns: []Column{{Title: "a", Width: 120}, {Title: "b", Width: 60}}})
		}},
		{"fixed columns leave no room for weighted ones", func(d *Document) {
			d.AddTable(Table{Columns: []Column{{Title: "a", Width: 164}, {Title: "b"}}})
		}},
		{"row longer than the columns", func(d *Document) {
			d.AddTable(Table{Columns: []Column{{Title: "a"}}, Rows: [][]string{{"1", "2"}}})
		}},
		{"total longer than the columns", func(d *Document) {
			d.AddTable(Table{Columns: []Column{{Title: "a"}}, Total: []string{"1", "2"}})
		}},
		{"negative width", func(d *Document) { d.AddTable(Table{Columns: []Column{{Title: "a", Width: -1}}}) }},
		{"image that is not a PNG", func(d *Document) { d.Image([]byte("GIF89a"), 100, "") }},
		{"truncated PNG", func(d *Document) { d.Image(chart[:len(chart)/2], 100, "") }},
		{"damaged PNG", func(d *Document) {
			bad := bytes.Clone(chart)
			bad[len(bad)/2] ^= 0xFF
			d.Image(bad, 100, "")
		}},
		{"heading level 4", func(d *Document) { d.Section(4, "Тым терең") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(Meta{})
			if tt.build != nil {
				tt.build(d)
				d.Paragraph("Мәтін.")
			}
			if err := d.Output(&bytes.Buffer{}); err == nil {
				t.Error("Output gave no error")
			}
		})
	}
}

// TestHeadingKeptWithText moves a heading down the page line by line, across
// the page end: wherever it lands, the start of its text is on its page.
func TestHeadingKeptWithText(t *testing.T) {
	const next = "Келесі мәтін"
	for filler := 34; filler <= 42; filler++ {
		t.Run(strconv.Itoa(filler), func(t *testing.T) {
			d := New(Meta{})
			for i := range filler {
				d.Text(Para{Text: fmt.Sprintf("Жол %d.", i+1), NoIndent: true})
			}
			d.Section(1, "Бөлім")
			d.Section(2, "Бөлімше")
			d.Paragraph(next + " " + strings.Repeat("өңірдегі мектепке дейінгі ұйымдар ", 12))
			pages := pdftotext(t, writePDF(t, d, "keep.pdf"))
			hs := d.Headings()
			for _, h := range hs {
				if h.Page != hs[0].Page {
					t.Errorf("heading %q on page %d, section heading on %d", label(h), h.Page, hs[0].Page)
				}
			}
			if p := norm(pages[hs[0].Page-1]); !strings.Contains(p, label(hs[1])) || !strings.Contains(p, next) {
				t.Errorf("page %d has the headings but not the start of their text", hs[0].Page)
			}
		})
	}
}
