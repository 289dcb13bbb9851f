package reports

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/pdfdoc"
	"baulu/reports/regional"
	"baulu/reports/xlsxexport"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// reportKinds are the reports a user can choose: the quarters of the
// period (four for the pilot year) and the final regional analytical report.
func reportKinds(p data.Period) []string {
	var out []string
	for q := 1; q <= p.Quarters(); q++ {
		out = append(out, "q"+strconv.Itoa(q))
	}
	return append(out, "regional")
}

// reportsScreen makes the PDF reports, the Excel export and the parents'
// handouts. Generating runs off the UI goroutine behind a progress dialog.
type reportsScreen struct {
	h                  shell
	period             data.Period // the period the database shows
	kind, lang         *kit.Choice
	format             *kit.Choice // pdf or docx
	madeKind, madeLang string      // the kind and language of the report made
	signName, signPos  *widget.Entry
	concl              *widget.Entry
	refill             *widget.Button
	generate           *widget.Button
	save, open, excel  *widget.Button
	info               *widget.Label
	handout            *handoutPanel
	tabs               *container.AppTabs

	pdf     []byte     // the last generated report (PDF or DOCX)
	pdfName string     // its proposed file name
	pdfPath string     // where it was saved or opened from
	filling kit.Latest // drafts of the conclusions
	edited  bool       // the user typed into the conclusions
	setting bool       // the program is setting the conclusions' text
	job     *kit.Job   // the last job started (tests wait on it)
	// signLang is the language the signatory fields were filled in.
	signLang string
}

func newReportsScreen(h shell) *reportsScreen {
	s := &reportsScreen{h: h, info: kit.Wrapped("")}
	var err error
	if s.period, err = h.Store().Period(h.Context()); err != nil {
		h.ShowError(err)
	}
	s.kind = kit.NewChoice(reportKinds(s.period), s.reportKindLabel, func(string) { s.onOptionsChanged() })
	s.lang = kit.NewChoice(kit.ReportLangs, func(k string) string { return i18n.T("language." + k) }, func(string) { s.onOptionsChanged() })
	s.format = kit.KeyChoice([]string{"pdf", "docx"}, "reports.format.", "", func(string) { s.onOptionsChanged() })
	s.format.SetKey("pdf")
	s.signName, s.signPos = widget.NewEntry(), widget.NewEntry()
	s.concl = widget.NewMultiLineEntry()
	s.concl.Wrapping = fyne.TextWrapWord
	s.concl.SetMinRowsVisible(12)
	s.concl.OnChanged = func(string) {
		if !s.setting {
			s.edited = true
		}
	}
	s.refill = widget.NewButtonWithIcon(i18n.T("reports.conclusions.refill"), theme.ViewRefreshIcon(), func() {
		s.edited = false
		s.fillConclusions()
	})
	s.generate = widget.NewButtonWithIcon(i18n.T("reports.generate"), theme.DocumentCreateIcon(), s.onGenerate)
	s.generate.Importance = widget.HighImportance
	s.save = widget.NewButtonWithIcon(i18n.T("reports.save"), theme.DocumentSaveIcon(), s.onSave)
	s.open = widget.NewButtonWithIcon(i18n.T("reports.open"), theme.FileApplicationIcon(), s.onOpen)
	s.save.Disable()
	s.open.Disable()
	s.excel = widget.NewButtonWithIcon(i18n.T("reports.excel.save"), theme.DownloadIcon(), s.onExcel)
	s.handout = newHandoutPanel(h)
	// The final report is due a month before the period ends; earlier in
	// the period the current quarter is the likely choice.
	kind := "regional"
	if q := s.period.QuarterOf(h.Store().Today()); q > 0 && q < s.period.Quarters() {
		kind = "q" + strconv.Itoa(q)
	}
	s.kind.SetKey(kind)
	lang := i18n.Current()
	if lang != "ru" {
		lang = "kk"
	}
	s.lang.SetKey(lang) // fills the conclusions
	return s
}

func (s *reportsScreen) reportKindLabel(k string) string {
	if k == "regional" {
		return i18n.T("reports.kind.regional", "year", s.period.Label())
	}
	n, _ := strconv.Atoi(strings.TrimPrefix(k, "q"))
	return i18n.T("reports.kind.quarter", "quarter", kit.Roman(n), "year", s.period.Label())
}

