package ui

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
	u             *UI
	groups        []data.Group
	dirs          []data.Direction
	group, dir    *kit.Choice
	quarter, lang *kit.Choice
	save, edit    *widget.Button
	reset         *widget.Button // the edit dialog's «default text»
	job           *kit.Job
}

func newHandoutPanel(u *UI) *handoutPanel {
	h := &handoutPanel{u: u}
	kgs, err := u.store.Kindergartens(u.ctx, u.settings.RegionCode)
	if err != nil {
		u.ShowError(err)
	}
	labels := map[string]string{}
	var keys []string
	for _, k := range kgs {
		gs, err := u.store.Groups(u.ctx, k.ID)
		if err != nil {
			u.ShowError(err)
			continue
		}
		for _, g := range gs {
			key := strconv.FormatInt(g.ID, 10)
			keys = append(keys, key)
			labels[key] = k.ShortName + " – " + g.Name + " (" + g.Code + ")"
			h.groups = append(h.groups, g)
		}
	}
	h.group = kit.NewChoice(keys, func(k string) string { return labels[k] }, func(string) { h.onGroupChanged() })
	if h.dirs, err = u.store.Directions(u.ctx, false); err != nil {
		u.ShowError(err)
	}
	var codes []string
	for _, d := range h.dirs {
		codes = append(codes, d.Code)
	}
	h.dir = kit.NewChoice(codes, func(code string) string { return h.direction(code).Name(u.lang()) }, nil)
	h.quarter = kit.NewChoice([]string{"1", "2", "3", "4"}, func(k string) string {
		n, _ := strconv.Atoi(k)
		return i18n.T("handout.quarter.n", "quarter", [...]string{"I", "II", "III", "IV"}[n-1])
	}, nil)
	h.quarter.SetKey(strconv.Itoa(u.store.Today().Quarter()))
	h.lang = kit.NewChoice(kit.ReportLangs, func(k string) string { return i18n.T("language." + k) }, nil)
	h.save = widget.NewButtonWithIcon(i18n.T("handout.save"), theme.DocumentSaveIcon(), h.onSave)
	h.edit = widget.NewButtonWithIcon(i18n.T("handout.edit"), theme.DocumentCreateIcon(), h.onEdit)
	if len(keys) > 0 {
		h.group.SetKey(keys[0])
	}
	return h
}

func (h *handoutPanel) content() fyne.CanvasObject {
	var body fyne.CanvasObject
	if len(h.groups) == 0 {
		body = kit.Wrapped(i18n.T("handout.no_groups"))
	} else {
		form := widget.NewForm(
			widget.NewFormItem(i18n.T("field.group"), h.group),
			widget.NewFormItem(i18n.T("field.direction"), h.dir),
			widget.NewFormItem(i18n.T("handout.quarter"), h.quarter),
			widget.NewFormItem(i18n.T("handout.lang"), h.lang),
		)
		body = container.NewVBox(kit.Wrapped(i18n.T("handout.hint")), form, container.NewHBox(h.save, h.edit))
	}
	return body
}

// direction finds a direction by its code.
func (h *handoutPanel) direction(code string) data.Direction {
	for _, d := range h.dirs {
		if d.Code == code {
			return d
		}
	}
	return data.Direction{}
}

// selected is the chosen group.
func (h *handoutPanel) selected() (data.Group, bool) {
	for _, g := range h.groups {
		if strconv.FormatInt(g.ID, 10) == h.group.Key() {
			return g, true
		}
	}
	return data.Group{}, false
}

// onGroupChanged proposes the group's language and a direction its
// kindergarten has chosen.
func (h *handoutPanel) onGroupChanged() {
	g, ok := h.selected()
	if !ok {
		return
	}
	if g.Language == "kk" || g.Language == "ru" {
		h.lang.SetKey(g.Language)
	} else if h.lang.Key() == "" {
		h.lang.SetKey("kk")
	}
	ids, err := h.u.store.KindergartenDirections(h.u.ctx, g.KindergartenID)
	if err != nil || len(ids) == 0 {
		if h.dir.Key() == "" && len(h.dirs) > 0 {
			h.dir.SetKey(h.dirs[0].Code)
		}
		return
	}
	for _, d := range h.dirs {
		if d.ID == ids[0] {
			h.dir.SetKey(d.Code)
		}
	}
}

