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

// FormatPreview is the preview as text, the same the window shows: the
// kindergarten, the counts, the notes, every problem by cell and reason,
// and whether the file can be written.
func FormatPreview(p *Preview, lang string) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	if p.Kindergarten.ID != 0 {
		line(text.T(lang, "roster.preview.kg", "kg", p.Kindergarten.ID, "name", p.Kindergarten.Name))
	}
	line(text.T(lang, "roster.preview.counts", "new", p.New, "changed", p.Changed, "unchanged", p.Unchanged))
	for _, n := range p.Notes {
		line(n.Message(lang))
	}
	if len(p.Problems) > 0 {
		line(text.T(lang, "roster.preview.problems", "n", len(p.Problems)))
		for _, pr := range p.Problems {
			where := pr.Cell()
			if where != "" {
				where += ": "
			}
			line("  " + where + pr.Message(lang))
		}
		line(text.T(lang, "roster.preview.refused"))
		return b.String()
	}
	if n := p.New + p.Changed; n > 0 {
		line(text.N(lang, "roster.preview.ready", n))
	} else {
		line(text.T(lang, "roster.preview.nothing"))
	}
	return b.String()
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
