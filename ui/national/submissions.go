package national

import (
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/labels"
	natdoc "baulu/reports/national"
	"baulu/reports/xlsxexport"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// submissions is the National → Submissions tab: what each region of the
// pilot sent the Institute — its last package (file, made, imported,
// SHA-256, passphrase, its rounds' approvals), the regional report
// received (recorded here), on time, late or missing against the report
// deadline — and, for the region chosen, what each package changed
// against the one before.
type submissions struct {
	h      shell
	table  *kit.RecordTable[natdoc.Submission]
	detail *widget.Label
	record *widget.Button
	export *widget.Button
	rounds []data.Round
	latest kit.Latest
	done   func() // tests: called when a reload has been shown
}

func newSubmissions(h shell) *submissions {
	s := &submissions{h: h, detail: kit.Wrapped(i18n.T("sub.pick"))}
	var err error
	if s.rounds, err = h.Store().Rounds(h.Context()); err != nil {
		h.ShowError(err)
	}
	name := func(x natdoc.Submission) string { return kit.Capitalize(x.Region.Name(i18n.Current())) }
	last := func(f func(p *data.PackageImport) string) func(natdoc.Submission) string {
		return func(x natdoc.Submission) string {
			if p := x.Last(); p != nil {
				return f(p)
			}
			return "—"
		}
	}
	s.table = kit.NewRecordTable([]kit.Column[natdoc.Submission]{
		{Title: i18n.T("field.region"), Width: 200, Text: name},
		{Title: i18n.T("sub.col.status"), Width: 130, Text: func(x natdoc.Submission) string { return statusText(x.Status) },
			Less: func(a, b natdoc.Submission) bool { return a.Status < b.Status }},
		{Title: i18n.T("sub.col.packages"), Width: 120, Text: packagesText},
		{Title: i18n.T("sub.col.file"), Width: 230, Text: last(func(p *data.PackageImport) string { return orDash(p.File) })},
		{Title: i18n.T("nat.col.created"), Width: 140, Text: last(func(p *data.PackageImport) string { return data.DateOf(p.Created).DMY() })},
		{Title: i18n.T("nat.col.imported"), Width: 150, Text: last(func(p *data.PackageImport) string { return kit.Stamp(p.Imported) })},
		{Title: "SHA-256", Width: 130, Text: last(func(p *data.PackageImport) string { return kit.Cut(p.SHA256, 12) })},
		{Title: i18n.T("sub.col.passphrase"), Width: 90, Text: last(func(p *data.PackageImport) string { return yesNo(p.Encrypted) })},
		{Title: i18n.T("sub.col.rounds"), Width: 230, Text: last(s.roundsText)},
		{Title: i18n.T("sub.col.report"), Width: 130, Text: func(x natdoc.Submission) string {
			if x.Report == nil {
				return "—"
			}
			return x.Report.ReceivedOn.DMY()
		}},
		{Title: i18n.T("sub.col.report_file"), Width: 200, Text: func(x natdoc.Submission) string {
			if x.Report == nil {
				return "—"
			}
			return orDash(x.Report.File)
		}},
	}, s.onSelect)
	s.table.Table.StickyColumnCount = 1
	s.record = widget.NewButtonWithIcon(i18n.T("sub.record"), theme.ContentAddIcon(), s.onRecord)
	s.export = widget.NewButtonWithIcon(i18n.T("sub.export"), theme.DocumentSaveIcon(), s.onExport)
	return s
}

func (s *submissions) content() fyne.CanvasObject {
	top := container.NewVBox(kit.Wrapped(s.hint()), container.NewHBox(s.record, s.export))
	split := container.NewVSplit(s.table.Content(), container.NewVScroll(s.detail))
	split.Offset = 0.7
	s.reload()
	return container.NewBorder(top, nil, nil, nil, split)
}

// hint says the deadline the statuses are judged against.
func (s *submissions) hint() string {
	p, err := s.h.Store().Period(s.h.Context())
	if err != nil {
		return i18n.T("sub.hint.nodeadline")
	}
	for _, d := range p.Deadlines() {
		if d.Key == "report" {
			return i18n.T("sub.hint", "deadline", d.Date.DMY())
		}
	}
	return i18n.T("sub.hint.nodeadline")
}

// reload reads the submissions off the UI goroutine.
func (s *submissions) reload() {
	h := s.h
	var (
		rows []natdoc.Submission
		err  error
	)
	s.latest.Go(h.Runner(), func() {
		rows, err = natdoc.Submissions(h.Context(), h.Store(), data.Period{}, h.Store().Today())
	}, func() {
		if err != nil {
			h.ShowError(err)
			return
		}
		cur, ok := s.table.Current()
		s.table.SetRows(rows)
		if !h.Settings().Institute && !anyPackage(rows) {
			// A centre's own copy: its region is not «missing».
			s.detail.SetText(i18n.T("sub.centre"))
		}
		if ok {
			s.table.SelectWhere(func(x natdoc.Submission) bool { return x.Region.Code == cur.Region.Code })
		}
		if s.done != nil {
			s.done()
		}
	})
}

// onSelect shows the region's packages, newest first, each with what it
// changed against the one before, and its report.
func (s *submissions) onSelect(x natdoc.Submission) {
	name := kit.Capitalize(x.Region.Name(i18n.Current()))
	var lines []string
	if len(x.Packages) == 0 {
		lines = append(lines, i18n.T("nat.log.none", "region", name))
	} else {
		lines = append(lines, i18n.T("nat.log.title", "region", name))
		for i, p := range x.Packages {
			if i == len(x.Packages)-1 {
				lines = append(lines, "• "+i18n.T("sub.first", "imported", kit.Stamp(p.Imported), "file", orDash(p.File), "created", kit.Stamp(p.Created)))
				continue
			}
			lines = append(lines, "• "+importLine(p))
		}
	}
	if x.Report != nil {
		lines = append(lines, i18n.T("sub.report.line", "date", x.Report.ReceivedOn.DMY(), "file", orDash(x.Report.File)))
	} else {
		lines = append(lines, i18n.T("sub.report.none"))
	}
	lines = append(lines, i18n.T("sub.status.line", "package", labels.Of(i18n.Current(), "submission.", x.PackageStatus),
		"report", labels.Of(i18n.Current(), "submission.", x.ReportStatus),
		"deadline", x.Deadline.DMY()))
	s.detail.SetText(strings.Join(lines, "\n"))
}

// roundsText is a package's rounds' approvals: «Бастапқы 5/5».
func (s *submissions) roundsText(p *data.PackageImport) string {
	var out []string
	for _, pr := range p.Rounds {
		name := pr.Round
		for _, r := range s.rounds {
			if r.Code == pr.Round {
				name = r.Name(i18n.Current())
			}
		}
		key := "sub.round"
		if pr.Submitted > 0 {
			key = "sub.round.submitted"
		}
		out = append(out, i18n.T(key, "round", name, "approved", pr.Approved, "of", pr.Kindergartens, "submitted", pr.Submitted))
	}
	if len(out) == 0 {
		return "—"
	}
	return strings.Join(out, "; ")
}

// onRecord records a regional report received, for the region chosen in
// the table (or picked in the form).
func (s *submissions) onRecord() {
	var codes []string
	names := map[string]string{}
	for _, x := range s.table.Rows() {
		codes = append(codes, x.Region.Code)
		names[x.Region.Code] = kit.Capitalize(x.Region.Name(i18n.Current()))
	}
	region := kit.NewChoice(codes, func(k string) string { return names[k] }, nil)
	if cur, ok := s.table.Current(); ok {
		region.SetKey(cur.Region.Code)
	}
	form := kit.NewForm(
		kit.Pick("region", region),
		kit.Date("received_on", s.h.Store().Today(), true),
		kit.Text("report_file", "").WithHint(i18n.T("sub.file.hint")),
	)
	s.h.Dialogs().NewFormDialog(i18n.T("sub.record"), form, func() error {
		on, err := form.DateOf("received_on")
		if err != nil {
			return err
		}
		if region.Key() == "" {
			return &data.ValidationError{Field: "region", Reason: data.ReasonRequired}
		}
		if _, err := s.h.Store().RecordRegionReport(s.h.Context(), region.Key(), on, form.Text("report_file")); err != nil {
			return err
		}
		s.h.Status(i18n.T("sub.recorded", "region", names[region.Key()]))
		s.reload()
		return nil
	}).Resize(560, 360).Show()
}

// onExport saves the table as an Excel workbook in the report language.
func (s *submissions) onExport() {
	s.h.Dialogs().SaveAs(i18n.T("sub.file"), ".xlsx", s.exportTo)
}

func (s *submissions) exportTo(path string) {
	h := s.h
	lang := i18n.Current()
	if lang != "ru" {
		lang = "kk"
	}
	saveWorkbook(h, path, func(w io.Writer) error { return xlsxexport.ExportSubmissions(h.Context(), h.Store(), w, lang) })
}

// anyPackage reports whether a package of some region was imported.
func anyPackage(rows []natdoc.Submission) bool {
	for _, x := range rows {
		if len(x.Packages) > 0 {
			return true
		}
	}
	return false
}

// statusText names a submission status with a capital letter.
func statusText(status string) string {
	return kit.Capitalize(labels.Of(i18n.Current(), "submission.", status))
}

// packagesText is the number of packages, «2 (re-sent)» when more than one.
func packagesText(x natdoc.Submission) string {
	if x.Resent() {
		return i18n.T("sub.resent", "n", len(x.Packages))
	}
	return fmt.Sprint(len(x.Packages))
}

// yesNo says whether a package came with a passphrase.
func yesNo(b bool) string {
	if b {
		return i18n.T("sub.enc.yes")
	}
	return i18n.T("sub.enc.no")
}