// options are the handout options the widgets describe; ok is false
// until a group and a direction are chosen.
func (h *handoutPanel) options() (handout.Options, bool) {
	g, ok := h.selected()
	if !ok || h.dir.Key() == "" {
		return handout.Options{}, false
	}
	q, _ := strconv.Atoi(h.quarter.Key())
	return handout.Options{GroupID: g.ID, Direction: h.dir.Key(), Lang: h.lang.Key(), Quarter: q,
		Now: h.u.store.Today().Time()}, true
}

func (h *handoutPanel) onSave() {
	o, ok := h.options()
	if !ok {
		h.u.ShowError(&data.ValidationError{Field: "direction", Reason: data.ReasonRequired})
		return
	}
	g, _ := h.selected()
	h.u.dialogs.SaveAs(handout.FileName(g, h.direction(o.Direction), o), ".pdf", h.saveTo)
}

// saveTo makes the handout off the UI goroutine and writes it to path.
func (h *handoutPanel) saveTo(path string) {
	o, ok := h.options()
	if !ok {
		return
	}
	h.job = h.u.runner.Job(h.u.ctx, i18n.T("handout.progress"), func(ctx context.Context, _ func(int, int)) error {
		var buf bytes.Buffer
		if err := handout.Generate(ctx, h.u.store, &buf, o); err != nil {
			return err
		}
		return kit.WriteFileAtomic(path, buf.Bytes())
	}, func(err error) {
		switch {
		case errors.Is(err, handout.ErrTooLong):
			h.u.dialogs.ShowMessage(i18n.T("error.title"), i18n.T("handout.too_long"))
		case err != nil:
			h.u.ShowError(err)
		default:
			h.u.Status(i18n.T("reports.saved", "path", path))
		}
	})
}

// onEdit edits the handout text of the chosen direction and language; the
// dialog stays open while the text is wrong.
func (h *handoutPanel) onEdit() {
	d := h.direction(h.dir.Key())
	lang := h.lang.Key()
	if d.ID == 0 || lang == "" {
		h.u.ShowError(&data.ValidationError{Field: "direction", Reason: data.ReasonRequired})
		return
	}
	text, err := h.u.store.HandoutText(h.u.ctx, d.ID, lang)
	if err != nil {
		h.u.ShowError(err)
		return
	}
	form := kit.NewForm(
		kit.TextArea("practised", text.Practised, 6),
		kit.TextArea("at_home", text.AtHome, 6),
		kit.Note(i18n.T("handout.edit.hint", "items", data.HandoutMaxItems, "chars", data.HandoutMaxChars)),
	)
	h.reset = widget.NewButtonWithIcon(i18n.T("handout.default"), theme.ViewRefreshIcon(), func() {
		p, a := data.DefaultHandoutText(d.Code, lang)
		form.Entry("practised").SetText(p)
		form.Entry("at_home").SetText(a)
	})
	form.Widget.Append("", container.NewHBox(h.reset))
	title := i18n.T("handout.edit.title", "direction", d.Name(h.u.lang()), "lang", i18n.T("language."+lang))
	h.u.dialogs.NewFormDialog(title, form, func() error {
		t := data.HandoutText{DirectionID: d.ID, Lang: lang, Practised: form.Text("practised"), AtHome: form.Text("at_home")}
		p, a := data.DefaultHandoutText(d.Code, lang)
		if t.Validate() == nil && t.Practised == p && t.AtHome == a {
			return h.u.store.ResetHandoutText(h.u.ctx, d.ID, lang)
		}
		if err := h.u.store.SaveHandoutText(h.u.ctx, &t); err != nil {
			return err
		}
		h.u.Status(i18n.T("status.saved"))
		return nil
	}).Resize(760, 640).Show()
}
