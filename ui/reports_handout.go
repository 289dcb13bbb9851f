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
)

// handoutPanel makes the one-page handout for parents of a group, and
// edits its text per direction and language.
type handoutPanel struct {
	u                 *UI
	groups            []data.Group
	dirs              []data.Direction
	group, dir        *choice
	quarter, lang     *choice
	save, edit        *widget.Button
	practised, atHome *widget.Entry // in the edit dialog
	job               *job
}

func newHandoutPanel(u *UI) *handoutPanel {
	h := &handoutPanel{u: u}
	kgs, err := u.store.Kindergartens(u.ctx, u.settings.RegionCode)
	if err != nil {
		u.showError(err)
	}
	labels := map[string]string{}
	var keys []string
	for _, k := range kgs {
		gs, err := u.store.Groups(u.ctx, k.ID)
		if err != nil {
			u.showError(err)
			continue
		}
		for _, g := range gs {
			key := strconv.FormatInt(g.ID, 10)
			keys = append(keys, key)
			labels[key] = k.ShortName + " – " + g.Name + " (" + g.Code + ")"
			h.groups = append(h.groups, g)
		}
	}
	h.group = newChoice(keys, func(k string) string { return labels[k] }, func(string) { h.onGroupChanged() })
	if h.dirs, err = u.store.Directions(u.ctx, false); err != nil {
		u.showError(err)
	}
	var codes []string
	for _, d := range h.dirs {
		codes = append(codes, d.Code)
	}
	h.dir = newChoice(codes, func(code string) string { return h.direction(code).Name(u.lang()) }, nil)
	h.quarter = newChoice([]string{"1", "2", "3", "4"}, func(k string) string {
		n, _ := strconv.Atoi(k)
		return i18n.T("handout.quarter.n", "quarter", [...]string{"I", "II", "III", "IV"}[n-1])
	}, nil)
	h.quarter.setKey(strconv.Itoa(u.store.Today().Quarter()))
	h.lang = newChoice(reportLangs, func(k string) string { return i18n.T("language." + k) }, nil)
	h.save = widget.NewButtonWithIcon(i18n.T("handout.save"), theme.DocumentSaveIcon(), h.onSave)
	h.edit = widget.NewButtonWithIcon(i18n.T("handout.edit"), theme.DocumentCreateIcon(), h.onEdit)
	if len(keys) > 0 {
		h.group.setKey(keys[0])
	}
	return h
}

func (h *handoutPanel) content() fyne.CanvasObject {
	var body fyne.CanvasObject
	if len(h.groups) == 0 {
		body = wrapped(i18n.T("handout.no_groups"))
	} else {
		form := widget.NewForm(
			widget.NewFormItem(i18n.T("field.group"), h.group),
			widget.NewFormItem(i18n.T("field.direction"), h.dir),
			widget.NewFormItem(i18n.T("handout.quarter"), h.quarter),
			widget.NewFormItem(i18n.T("handout.lang"), h.lang),
		)
		body = container.NewVBox(wrapped(i18n.T("handout.hint")), form, container.NewHBox(h.save, h.edit))
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
		if strconv.FormatInt(g.ID, 10) == h.group.key() {
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
		h.lang.setKey(g.Language)
	} else if h.lang.key() == "" {
		h.lang.setKey("kk")
	}
	ids, err := h.u.store.KindergartenDirections(h.u.ctx, g.KindergartenID)
	if err != nil || len(ids) == 0 {
		if h.dir.key() == "" && len(h.dirs) > 0 {
			h.dir.setKey(h.dirs[0].Code)
		}
		return
	}
	for _, d := range h.dirs {
		if d.ID == ids[0] {
			h.dir.setKey(d.Code)
		}
	}
}

// options are the handout options the widgets describe; ok is false
// until a group and a direction are chosen.
func (h *handoutPanel) options() (handout.Options, bool) {
	g, ok := h.selected()
	if !ok || h.dir.key() == "" {
		return handout.Options{}, false
	}
	q, _ := strconv.Atoi(h.quarter.key())
	return handout.Options{GroupID: g.ID, Direction: h.dir.key(), Lang: h.lang.key(), Quarter: q,
		Now: h.u.store.Today().Time()}, true
}

func (h *handoutPanel) onSave() {
	o, ok := h.options()
	if !ok {
		h.u.showError(&data.ValidationError{Field: "direction", Reason: data.ReasonRequired})
		return
	}
	g, _ := h.selected()
	h.u.saveAs(handout.FileName(g, h.direction(o.Direction), o), ".pdf", h.saveTo)
}

// saveTo makes the handout off the UI goroutine and writes it to path.
func (h *handoutPanel) saveTo(path string) {
	o, ok := h.options()
	if !ok {
		return
	}
	h.job = h.u.runJob(i18n.T("handout.progress"), func(ctx context.Context, _ func(int, int)) error {
		var buf bytes.Buffer
		if err := handout.Generate(ctx, h.u.store, &buf, o); err != nil {
			return err
		}
		return writeFileAtomic(path, buf.Bytes())
	}, func(err error) {
		switch {
		case errors.Is(err, handout.ErrTooLong):
			h.u.showMessage(i18n.T("error.title"), i18n.T("handout.too_long"))
		case err != nil:
			h.u.showError(err)
		default:
			h.u.status(i18n.T("reports.saved", "path", path))
		}
	})
}

// onEdit edits the handout text of the chosen direction and language; the
// dialog stays open while the text is wrong.
func (h *handoutPanel) onEdit() {
	d := h.direction(h.dir.key())
	lang := h.lang.key()
	if d.ID == 0 || lang == "" {
		h.u.showError(&data.ValidationError{Field: "direction", Reason: data.ReasonRequired})
		return
	}
	text, err := h.u.store.HandoutText(h.u.ctx, d.ID, lang)
	if err != nil {
		h.u.showError(err)
		return
	}
	h.practised, h.atHome = widget.NewMultiLineEntry(), widget.NewMultiLineEntry()
	for _, e := range []*widget.Entry{h.practised, h.atHome} {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(6)
	}
	h.practised.SetText(text.Practised)
	h.atHome.SetText(text.AtHome)
	reset := widget.NewButtonWithIcon(i18n.T("handout.default"), theme.ViewRefreshIcon(), func() {
		p, a := data.DefaultHandoutText(d.Code, lang)
		h.practised.SetText(p)
		h.atHome.SetText(a)
	})
	items := []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.practised"), h.practised),
		widget.NewFormItem(i18n.T("field.at_home"), h.atHome),
		widget.NewFormItem("", wrapped(i18n.T("handout.edit.hint", "items", data.HandoutMaxItems, "chars", data.HandoutMaxChars))),
		widget.NewFormItem("", container.NewHBox(reset)),
	}
	title := i18n.T("handout.edit.title", "direction", d.Name(h.u.lang()), "lang", i18n.T("language."+lang))
	fd := h.u.newFormDialog(title, items, func() error {
		t := data.HandoutText{DirectionID: d.ID, Lang: lang, Practised: h.practised.Text, AtHome: h.atHome.Text}
		p, a := data.DefaultHandoutText(d.Code, lang)
		if t.Validate() == nil && t.Practised == p && t.AtHome == a {
			return h.u.store.ResetHandoutText(h.u.ctx, d.ID, lang)
		}
		if err := h.u.store.SaveHandoutText(h.u.ctx, &t); err != nil {
			return err
		}
		h.u.status(i18n.T("status.saved"))
		return nil
	})
	fd.dlg.Resize(fyne.NewSize(760, 640))
	fd.show()
}
