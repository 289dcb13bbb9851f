package national

import (
	"context"
	"fmt"
	"io"

	"baulu/data"
	"baulu/reports/docx"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// steps of Generate reported to Options.Progress.
const (
	stepCompare = iota + 1
	stepRegions
	stepCompose
	stepLayout
	stepWrite
	steps = stepWrite
)

// Generate writes the national report as PDF to w. It stops with the
// context's error when ctx is cancelled between steps. A database without
// region data gives a valid report that says so.
func Generate(ctx context.Context, s *data.Store, w io.Writer, opts Options) error {
	return generate(ctx, s, w, opts, (*pdfdoc.Document).Output)
}

// GenerateDOCX writes the same report as an editable Word file (.docx).
func GenerateDOCX(ctx context.Context, s *data.Store, w io.Writer, opts Options) error {
	return generate(ctx, s, w, opts, docx.Output)
}

// generate composes the report once and has write draw it.
func generate(ctx context.Context, s *data.Store, w io.Writer, opts Options, write func(*pdfdoc.Document, io.Writer) error) error {
	if err := opts.check(); err != nil {
		return err
	}
	progress := func(step int) error {
		if opts.Progress != nil {
			opts.Progress(step, steps)
		}
		return ctx.Err()
	}
	f, err := load(ctx, s, opts)
	if err != nil {
		return fmt.Errorf("national report: %w", err)
	}
	if err := progress(stepCompare); err != nil {
		return err
	}
	// The charts need only the comparison: they are drawn while the
	// regions' kindergartens and groups load.
	wait := drawCharts(ctx, f)
	if err := f.loadRegions(ctx, s); err != nil {
		wait()
		return fmt.Errorf("national report: %w", err)
	}
	if err := progress(stepRegions); err != nil {
		wait()
		return err
	}
	b := &builder{f: f, Writer: resultdoc.Writer{Lang: opts.Lang}}
	b.figs = wait()
	if b.figs.err != nil {
		return fmt.Errorf("national report: charts: %w", b.figs.err)
	}
	b.compose()
	if err := progress(stepCompose); err != nil {
		return err
	}
	if err := b.Doc.Err(); err != nil {
		return fmt.Errorf("national report: %w", err)
	}
	if err := progress(stepLayout); err != nil {
		return err
	}
	if err := write(b.Doc, w); err != nil {
		return fmt.Errorf("national report: %w", err)
	}
	return progress(stepWrite)
}

// compose adds every part of the report in order. It composes twice: the
// first time to learn the captions of the tables and figures, which are
// listed after the contents the second time.
func (b *builder) compose() {
	b.composeWith(nil)
	b.composeWith(b.Captions())
}

func (b *builder) composeWith(captions []string) {
	b.Writer = resultdoc.Writer{Lang: b.f.opts.Lang}
	b.Doc = pdfdoc.New(pdfdoc.Meta{
		Title:    b.T("national.title"),
		Author:   b.T("national.institute"),
		Subject:  b.T("national.subtitle.asof", "date", b.asOf()),
		Keywords: "Baulu",
		Lang:     b.f.opts.Lang,
		Date:     b.f.opts.Now,
	})
	b.titlePage()
	b.executiveSummary()
	b.Doc.PageBreak()
	b.Doc.Contents(b.T("national.contents"))
	b.ListOfCaptions(b.T("national.captions"), captions)
	b.sources()
	b.coverage()
	b.activity()
	b.monitoring()
	b.comparison()
	b.conclusions()
	// The signed body ends with the conclusions; the annex follows it.
	b.signature()
	b.annex()
}
