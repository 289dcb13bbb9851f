package regional

import (
	"context"
	"fmt"
	"io"

	"baulu/data"
	"baulu/reports/docx"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// steps of Generate reported to Options.Progress.
const (
	stepData = iota + 1
	stepMonitoring
	stepCompose
	stepLayout
	stepWrite
	steps = stepWrite
)

// Generate writes the report chosen by opts as PDF to w. It stops with the
// context's error when ctx is cancelled between steps.
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
		return fmt.Errorf("report: %w", err)
	}
	if err := progress(stepData); err != nil {
		return err
	}
	if err := f.loadMonitoring(ctx, s); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	// The charts are drawn while the rest of the data loads.
	wait := drawCharts(ctx, f)
	if err := f.loadRest(ctx, s); err != nil {
		wait()
		return fmt.Errorf("report: %w", err)
	}
	if err := progress(stepMonitoring); err != nil {
		wait()
		return err
	}
	b := &builder{f: f, Writer: resultdoc.Writer{Lang: opts.Lang}}
	b.figs = wait()
	if b.figs.err != nil {
		return fmt.Errorf("report: charts: %w", b.figs.err)
	}
	b.compose()
	if err := progress(stepCompose); err != nil {
		return err
	}
	if err := b.Doc.Err(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := progress(stepLayout); err != nil {
		return err
	}
	if err := write(b.Doc, w); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return progress(stepWrite)
}

// Conclusions returns the generated conclusions and recommendations of the
// report opts describes, in the format of Options.Conclusions, for a user
// to edit before generating.
func Conclusions(ctx context.Context, s *data.Store, opts Options) ([]string, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	f, err := load(ctx, s, opts)
	if err != nil {
		return nil, fmt.Errorf("conclusions: %w", err)
	}
	if err := f.loadMonitoring(ctx, s); err != nil {
		return nil, fmt.Errorf("conclusions: %w", err)
	}
	if err := f.loadRest(ctx, s); err != nil {
		return nil, fmt.Errorf("conclusions: %w", err)
	}
	b := &builder{f: f, Writer: resultdoc.Writer{Lang: opts.Lang}}
	return b.conclusions(), nil
}

// loadRest reads the centre's work and the summary of the comparison (its
// tables are the regional report's; the indicator gaining least is named
// in every report's recommendations).
func (f *facts) loadRest(ctx context.Context, s *data.Store) error {
	if err := f.loadActivity(ctx, s); err != nil {
		return err
	}
	return f.loadSummary(ctx, s)
}

// compose adds every part of the report in order. It composes twice: the
// first time to learn the captions of the tables and figures, which are
// listed after the contents the second time.
func (b *builder) compose() {
	b.composeWith(nil)
	b.composeWith(b.Captions())
}

func (b *builder) composeWith(captions []string) {
	f := b.f
	b.Writer = resultdoc.Writer{Lang: f.opts.Lang}
	b.Doc = pdfdoc.New(pdfdoc.Meta{
		Title:    b.title(),
		Author:   f.off.Author(),
		Subject:  format.Capitalize(f.region.Name(f.opts.Lang)) + ", " + periodText(f.opts, f.period),
		Keywords: "Baulu",
		Lang:     f.opts.Lang,
		Date:     f.opts.Now,
	})
	b.titlePage()
	b.executiveSummary()
	b.Doc.PageBreak()
	b.Doc.Contents(b.T("regional.contents"))
	b.ListOfCaptions(b.T("regional.captions"), captions)
	b.general()
	b.implementation()
	b.support()
	b.monitoringSection()
	b.comparisonSection()
	b.practicesSection()
	b.risksSection()
	b.feedbackSection()
	b.conclusionsSection()
	// The signed body ends with the conclusions; annexes follow it.
	b.signature()
	b.annexes()
	b.subgroupAnnex()
}
