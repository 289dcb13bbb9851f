package reports

import (
	"bytes"
	"context"
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/handout"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// handoutPanel makes the one-page handout for parents of a group, and
// edits its text per direction and language.
type handoutPanel struct {
	h             shell
	groups        []data.Group
	dirs          []data.Direction
	group, dir    *kit.Choice
	quarter, lang *kit.Choice
	save, edit    *widget.Button
	reset         *widget.Button // the edit dialog's «default text»
	job           *kit.Job
}

func newHandoutPanel(h shell) *handoutPanel {
	p := &handoutPanel{h: h}
	kgs, err := h.Store().Kindergartens(h.Context(), h.Settings().RegionCode)
	if err != nil {
		h.ShowError(err)
	}
	labels := map[string]string{}
	var keys []string
	for _, k := range kgs {
		gs, err := h.Store().Groups(h.Context(), k.ID)
		if err != nil {
			h.ShowError(err)
			continue
		}
		for _, g := range gs {
			key := strconv.FormatInt(g.ID, 10)
			keys = append(keys, key)
			labels[key] = k.ShortName + " – " + g.Name + " (" + g.Code + ")"
			p.groups = append(p.groups, g)
		}
	}
	p.group = kit.NewChoice(keys, func(k string) string { return labels[k] }, func(string) { p.onGroupChanged() })
	if p.dirs, err = h.Store().Directions(h.Context(), false); err != nil {
		h.ShowError(err)
	}
	var codes []string
	for _, d := range p.dirs {
		codes = append(codes, d.Code)
	}
	p.dir = kit.NewChoice(codes, func(code string) string { return p.direction(code).Name(i18n.Current()) }, nil)
	p.quarter = kit.NewChoice([]string{"1", "2", "3", "4"}, func(k string) string {
		n, _ := strconv.Atoi(k)
		return i18n.T("reports.handout.quarter.n", "quarter", kit.RomanQuarter[n])
	}, nil)
	p.quarter.SetKey(strconv.Itoa(h.Store().Today().Quarter()))
	p.lang = kit.NewChoice(kit.ReportLangs, func(k string) string { return i18n.T("language." + k) }, nil)
	p.save = widget.NewButtonWithIcon(i18n.T("reports.handout.save"), theme.DocumentSaveIcon(), p.onSave)
	p.edit = widget.NewButtonWithIcon(i18n.T("reports.handout.edit"), theme.DocumentCreateIcon(), p.onEdit)
	if len(keys) > 0 {
		p.group.SetKey(keys[0])
	}
	return p
}

func (p *handoutPanel) content() fyne.CanvasObject {
	var body fyne.CanvasObject
	if len(p.groups) == 0 {
		body = kit.Wrapped(i18n.T("reports.handout.no_groups"))
	} else {
		form := widget.NewForm(
			widget.NewFormItem(i18n.T("field.group"), p.group),
			widget.NewFormItem(i18n.T("field.direction"), p.dir),
			widget.NewFormItem(i18n.T("reports.handout.quarter"), p.quarter),
			widget.NewFormItem(i18n.T("reports.handout.lang"), p.lang),
		)
		body = container.NewVBox(kit.Wrapped(i18n.T("reports.handout.hint")), form, container.NewHBox(p.save, p.edit))
	}
	return body
}

// direction finds a direction by its code.
func (p *handoutPanel) direction(code string) data.Direction {
	for _, d := range p.dirs {
		if d.Code == code {
			return d
		}
	}
	return data.Direction{}
}

// selected is the chosen group.
func (p *handoutPanel) selected() (data.Group, bool) {
	for _, g := range p.groups {
		if strconv.FormatInt(g.ID, 10) == p.group.Key() {
			return g, true
		}
	}
	return data.Group{}, false
}

// onGroupChanged proposes the group's language and a direction its
// kindergarten has chosen.
func (p *handoutPanel) onGroupChanged() {
	g, ok := p.selected()
	if !ok {
		return
	}
	if g.Language == "kk" || g.Language == "ru" {
		p.lang.SetKey(g.Language)
	} else if p.lang.Key() == "" {
		p.lang.SetKey("kk")
	}
	ids, err := p.h.Store().KindergartenDirections(p.h.Context(), g.KindergartenID)
	if err != nil || len(ids) == 0 {
		if p.dir.Key() == "" && len(p.dirs) > 0 {
			p.dir.SetKey(p.dirs[0].Code)
		}
		return
	}
	for _, d := range p.dirs {
		if d.ID == ids[0] {
			p.dir.SetKey(d.Code)
		}
	}
}

// options are the handout options the widgets describe; ok is false
// until a group and a direction are chosen.
func (p *handoutPanel) options() (handout.Options, bool) {
	g, ok := p.selected()
	if !ok || p.dir.Key() == "" {
		return handout.Options{}, false
	}
	q, _ := strconv.Atoi(p.quarter.Key())
	return handout.Options{GroupID: g.ID, Direction: p.dir.Key(), Lang: p.lang.Key(), Quarter: q,
		Now: p.h.Store().Today().Time()}, true
}

func (p *handoutPanel) onSave() {
	o, ok := p.options()
	if !ok {
		p.h.ShowError(&data.ValidationError{Field: "direction", Reason: data.ReasonRequired})
		return
	}
	g, _ := p.selected()
	p.h.Dialogs().SaveAs(handout.FileName(g, p.direction(o.Direction), o), ".pdf", p.saveTo)
}

// saveTo makes the handout off the UI goroutine and writes it to path.
func (p *handoutPanel) saveTo(path string) {
	o, ok := p.options()
	if !ok {
		return
	}
	p.job = p.h.Runner().Job(p.h.Context(), i18n.T("reports.handout.progress"), func(ctx context.Context, _ func(int, int)) error {
		var buf bytes.Buffer
		if err := handout.Generate(ctx, p.h.Store(), &buf, o); err != nil {
			return err
		}
		return kit.WriteFileAtomic(path, buf.Bytes())
	}, func(err error) {
		switch {
		case errors.Is(err, handout.ErrTooLong):
			p.h.Dialogs().ShowMessage(i18n.T("error.title"), i18n.T("reports.handout.too_long"))
		case err != nil:
			p.h.ShowError(err)
		default:
			p.h.Status(i18n.T("reports.saved", "path", path))
		}
	})
}

// onEdit edits the handout text of the chosen direction and language; the
// dialog stays open while the text is wrong.
func (p *handoutPanel) onEdit() {
	d := p.direction(p.dir.Key())
	lang := p.lang.Key()
	if d.ID == 0 || lang == "" {
		p.h.ShowError(&data.ValidationError{Field: "direction", Reason: data.ReasonRequired})
		return
	}
	text, err := p.h.Store().HandoutText(p.h.Context(), d.ID, lang)
	if err != nil {
		p.h.ShowError(err)
		return
	}
	form := kit.NewForm(
		kit.TextArea("practised", text.Practised, 6),
		kit.TextArea("at_home", text.AtHome, 6),
		kit.Note(i18n.T("reports.handout.edit.hint", "items", data.HandoutMaxItems, "chars", data.HandoutMaxChars)),
	)
	p.reset = widget.NewButtonWithIcon(i18n.T("reports.handout.default"), theme.ViewRefreshIcon(), func() {
		practised, atHome := data.DefaultHandoutText(d.Code, lang)
		form.Entry("practised").SetText(practised)
		form.Entry("at_home").SetText(atHome)
	})
	form.Widget.Append("", container.NewHBox(p.reset))
	title := i18n.T("reports.handout.edit.title", "direction", d.Name(i18n.Current()), "lang", i18n.T("language."+lang))
	p.h.Dialogs().NewFormDialog(title, form, func() error {
		t := data.HandoutText{DirectionID: d.ID, Lang: lang, Practised: form.Text("practised"), AtHome: form.Text("at_home")}
		practised, atHome := data.DefaultHandoutText(d.Code, lang)
		if t.Validate() == nil && t.Practised == practised && t.AtHome == atHome {
			return p.h.Store().ResetHandoutText(p.h.Context(), d.ID, lang)
		}
		if err := p.h.Store().SaveHandoutText(p.h.Context(), &t); err != nil {
			return err
		}
		p.h.Status(i18n.T("status.saved"))
		return nil
	}).Resize(760, 640).Show()
}
