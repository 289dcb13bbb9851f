package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data/text"
	"baulu/ui/i18n"
)

// settingsScreen edits who the installation belongs to, the UI language
// (applied at once) and the level thresholds.
type settingsScreen struct {
	u                     *UI
	region                *choice
	centre, head, headPos *widget.Entry
	signName, signPos     *widget.Entry
	language              *choice
	low, high             *widget.Entry
	save                  *widget.Button

	tabs    *container.AppTabs // general, backups, region package (settings_tabs.go)
	backups *backupsTab
	pkg     *packageTab
}

func newSettingsScreen(u *UI) *settingsScreen {
	s := &settingsScreen{u: u}
	st := u.settings
	s.region = newRegionChoice(u)
	s.region.setKey(st.RegionCode)
	entry := func(text string) *widget.Entry { e := widget.NewEntry(); e.SetText(text); return e }
	s.centre, s.head, s.headPos = entry(st.CentreName), entry(st.HeadName), entry(st.HeadPosition)
	s.signName, s.signPos = entry(st.SignatoryName), entry(st.SignatoryPosition)
	s.language = newChoice(text.Languages, func(k string) string { return i18n.T("language." + k) }, nil)
	s.language.setKey(st.Language)
	s.low, s.high = entry(formatFloat(st.ThresholdLow, 2)), entry(formatFloat(st.ThresholdHigh, 2))
	s.save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	return s
}

// general is the first tab: who the installation belongs to, language and
// thresholds.
func (s *settingsScreen) general() fyne.CanvasObject {
	hint := widget.NewLabel(i18n.T("settings.thresholds.hint"))
	hint.Wrapping = fyne.TextWrapWord
	langHint := widget.NewLabel(i18n.T("settings.language.hint"))
	langHint.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(i18n.T("field.region"), s.region),
		widget.NewFormItem(i18n.T("field.centre_name"), s.centre),
		widget.NewFormItem(i18n.T("field.head_name"), s.head),
		widget.NewFormItem(i18n.T("field.head_position"), s.headPos),
		widget.NewFormItem(i18n.T("field.signatory_name"), s.signName),
		widget.NewFormItem(i18n.T("field.signatory_position"), s.signPos),
		widget.NewFormItem(i18n.T("field.language"), s.language),
		widget.NewFormItem("", langHint),
		widget.NewFormItem(i18n.T("field.threshold_low"), s.low),
		widget.NewFormItem(i18n.T("field.threshold_high"), s.high),
		widget.NewFormItem("", hint),
	)
	title := widget.NewLabelWithStyle(i18n.T("nav.settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(title, container.NewHBox(s.save), nil, nil, container.NewVScroll(form))
}

func (s *settingsScreen) onSave() {
	st := s.u.settings
	low, err := parseFloat("threshold_low", s.low.Text)
	if err != nil {
		s.u.showError(err)
		return
	}
	high, err := parseFloat("threshold_high", s.high.Text)
	if err != nil {
		s.u.showError(err)
		return
	}
	st.RegionCode, st.CentreName, st.HeadName, st.HeadPosition = s.region.key(), s.centre.Text, s.head.Text, s.headPos.Text
	st.SignatoryName, st.SignatoryPosition = s.signName.Text, s.signPos.Text
	st.ThresholdLow, st.ThresholdHigh = low, high
	newLang := s.language.key()
	apply := func() {
		if err := s.u.store.SaveSettings(s.u.ctx, st); err != nil {
			s.u.showError(err)
			return
		}
		if err := s.u.reloadSettings(); err != nil {
			s.u.showError(err)
			return
		}
		if newLang != i18n.Current() {
			if err := s.u.setLanguage(newLang); err != nil {
				s.u.showError(err)
				return
			}
		} else {
			s.u.build()
			s.u.shell.open("settings")
		}
		s.u.status(i18n.T("status.saved"))
	}
	if st.RegionCode != s.u.settings.RegionCode {
		dialog.ShowConfirm(i18n.T("settings.region.confirm.title"), i18n.T("settings.region.confirm.body"), func(ok bool) {
			if ok {
				apply()
			}
		}, s.u.win)
		return
	}
	apply()
}
