package national

import (
	"context"
	"fmt"
	"io"
	"strings"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/docx"
	"baulu/reports/format"
	"baulu/reports/labels"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// Lists of the note are kept short: it is a note of a few pages.
const (
	noteRisks        = 10 // high risks named
	notePractices    = 1  // best practices per region
	noteAllPractices = 20 // best practices in all
)

// GenerateQuarter writes the Institute's quarterly note to the Ministry
// for Options.Quarter as PDF.
func GenerateQuarter(ctx context.Context, s *data.Store, w io.Writer, opts Options) error {
	return generateQuarter(ctx, s, w, opts, (*pdfdoc.Document).Output)
}

// GenerateQuarterDOCX writes the same note as a Word file.
func GenerateQuarterDOCX(ctx context.Context, s *data.Store, w io.Writer, opts Options) error {
	return generateQuarter(ctx, s, w, opts, docx.Output)
}

func generateQuarter(ctx context.Context, s *data.Store, w io.Writer, opts Options, write func(*pdfdoc.Document, io.Writer) error) error {
	if err := opts.check(); err != nil {
		return err
	}
	f, err := loadQuarter(ctx, s, opts)
	if err != nil {
		return fmt.Errorf("quarterly note: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	n := &note{f: f, Writer: resultdoc.Writer{Lang: f.opts.Lang}}
	n.compose()
	if err := n.Doc.Err(); err != nil {
		return fmt.Errorf("quarterly note: %w", err)
	}
	if err := write(n.Doc, w); err != nil {
		return fmt.Errorf("quarterly note: %w", err)
	}
	return nil
}

// QuarterFileName suggests the note's file name: «Тоқсандық-жазба-2026-3.pdf».
func QuarterFileName(lang string, p data.Period, quarter int) string {
	return text.T(lang, "national.q.file", "year", p.Label(), "quarter", quarter)
}

// note composes the quarterly note.
type note struct {
	f *quarterFacts
	resultdoc.Writer
}

func (n *note) lang() string { return n.f.opts.Lang }

func (n *note) name(r data.Region) string { return format.Capitalize(r.Name(n.lang())) }

func (n *note) compose() {
	f := n.f
	span := f.from.DMY() + " – " + f.to.DMY()
	n.Doc = pdfdoc.New(pdfdoc.Meta{
		Title: n.T("national.q.title", "quarter", format.Roman(f.opts.Quarter), "year", f.opts.Period.Label()), Author: n.T("national.institute"),
		Subject: span, Keywords: "Baulu", Lang: n.lang(), Date: f.opts.Now,
	})
	n.Doc.Title(pdfdoc.TitlePage{
		Top:      []string{n.T("national.ministry"), n.T("national.institute")},
		Title:    n.T("national.q.title", "quarter", format.Roman(f.opts.Quarter), "year", f.opts.Period.Label()),
		Subtitle: []string{n.T("national.q.span", "from", f.from.DMY(), "to", f.to.DMY()), n.T("national.subtitle.asof", "date", format.DateWords(n.lang(), f.today))},
		City:     n.T("national.city"),
		Year:     f.opts.Period.Label(),
	})
	n.Para(n.T("national.q.intro", "quarter", format.Roman(f.opts.Quarter), "from", f.from.DMY(), "to", f.to.DMY(),
		"present", len(f.present), "total", f.regions))
	n.activity()
	n.monitoring()
	n.risks()
	n.practices()
	n.silent()
	n.f.off.Close(n.Doc, n.f.off.InstituteSigner(f.opts.SignatoryName, f.opts.SignatoryPosition), format.DateWords(n.lang(), f.today))
}

// activity is the quarter's work of every centre.
func (n *note) activity() {
	f := n.f
	n.Doc.Section(1, n.T("national.q.s1"))
	if len(f.present) == 0 {
		n.Missing(n.T("national.q.none"))
		return
	}
	var rows [][]string
	var t quarterRegion
	num := func(k int) string { return format.Int(n.lang(), k) }
	for _, q := range f.present {
		rows = append(rows, []string{n.name(q.info), num(q.events), format.Hours(n.lang(), q.hours), num(q.participations), num(q.visits), num(q.practices)})
		t.events, t.hours, t.participations = t.events+q.events, t.hours+q.hours, t.participations+q.participations
		t.visits, t.practices = t.visits+q.visits, t.practices+q.practices
	}
	n.Para(n.T("national.q.s1.sum", "events", t.events, "hours", format.Hours(n.lang(), t.hours), "participations", t.participations,
		"visits", t.visits, "practices", t.practices))
	n.Table(n.T("national.q.s1.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: n.T("national.col.region"), Weight: 1.6},
			{Title: n.T("national.col.events"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: n.T("national.col.hours"), Weight: 0.6, Align: pdfdoc.AlignCenter},
			{Title: n.T("national.col.participants"), Weight: 0.9, Align: pdfdoc.AlignCenter},
			{Title: n.T("national.q.col.visits"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: n.T("national.q.col.practices"), Weight: 1.1, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: []string{n.T("national.all"), num(t.events), format.Hours(n.lang(), t.hours), num(t.participations), num(t.visits), num(t.practices)},
	})
}

// monitoring is each region's completeness in the rounds of the quarter.
func (n *note) monitoring() {
	f := n.f
	n.Doc.Section(1, n.T("national.q.s2"))
	if len(f.rounds) == 0 {
		n.Para(n.T("national.q.s2.norounds"))
		return
	}
	var names []string
	for _, r := range f.rounds {
		names = append(names, format.Lower(r.Name(n.lang()))+" ("+r.Start.DMY()+" – "+r.End.DMY()+")")
	}
	n.Para(n.T("national.q.s2.rounds", "rounds", n.joined(names)))
	if len(f.present) == 0 {
		return
	}
	var rows [][]string
	var incomplete []string
	for _, q := range f.present {
		pct := format.Dash
		if q.expected > 0 {
			pct = format.Pct(n.lang(), 100*float64(q.scored)/float64(q.expected))
			if q.scored < q.expected {
				incomplete = append(incomplete, q.info.Name(n.lang()))
			}
		}
		rows = append(rows, []string{n.name(q.info), format.Int(n.lang(), q.scored), format.Int(n.lang(), q.expected), pct})
	}
	n.Table(n.T("national.q.s2.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: n.T("national.col.region"), Weight: 1.6},
			{Title: n.T("national.q.col.scored"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: n.T("national.q.col.expected"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: n.T("national.q.col.complete"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
	n.Note(n.T("national.q.s2.note"))
	if len(incomplete) > 0 {
		n.Para(n.T("national.q.s2.incomplete", "n", len(incomplete), "list", n.joined(incomplete)))
	} else {
		n.Para(n.T("national.q.s2.complete"))
	}
}

// risks are the risks open at the quarter's end, the high ones named.
func (n *note) risks() {
	f := n.f
	n.Doc.Section(1, n.T("national.q.s3"))
	var unclosed, high int
	var rows [][]string
	var named []string
	for _, q := range f.present {
		unclosed, high = unclosed+q.unclosed, high+q.high
		rows = append(rows, []string{n.name(q.info), format.Int(n.lang(), q.unclosed), format.Int(n.lang(), q.high)})
		for _, r := range q.risky {
			if len(named) < noteRisks {
				named = append(named, n.T("national.q.s3.risk", "region", n.name(q.info), "risk", strings.TrimRight(strings.TrimSpace(r.Description), ".;"),
					"status", labels.Of(n.lang(), "riskstatus.", r.Status)))
			}
		}
	}
	if unclosed == 0 {
		n.Para(n.T("national.q.s3.none", "date", f.to.DMY()))
		return
	}
	n.Para(n.T("national.q.s3.sum", "date", f.to.DMY(), "unclosed", unclosed, "high", high))
	n.Table(n.T("national.q.s3.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: n.T("national.col.region"), Weight: 1.6},
			{Title: n.T("national.q.col.unclosed"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: n.T("national.q.col.high"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: []string{n.T("national.all"), format.Int(n.lang(), unclosed), format.Int(n.lang(), high)},
	})
	if len(named) > 0 {
		n.RunIn(n.T("national.q.s3.high", "n", high, "shown", len(named)))
		resultdoc.EndList(named)
		n.Doc.Bullets(named...)
	}
}

// practices are the best practices recommended or disseminated by the
// quarter's end, a few per region.
func (n *note) practices() {
	f := n.f
	n.Doc.Section(1, n.T("national.q.s4"))
	var rows [][]string
	total := 0
	for _, q := range f.present {
		total += len(q.best)
		for i, p := range q.best {
			if i == notePractices || len(rows) == noteAllPractices {
				break
			}
			rows = append(rows, []string{n.name(q.info), n.f.off.KindergartenName(q.kgNames[p.KindergartenID]), p.Title,
				labels.Of(n.lang(), "practice.", p.Status)})
		}
	}
	if total == 0 {
		n.Para(n.T("national.q.s4.none"))
		return
	}
	n.Para(n.T("national.q.s4.sum", "n", total, "shown", len(rows)))
	n.Table(n.T("national.q.s4.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: n.T("national.col.region"), Weight: 1},
			{Title: n.T("national.col.kindergarten"), Weight: 1.3},
			{Title: n.T("national.q.col.practice"), Weight: 1.6},
			{Title: n.T("national.q.col.status"), Weight: 0.8, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
}

// silent names the regions that have not reported for the quarter.
func (n *note) silent() {
	f := n.f
	n.Doc.Section(1, n.T("national.q.s5"))
	if len(f.silent) == 0 {
		n.Para(n.T("national.q.s5.all", "total", f.regions))
		return
	}
	var names []string
	for _, r := range f.silent {
		names = append(names, r.Name(n.lang()))
	}
	n.Doc.Text(pdfdoc.Para{Text: n.T("national.q.s5.list", "n", len(f.silent), "total", f.regions, "from", f.from.DMY(), "list", n.joined(names)), Bold: true})
	n.Para(n.T("national.q.s5.ask"))
}

func (n *note) joined(items []string) string { return strings.Join(items, ", ") }
