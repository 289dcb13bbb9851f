package roster

import (
	"embed"
	"errors"
	"strings"

	"baulu/data/text"
	"baulu/reports/xlsxio"
)

//go:embed texts
var texts embed.FS

func init() { text.MustRegister("roster", texts, "texts") }

// FormatPreview is the preview as text, as the command line prints it: the
// summary, with every problem by cell and reason before its last line.
func FormatPreview(p *Preview, lang string) string {
	lines := Summary(p, lang)
	var b strings.Builder
	for i, l := range lines {
		if i == len(lines)-1 && len(p.Problems) > 0 {
			b.WriteString(text.T(lang, "roster.preview.problems", "n", len(p.Problems)) + "\n")
			for _, pr := range p.Problems {
				where := pr.Cell()
				if where != "" {
					where += ": "
				}
				b.WriteString("  " + where + pr.Message(lang) + "\n")
			}
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// Summary is the head of a preview, the same in the window and on the
// command line: the kindergarten, the counts, the notes, and last whether
// the file can be written.
func Summary(p *Preview, lang string) []string {
	var lines []string
	if p.Kindergarten.ID != 0 {
		lines = append(lines, text.T(lang, "roster.preview.kg", "kg", p.Kindergarten.ID, "name", p.Kindergarten.Name))
	}
	lines = append(lines, text.T(lang, "roster.preview.counts", "new", p.New, "changed", p.Changed, "unchanged", p.Unchanged))
	for _, n := range p.Notes {
		lines = append(lines, n.Message(lang))
	}
	switch {
	case len(p.Problems) > 0:
		lines = append(lines, text.T(lang, "roster.preview.refused"))
	case p.New+p.Changed > 0:
		lines = append(lines, text.N(lang, "roster.preview.ready", p.New+p.Changed))
	default:
		lines = append(lines, text.T(lang, "roster.preview.nothing"))
	}
	return lines
}

// Written is the sentence after Apply: what was written.
func Written(lang string, new, changed int) string {
	return text.T(lang, "roster.preview.written", "new", new, "changed", changed)
}

var sentences = map[error]string{
	ErrNoKindergarten: "roster.error.no_kindergarten",
	ErrScoreTemplate:  "roster.error.score_template",
	ErrNoHeader:       "roster.error.no_header",
	ErrNoChildren:     "roster.error.no_children",
	ErrHasProblems:    "roster.error.has_problems",
}

// Known says whether ErrorMessage has a sentence of its own for err: a
// roster's sentinels and the file errors of xlsxio.
func Known(err error) bool {
	for e := range sentences {
		if errors.Is(err, e) {
			return true
		}
	}
	return xlsxio.Known(err)
}

// ErrorMessage gives the one sentence for an error of a roster import in
// lang; the file errors shared with the score import get that package's.
func ErrorMessage(err error, lang string) string {
	for e, key := range sentences {
		if errors.Is(err, e) {
			return text.T(lang, key)
		}
	}
	return xlsxio.ErrorMessage(err, lang)
}
