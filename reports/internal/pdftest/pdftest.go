// Package pdftest reads generated PDF reports back for tests, through
// poppler's pdftotext: the text of each page, its lines, and the plain
// page numbers of the footers; CheckWording reads the text as an editor.
// A test calling pdftotext is skipped where poppler is missing.
package pdftest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"baulu/data/text"
	"baulu/reports/labels"
)

// run writes pdf to a temporary file and returns pdftotext's output.
func run(tb testing.TB, pdf []byte, args ...string) string {
	tb.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		tb.Skip("pdftotext not installed")
	}
	path := filepath.Join(tb.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		tb.Fatal(err)
	}
	out, err := exec.Command(bin, append(append(args, "-enc", "UTF-8"), path, "-")...).Output()
	if err != nil {
		tb.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// Text extracts the text of a PDF, one string per page, whitespace
// collapsed, without the page number of the footer: a sentence running on
// to the next page then reads whole when the pages are joined.
func Text(tb testing.TB, pdf []byte) []string {
	tb.Helper()
	pages := strings.Split(run(tb, pdf), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	for i, p := range pages {
		pages[i] = strings.TrimSuffix(Norm(p), " "+strconv.Itoa(i+1))
	}
	return pages
}

// Layout extracts the text with its layout: per page, the non-empty
// lines, trimmed.
func Layout(tb testing.TB, pdf []byte) [][]string {
	tb.Helper()
	var pages [][]string
	for _, p := range strings.Split(run(tb, pdf, "-layout"), "\f") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		pages = append(pages, lines)
	}
	if len(pages) > 0 && len(pages[len(pages)-1]) == 0 {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// Norm collapses whitespace (no-break spaces too) as Text does.
func Norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// pageNumber is the footer: the plain number, as GOST R 7.0.97 has it.
var pageNumber = regexp.MustCompile(`^(\d+)$`)

// CheckPageNumbers wants the page's number as the last line of every page
// but the cover, and at least minPages pages.
func CheckPageNumbers(t *testing.T, pdf []byte, minPages int) {
	t.Helper()
	pages := Layout(t, pdf)
	if len(pages) < minPages {
		t.Fatalf("%d pages, want at least %d", len(pages), minPages)
	}
	for i, lines := range pages {
		last := ""
		if len(lines) > 0 {
			last = lines[len(lines)-1]
		}
		m := pageNumber.FindStringSubmatch(last)
		if i == 0 {
			if m != nil {
				t.Error("the title page shows a page number")
			}
			continue
		}
		if m == nil || m[1] != strconv.Itoa(i+1) {
			t.Errorf("page %d ends with %q, want the number %d", i+1, last, i+1)
		}
	}
}

// disagreement finds a Russian feminine noun followed by a masculine
// adjective («Категория: методический»), as a label dropped after the
// wrong noun reads.
var disagreement = regexp.MustCompile(`(?:Категория|категория): \p{Cyrillic}+(?:ий|ый|ой)\b`)

// CheckWording checks the text of a document in lang as an editor would:
// no double full stop, every « closed by a » and never a » before its «,
// no spelling the glossary replaced (labels.Variants), no Russian noun
// and adjective of different genders after a colon.
func CheckWording(tb testing.TB, lang, doc string) {
	tb.Helper()
	for _, m := range doubleStop.FindAllStringIndex(doc, 5) {
		tb.Errorf("%s: a double full stop: …%s…", lang, around(doc, m[0]))
	}
	depth := 0
	for i, r := range doc {
		switch r {
		case '«':
			depth++
		case '»':
			depth--
			if depth < 0 {
				tb.Errorf("%s: a » without its «: …%s…", lang, around(doc, i))
				depth = 0
			}
		}
	}
	if depth != 0 {
		tb.Errorf("%s: %d « never closed", lang, depth)
	}
	for _, v := range labels.Variants() {
		if v.Lang != lang {
			continue
		}
		if m := v.Pattern.FindStringIndex(doc); m != nil {
			tb.Errorf("%s: %q where the glossary says %q: …%s…", lang, doc[m[0]:m[1]], text.T(lang, v.Term), around(doc, m[0]))
		}
	}
	if lang == "ru" {
		if m := disagreement.FindStringIndex(doc); m != nil {
			tb.Errorf("ru: the genders disagree: …%s…", around(doc, m[0]))
		}
	}
}

// doubleStop is two full stops that are not an ellipsis.
var doubleStop = regexp.MustCompile(`[^.]\.\s*\.(?:[^.]|$)`)

// around is the text near byte i, for a message.
func around(s string, i int) string {
	from, to := max(0, i-40), min(len(s), i+40)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	return s[from:to]
}
