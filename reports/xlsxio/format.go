package xlsxio

import (
	"fmt"
	"strings"

	"baulu/data/text"
)

// FormatPreview is the preview as text, the same the screen shows: the
// file's kindergarten and round, the counts (also per sheet), every problem
// by sheet, cell and reason, and whether the file can be written.
func FormatPreview(p *Preview, lang string) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	if p.Kindergarten.ID != 0 {
		line(fmt.Sprintf("%s: №%d %s", text.T(lang, "xlsxio.preview.kg"), p.Kindergarten.ID, p.Kindergarten.Name))
	}
	if p.Round.ID != 0 {
		line(fmt.Sprintf("%s: %s (%s – %s)", text.T(lang, "xlsxio.preview.round"), p.Round.Name(lang), p.Round.Start.DMY(), p.Round.End.DMY()))
	}
	line(text.T(lang, "xlsxio.preview.counts", "new", p.New, "changed", p.Changed, "unchanged", p.Unchanged))
	for _, sh := range p.Sheets {
		line("  " + text.T(lang, "xlsxio.preview.sheet", "sheet", sh.Sheet, "group", sh.GroupCode,
			"new", sh.New, "changed", sh.Changed, "unchanged", sh.Unchanged))
	}
	if p.Absent > 0 {
		line(text.T(lang, "xlsxio.preview.absent", "n", p.Absent))
	}
	if p.FrameworkChanged {
		line(text.T(lang, "xlsxio.preview.framework"))
	}
	for _, n := range p.Notes {
		line(n.Message(lang))
	}
	if len(p.Problems) > 0 {
		line(text.T(lang, "xlsxio.preview.problems", "n", len(p.Problems)))
		for _, pr := range p.Problems {
			line("  " + where(pr, lang) + pr.Message(lang))
		}
		line(text.T(lang, "xlsxio.preview.refused"))
		return b.String()
	}
	if n := p.New + p.Changed; n > 0 {
		line(text.T(lang, "xlsxio.preview.ready", "n", n))
	} else {
		line(text.T(lang, "xlsxio.preview.nothing"))
	}
	return b.String()
}

// where is a problem's place: «Sheet» C7: , «Sheet»: , or File: .
func where(pr Problem, lang string) string {
	switch {
	case pr.Sheet == "":
		return text.T(lang, "xlsxio.preview.file") + ": "
	case pr.Cell() == "":
		return "«" + pr.Sheet + "»: "
	}
	return "«" + pr.Sheet + "» " + pr.Cell() + ": "
}
