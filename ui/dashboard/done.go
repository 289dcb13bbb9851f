package dashboard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// What was done: the reports made for the deadlines (recorded when
// Reports saves one) and, in an empty database, the first steps.

// latest is the newest report record of a deadline, ok false when none.
func (d *dashboardScreen) latest(code string) (rec int, ok bool) {
	for i, r := range d.records { // newest first
		if r.Deadline == code {
			return i, true
		}
	}
	return 0, false
}

// recordText is the deadline table's report column: sent, made, overdue or
// nothing yet — in words, never by colour alone.
func (d *dashboardScreen) recordText(dl deadline) string {
	if i, ok := d.latest(dl.code); ok {
		r := d.records[i]
		if !r.SentOn.IsZero() {
			return i18n.T("dashboard.report.sent", "date", r.SentOn.DMY())
		}
		return i18n.T("dashboard.report.made", "date", r.MadeOn.DMY())
	}
	if dl.on.Before(d.today) {
		return i18n.T("dashboard.report.overdue")
	}
	return ""
}

// reportActions are what the deadlines ask of the user now: a passed
// deadline with no report opens Reports on it; a report made and not yet
// sent can be marked sent today.
func (d *dashboardScreen) reportActions() fyne.CanvasObject {
	box := container.NewVBox()
	for _, dl := range periodDeadlines(d.period) {
		dl := dl
		i, made := d.latest(dl.code)
		switch {
		case !made && dl.on.Before(d.today) && d.counts.Children > 0:
			open := widget.NewButtonWithIcon(i18n.T("dashboard.report.open"), theme.DocumentPrintIcon(), func() {
				d.h.Open(kit.Reports, kit.Target{Deadline: dl.code})
			})
			l := kit.Wrapped(i18n.T("dashboard.report.overdue_line", "deadline", dl.name, "date", dl.on.DMY()))
			box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), open, l))
		case made && d.records[i].SentOn.IsZero():
			r := d.records[i]
			sent := widget.NewButtonWithIcon(i18n.T("dashboard.report.mark_sent"), theme.MailSendIcon(), func() {
				if err := d.h.Store().MarkReportSent(d.h.Context(), r.ID, d.h.Store().Today()); err != nil {
					d.h.ShowError(err)
					return
				}
				d.load()
			})
			l := kit.Wrapped(i18n.T("dashboard.report.made_line", "deadline", dl.name, "date", r.MadeOn.DMY(), "file", r.File, "lang", i18n.T("language."+r.Lang)))
			box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.DocumentIcon()), sent, l))
		}
	}
	return box
}

// firstSteps is the short list an empty database starts with, each step
// ticked once done and opening the place to do it; it goes once the first
// scores are in.
func (d *dashboardScreen) firstSteps() []fyne.CanvasObject {
	scored := false
	for _, c := range d.cells {
		scored = scored || c.Scored > 0
	}
	if scored {
		return nil
	}
	steps := []struct {
		key, section string
		done         bool
	}{
		{"kindergartens", kit.Kindergartens, d.counts.Kindergartens > 0},
		{"groups", kit.Kindergartens, d.counts.Groups > 0},
		{"children", kit.Kindergartens, d.counts.Children > 0},
		{"rounds", kit.Monitoring, len(d.rounds) > 0},
		{"scores", kit.Monitoring, false},
	}
	objs := []fyne.CanvasObject{kit.Heading(i18n.T("dashboard.steps"))}
	for n, st := range steps {
		st := st
		mark, icon := i18n.T("dashboard.steps.todo"), theme.RadioButtonIcon()
		if st.done {
			mark, icon = i18n.T("dashboard.steps.done"), theme.ConfirmIcon()
		}
		b := widget.NewButtonWithIcon(i18n.T("dashboard.steps."+st.key, "n", n+1, "mark", mark), icon, func() { d.h.Open(st.section, kit.Target{}) })
		b.Alignment = widget.ButtonAlignLeading
		if !st.done {
			b.Importance = widget.HighImportance
		}
		objs = append(objs, b)
	}
	return append(objs, widget.NewSeparator())
}