// prefillSigner shows the settings' signatory (else head) in the report's
// language when the language changes, unless the user typed another: a
// Russian report is signed with the Russian texts.
func (s *reportsScreen) prefillSigner() {
	lang := s.lang.Key()
	if lang == s.signLang {
		return
	}
	prev := s.h.Settings().Official(s.signLang)
	if s.signLang == "" || s.signName.Text == firstNonEmpty(prev.SignatoryName, prev.HeadName) {
		o := s.h.Settings().Official(lang)
		s.signName.SetText(firstNonEmpty(o.SignatoryName, o.HeadName))
	}
	if s.signLang == "" || s.signPos.Text == firstNonEmpty(prev.SignatoryPosition, prev.HeadPosition) {
		o := s.h.Settings().Official(lang)
		s.signPos.SetText(firstNonEmpty(o.SignatoryPosition, o.HeadPosition))
	}
	s.signLang = lang
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func (s *reportsScreen) Content() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(i18n.T("reports.kind"), s.kind),
		widget.NewFormItem(i18n.T("reports.lang"), s.lang),
		widget.NewFormItem(i18n.T("reports.format"), s.format),
		widget.NewFormItem(i18n.T("field.signatory_name"), s.signName),
		widget.NewFormItem(i18n.T("field.signatory_position"), s.signPos),
		widget.NewFormItem(i18n.T("reports.conclusions"), s.concl),
		widget.NewFormItem("", kit.Wrapped(i18n.T("reports.conclusions.hint"))),
	)
	pdf := container.NewVBox(form, container.NewHBox(s.generate, s.save, s.open, s.refill), s.info)
	excel := container.NewVBox(kit.Wrapped(i18n.T("reports.excel.hint")), container.NewHBox(s.excel))
	// Tabs rather than one scrolled page: the conclusions entry scrolls
	// itself, and a scroll inside a scroll is awkward to use.
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("reports.pdf.title"), theme.DocumentPrintIcon(), container.NewPadded(pdf)),
		container.NewTabItemWithIcon(i18n.T("reports.excel.title"), theme.DownloadIcon(), container.NewPadded(excel)),
		container.NewTabItemWithIcon(i18n.T("reports.handout.title"), theme.AccountIcon(), container.NewPadded(s.handout.content())),
	)
	title := widget.NewLabelWithStyle(i18n.T("nav.reports"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(title, nil, nil, nil, s.tabs)
}

// options are the report options the widgets describe.
func (s *reportsScreen) options() regional.Options {
	o := regional.Options{Lang: s.lang.Key(), SignatoryName: strings.TrimSpace(s.signName.Text),
		SignatoryPosition: strings.TrimSpace(s.signPos.Text), Now: s.h.Store().Today().Time(), Period: s.period}
	if k := s.kind.Key(); k != "regional" {
		o.Kind = regional.Quarterly
		o.Quarter, _ = strconv.Atoi(strings.TrimPrefix(k, "q"))
	}
	return o
}

// onOptionsChanged drops the report made for other options and drafts the
// conclusions again, unless the user has written their own.
func (s *reportsScreen) onOptionsChanged() {
	if s.kind == nil || s.lang == nil || s.format == nil || s.kind.Key() == "" || s.lang.Key() == "" {
		return
	}
	s.prefillSigner()
	s.pdf, s.pdfPath = nil, ""
	s.save.Disable()
	s.open.Disable()
	s.info.SetText("")
	if !s.edited {
		s.fillConclusions()
	}
}

// fillConclusions drafts the conclusions from the data off the UI
// goroutine; only the latest request writes the text.
func (s *reportsScreen) fillConclusions() {
	o := s.options()
	s.info.SetText(i18n.T("reports.conclusions.loading"))
	var (
		lines []string
		err   error
	)
	s.filling.Go(s.h.Runner(), func() { lines, err = regional.Conclusions(s.h.Context(), s.h.Store(), o) }, func() {
		s.info.SetText("")
		if err != nil {
			s.h.ShowError(err)
			return
		}
		s.setting = true
		s.concl.SetText(strings.Join(lines, "\n"))
		s.setting = false
	})
}

// conclusions are the edited lines, or nil for the generated ones.
func (s *reportsScreen) conclusions() []string {
	var out []string
	for _, l := range strings.Split(s.concl.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func (s *reportsScreen) onGenerate() {
	o, kind := s.options(), s.kind.Key()
	o.Conclusions = s.conclusions()
	region, err := s.h.Store().Region(s.h.Context(), s.h.Settings().RegionCode)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	var buf bytes.Buffer
	docx := s.format.Key() == "docx"
	generate := regional.Generate
	if docx {
		generate = regional.GenerateDOCX
	}
	s.generate.Disable()
	s.job = s.h.Runner().Job(s.h.Context(), i18n.T("reports.progress"), func(ctx context.Context, progress func(int, int)) error {
		o.Progress = progress
		return generate(ctx, s.h.Store(), &buf, o)
	}, func(err error) {
		s.generate.Enable()
		switch {
		case errors.Is(err, context.Canceled):
			s.info.SetText(i18n.T("reports.cancelled"))
		case err != nil:
			s.h.ShowError(err)
		default:
			s.pdf, s.pdfName, s.pdfPath = buf.Bytes(), pdfdoc.NameFor(regional.FileName(region, o), docx), ""
			s.madeKind, s.madeLang = kind, o.Lang
			s.save.Enable()
			s.open.Enable()
			s.info.SetText(i18n.T("reports.ready"))
		}
	})
}

func (s *reportsScreen) onSave() {
	if s.pdf == nil {
		return
	}
	s.h.Dialogs().SaveAs(s.pdfName, filepath.Ext(s.pdfName), s.saveTo)
}

// deadlineCode is the deadline (data.Deadline.Code) a report kind is for.
func deadlineCode(kind string) string {
	if kind == "regional" {
		return "report"
	}
	return kind
}

// Focus chooses the report of the dashboard's deadline.
func (s *reportsScreen) Focus(t kit.Target) {
	for _, k := range reportKinds(s.period) {
		if t.Deadline != "" && deadlineCode(k) == t.Deadline {
			s.kind.SetKey(k)
		}
	}
}

// saveTo writes the generated report to path and records it for its
// deadline (the dashboard shows it made).
func (s *reportsScreen) saveTo(path string) {
	if err := kit.WriteFileAtomic(path, s.pdf); err != nil {
		s.h.ShowError(err)
		return
	}
	if _, err := s.h.Store().RecordReport(s.h.Context(), deadlineCode(s.madeKind), path, s.madeLang); err != nil {
		s.h.ShowError(err)
	}
	s.pdfPath = path
	s.info.SetText(i18n.T("reports.saved", "path", path))
	s.h.Status(i18n.T("reports.saved", "path", path))
}

// onOpen shows the report in the system's viewer (PDF or Word); an unsaved report is
// written to the temporary folder first.
func (s *reportsScreen) onOpen() {
	if s.pdf == nil {
		return
	}
	if s.pdfPath == "" {
		dir := filepath.Join(os.TempDir(), "Baulu")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			s.h.ShowError(err)
			return
		}
		path := filepath.Join(dir, s.pdfName)
		if err := kit.WriteFileAtomic(path, s.pdf); err != nil {
			s.h.ShowError(err)
			return
		}
		s.pdfPath = path
	}
	if err := kit.OpenFile(s.pdfPath); err != nil {
		s.h.ShowError(err)
		return
	}
	s.info.SetText(i18n.T("reports.opening", "path", s.pdfPath))
}

func (s *reportsScreen) onExcel() {
	region, err := s.h.Store().Region(s.h.Context(), s.h.Settings().RegionCode)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	name := i18n.T("reports.excel.name", "place", regional.PlaceName(region, s.lang.Key()), "year", s.period.Label())
	s.h.Dialogs().SaveAs(name, ".xlsx", s.exportTo)
}

// exportTo writes the Excel workbook to path off the UI goroutine.
func (s *reportsScreen) exportTo(path string) {
	lang := s.lang.Key()
	s.job = kit.WriteDocument(s.h, s.excel, i18n.T("reports.excel.progress"), path, func(ctx context.Context, w io.Writer, _ func(int, int)) error {
		return xlsxexport.Export(ctx, s.h.Store(), "", w, lang)
	})
}

// TabCount and ShowTab show the tabs to `baulu screenshots`.
func (s *reportsScreen) TabCount() int {
	if s.tabs == nil {
		return 0
	}
	return len(s.tabs.Items)
}

func (s *reportsScreen) ShowTab(i int) { s.tabs.SelectIndex(i) }
