package settings

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// periodTab is the pilot period as data (issue 18): who works with this
// copy (named in the history), the current period's dates and grace days,
// which period the screens show (a closed one stays readable), closing the
// period (everything approved, an archive copy written) and starting the
// next programme year.
type periodTab struct {
	h       shell
	periods []data.Period
	current data.Period

	form         *kit.Form
	shown        *kit.Choice
	info         *widget.Label
	save         *widget.Button
	close, start *widget.Button
}

func newPeriodTab(h shell) *periodTab {
	t := &periodTab{h: h, info: kit.Wrapped("")}
	var err error
	if t.periods, err = h.Store().Periods(h.Context()); err != nil {
		h.ShowError(err)
	}
	if len(t.periods) > 0 {
		t.current = t.periods[len(t.periods)-1]
	}
	name, err := h.Store().Methodologist(h.Context())
	if err != nil {
		h.ShowError(err)
	}
	viewed, _ := h.Store().Period(h.Context())
	ids := make([]int64, len(t.periods))
	for i, p := range t.periods {
		ids[i] = p.ID
	}
	t.shown = kit.IDChoice(ids, t.periodName, "", nil)
	t.shown.SetID(viewed.ID)
	t.shown.OnChanged = func(string) { t.onShow() }
	t.form = kit.NewForm(
		kit.Text("methodologist", name).WithHint(i18n.T("period.methodologist.hint")),
		kit.Date("period_start", t.current.Start, true),
		kit.Date("period_end", t.current.End, true),
		kit.Text("grace_days", strconv.Itoa(t.current.GraceDays)).WithHint(i18n.T("period.grace.hint")),
		kit.Pick("shown_period", t.shown).WithHint(i18n.T("period.shown.hint")),
	)
	t.save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), t.onSave)
	t.save.Importance = widget.HighImportance
	t.close = widget.NewButtonWithIcon(i18n.T("period.close"), theme.ConfirmIcon(), t.onClose)
	t.start = widget.NewButtonWithIcon(i18n.T("period.start"), theme.ContentAddIcon(), t.onStart)
	t.refresh()
	return t
}

func (t *periodTab) content() fyne.CanvasObject {
	return container.NewBorder(container.NewVBox(kit.Heading(i18n.T("period.title")), t.info), kit.ButtonRow(t.save, t.close, t.start),
		nil, nil, t.form.Scrolled())
}

// periodName names a period in the choice: its label, dates and whether
// it is closed.
func (t *periodTab) periodName(id int64) string {
	for _, p := range t.periods {
		if p.ID == id {
			s := i18n.T("period.name", "label", p.Label(), "start", p.Start.DMY(), "end", p.End.DMY())
			if p.Closed() {
				s += " — " + i18n.T("period.closed_short")
			}
			return s
		}
	}
	return ""
}

// refresh says where the current period stands and enables what can be
// done next.
func (t *periodTab) refresh() {
	p := t.current
	lines := []string{i18n.T("period.current", "label", p.Label(), "start", p.Start.DMY(), "end", p.End.DMY(),
		"grace", p.GraceDays, "until", p.GraceEnd().DMY())}
	if p.Closed() {
		lines = append(lines, i18n.T("period.closed", "by", p.ClosedBy, "at", kit.Stamp(p.ClosedAt), "archive", p.Archive))
		t.close.Disable()
		t.start.Enable()
		for _, k := range []string{"period_start", "period_end", "grace_days"} {
			t.form.Entry(k).Disable()
		}
	} else {
		t.close.Enable()
		t.start.Disable()
	}
	t.info.SetText(strings.Join(lines, "\n"))
}

// onSave saves the methodologist and the open period's dates.
func (t *periodTab) onSave() {
	f := t.form
	if err := t.h.Store().SetMethodologist(t.h.Context(), f.Text("methodologist")); err != nil {
		f.Refuse(t.h, err)
		return
	}
	if !t.current.Closed() {
		p := t.current
		var err error
		if p.Start, err = f.DateOf("period_start"); err != nil {
			f.Refuse(t.h, err)
			return
		}
		if p.End, err = f.DateOf("period_end"); err != nil {
			f.Refuse(t.h, err)
			return
		}
		if p.GraceDays, err = kit.ParseInt("grace_days", f.Text("grace_days")); err != nil {
			f.Refuse(t.h, err)
			return
		}
		if err := t.h.Store().SavePeriod(t.h.Context(), &p); err != nil {
			f.Refuse(t.h, err)
			return
		}
	}
	t.rebuild(i18n.T("status.saved"))
}

// onShow shows another period on every screen: the window is rebuilt.
func (t *periodTab) onShow() {
	t.h.Store().ViewPeriod(t.shown.ID())
	t.rebuild(i18n.T("period.shown", "name", t.periodName(t.shown.ID())))
}

// onClose says what closing does, then closes the period off the UI
// goroutine (the archive copy takes a moment).
func (t *periodTab) onClose() {
	p := t.current
	t.h.Dialogs().ConfirmAction(i18n.T("period.close_title", "label", p.Label()), i18n.T("period.close_body", "label", p.Label()),
		i18n.T("period.close"), theme.ConfirmIcon(), func() {
			var closed data.Period
			t.h.Runner().Busy(i18n.T("period.closing"), func() (err error) {
				closed, err = t.h.Store().ClosePeriod(t.h.Context(), "")
				return err
			}, func(err error) {
				if err != nil {
					t.h.ShowError(err)
					return
				}
				msg := i18n.T("period.closed_done", "label", closed.Label(), "archive", closed.Archive)
				t.rebuild(msg)
				t.h.Dialogs().ShowMessage(i18n.T("period.close_title", "label", closed.Label()), msg)
			})
		})
}

// onStart asks the new period's dates and what carries over, then starts it.
func (t *periodTab) onStart() {
	prev := t.current
	start := prev.End.AddDays(1)
	end := data.NewDate(start.Year()+1, start.Month(), start.Day()).AddDays(-1)
	form := kit.NewForm(
		kit.Note(i18n.T("period.start_hint")),
		kit.Date("period_start", start, true),
		kit.Date("period_end", end, true),
		kit.Check("carry_groups", true),
		kit.Check("carry_children", true),
	)
	t.h.Dialogs().NewFormDialog(i18n.T("period.start_title"), form, func() error {
		opt := data.StartOptions{GraceDays: -1, Groups: form.Check("carry_groups").Checked}
		opt.Children = opt.Groups && form.Check("carry_children").Checked
		var err error
		if opt.Start, err = form.DateOf("period_start"); err != nil {
			return err
		}
		if opt.End, err = form.DateOf("period_end"); err != nil {
			return err
		}
		p, err := t.h.Store().StartPeriod(t.h.Context(), opt)
		if err != nil {
			return err
		}
		t.h.Store().ViewPeriod(0)
		t.rebuild(i18n.T("period.started", "label", p.Label()))
		return nil
	}).Resize(620, 460).Show()
}

// rebuild has the window built again (every screen follows the period),
// then says msg.
func (t *periodTab) rebuild(msg string) {
	if err := t.h.Reload(i18n.Current()); err != nil {
		t.h.ShowError(err)
		return
	}
	t.h.Status(msg)
}
