package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data/text"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// firstRun asks a new installation whose it is: the region (its five
// kindergartens are then loaded), the centre and its head.
type firstRun struct {
	u       *UI
	form    *kit.Form
	start   *widget.Button
	errText *widget.Label
}

func newFirstRun(u *UI) *firstRun {
	f := &firstRun{u: u}
	lang := kit.NewChoice(text.Languages, func(k string) string { return i18n.T("language." + k) }, f.onLanguageChanged)
	lang.SetKey(i18n.Current())
	f.form = kit.NewForm(
		kit.Pick("language", lang),
		kit.Pick("region", regionOrInstitute(u)),
		kit.Text("centre_name", "").Placeholder(i18n.T("firstrun.centre.placeholder")),
		kit.Text("head_name", "").Placeholder(i18n.T("firstrun.head.placeholder")),
	)
	f.start = widget.NewButton(i18n.T("firstrun.start"), f.onStart)
	f.start.Importance = widget.HighImportance
	f.errText = widget.NewLabel("")
	f.errText.Importance = widget.DangerImportance
	f.errText.Wrapping = fyne.TextWrapWord
	// The region's "required" goes once a region is chosen; Enter in a
	// text field starts, as the button does.
	region := f.form.Choice("region")
	region.OnChanged = func(string) { f.errText.SetText("") }
	for _, k := range []string{"centre_name", "head_name"} {
		f.form.Entry(k).OnSubmitted = func(string) { f.onStart() }
	}
	return f
}

// focus puts the keyboard on the region, the one choice to make.
func (f *firstRun) focus() {
	if c := f.u.win.Canvas(); c != nil {
		c.Focus(f.form.Choice("region"))
	}
}

func (f *firstRun) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("firstrun.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	intro := kit.Wrapped(i18n.T("firstrun.intro"))
	return container.NewCenter(kit.FixedColumn(640, title, intro, kit.Wrapped(i18n.T("firstrun.institute.hint")), f.form.Widget, f.errText, f.start))
}

func (f *firstRun) onLanguageChanged(l string) {
	if l == "" || l == i18n.Current() {
		return
	}
	_ = i18n.Set(l)
	f.u.settings.Language = l
	f.u.build() // the whole screen again, in the new language
}

func (f *firstRun) onStart() {
	if f.form.Choice("region").Key() == instituteKey {
		f.startInstitute()
		return
	}
	st := f.u.settings
	st.RegionCode = f.form.Choice("region").Key()
	st.CentreName = f.form.Text("centre_name")
	st.HeadName = f.form.Text("head_name")
	st.Language = i18n.Current()
	if err := f.u.store.SaveSettings(f.u.ctx, st); err != nil {
		f.errText.SetText(kit.ErrorText(err))
		return
	}
	if err := f.u.reloadSettings(); err != nil {
		f.u.ShowError(err)
		return
	}
	f.u.build()
	f.u.shell.open("kindergartens")
}
