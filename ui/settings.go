package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data/text"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// settingsScreen edits who the installation belongs to, the UI language
// (applied at once) and the level thresholds.
type settingsScreen struct {
	u    *UI
	form *kit.Form
	save *widget.Button

	tabs    *container.AppTabs // general, backups, region package (settings_tabs.go)
	backups *backupsTab
	pkg     *packageTab
}

func newSettingsScreen(u *UI) *settingsScreen {
	s := &settingsScreen{u: u}
	st := u.settings
	region := newRegionChoice(u)
	region.SetKey(st.RegionCode)
	language := kit.NewChoice(text.Languages, func(k string) string { return i18n.T("language." + k) }, nil)
	language.SetKey(st.Language)
	s.form = kit.NewForm(
		kit.Pick("region", region),
		kit.Text("centre_name", st.CentreName),
		kit.Text("head_name", st.HeadName),
		kit.Text("head_position", st.HeadPosition),
		kit.Text("signatory_name", st.SignatoryName),
		kit.Text("signatory_position", st.SignatoryPosition),
		kit.Pick("language", language),
		kit.Note(i18n.T("settings.language.hint")),
		kit.Text("threshold_low", kit.FormatFloat(st.ThresholdLow, 2)),
		kit.Text("threshold_high", kit.FormatFloat(st.ThresholdHigh, 2)),
		kit.Note(i18n.T("settings.thresholds.hint")),
	)
	s.save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	return s
}

// general is the first tab: who the installation belongs to, language and
// thresholds.
func (s *settingsScreen) general() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(title, container.NewHBox(s.save), nil, nil, container.NewVScroll(s.form.Widget))
}

func (s *settingsScreen) onSave() {
	st := s.u.settings
	f := s.form
	low, err := kit.ParseFloat("threshold_low", f.Text("threshold_low"))
	if err != nil {
		s.u.ShowError(err)
		return
	}
	high, err := kit.ParseFloat("threshold_high", f.Text("threshold_high"))
	if err != nil {
		s.u.ShowError(err)
		return
	}
	st.RegionCode, st.CentreName, st.HeadName, st.HeadPosition = f.Choice("region").Key(), f.Text("centre_name"), f.Text("head_name"), f.Text("head_position")
	st.SignatoryName, st.SignatoryPosition = f.Text("signatory_name"), f.Text("signatory_position")
	st.ThresholdLow, st.ThresholdHigh = low, high
	newLang := f.Choice("language").Key()
	apply := func() {
		if err := s.u.store.SaveSettings(s.u.ctx, st); err != nil {
			s.u.ShowError(err)
			return
		}
		if err := s.u.reloadSettings(); err != nil {
			s.u.ShowError(err)
			return
		}
		if newLang != i18n.Current() {
			if err := s.u.setLanguage(newLang); err != nil {
				s.u.ShowError(err)
				return
			}
		} else {
			s.u.build()
			s.u.shell.open("settings")
		}
		s.u.Status(i18n.T("status.saved"))
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
