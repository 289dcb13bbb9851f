package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data/text"
	"baulu/ui/i18n"
)

// firstRun asks a new installation whose it is: the region (its five
// kindergartens are then loaded), the centre and its head.
type firstRun struct {
	u       *UI
	lang    *choice
	region  *choice
	centre  *widget.Entry
	head    *widget.Entry
	start   *widget.Button
	errText *widget.Label
}

func newFirstRun(u *UI) *firstRun {
	f := &firstRun{u: u}
	f.lang = newChoice(text.Languages, func(k string) string { return i18n.T("language." + k) }, f.onLanguageChanged)
	f.lang.setKey(i18n.Current())
	f.region = newRegionChoice(u)
	f.centre = widget.NewEntry()
	f.centre.SetPlaceHolder(i18n.T("firstrun.centre.placeholder"))
	f.head = widget.NewEntry()
	f.head.SetPlaceHolder(i18n.T("firstrun.head.placeholder"))
	f.start = widget.NewButton(i18n.T("firstrun.start"), f.onStart)
	f.start.Importance = widget.HighImportance
	f.errText = widget.NewLabel("")
	f.errText.Importance = widget.DangerImportance
	f.errText.Wrapping = fyne.TextWrapWord
	return f
}

// newRegionChoice lists the twenty regions of the order in the UI language.
func newRegionChoice(u *UI) *choice {
	regions, err := u.store.Regions(u.ctx)
	if err != nil {
		fyne.LogError("regions", err)
	}
	names := map[string]string{}
	var codes []string
	for _, r := range regions {
		codes = append(codes, r.Code)
		names[r.Code] = r.Name(u.lang())
	}
	return newChoice(codes, func(c string) string { return names[c] }, nil)
}

func (f *firstRun) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("firstrun.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	intro := wrapped(i18n.T("firstrun.intro"))
	form := widget.NewForm(
		widget.NewFormItem(i18n.T("field.language"), f.lang),
		widget.NewFormItem(i18n.T("field.region"), f.region),
		widget.NewFormItem(i18n.T("field.centre_name"), f.centre),
		widget.NewFormItem(i18n.T("field.head_name"), f.head),
	)
	return container.NewCenter(fixedColumn(640, title, intro, form, f.errText, f.start))
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
	st := f.u.settings
	st.RegionCode = f.region.key()
	st.CentreName = f.centre.Text
	st.HeadName = f.head.Text
	st.Language = i18n.Current()
	if err := f.u.store.SaveSettings(f.u.ctx, st); err != nil {
		f.errText.SetText(errorText(err))
		return
	}
	if err := f.u.reloadSettings(); err != nil {
		f.u.showError(err)
		return
	}
	f.u.build()
	f.u.shell.open("kindergartens")
}
