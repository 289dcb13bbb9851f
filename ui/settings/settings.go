package settings

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

// settingsScreen edits who the installation belongs to — the official
// texts of the reports in Kazakh and in Russian, the executor and the
// Institute's signatory — the UI language (applied at once) and the level
// thresholds.
type settingsScreen struct {
	h    shell
	form *kit.Form
	save *widget.Button

	tabs    *container.AppTabs // general, backups, region package (settings_tabs.go)
	backups *backupsTab
	pkg     *packageTab
	period  *periodTab
}

func newSettingsScreen(h shell) *settingsScreen {
	s := &settingsScreen{h: h}
	st := h.Settings()
	region := kit.RegionChoice(h)
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
		kit.Text("executor_name", st.ExecutorName),
		kit.Text("executor_phone", st.ExecutorPhone),
		kit.Text("city", st.City).WithHint(i18n.T("field.city.hint")),
		// The same texts in Russian, for the Russian reports.
		kit.Note(i18n.T("settings.ru.hint")),
		kit.Text("centre_name_ru", st.CentreNameRU),
		kit.Text("head_name_ru", st.HeadNameRU),
		kit.Text("head_position_ru", st.HeadPositionRU),
		kit.Text("signatory_name_ru", st.SignatoryNameRU),
		kit.Text("signatory_position_ru", st.SignatoryPositionRU),
		kit.Text("executor_name_ru", st.ExecutorNameRU),
		kit.Text("city_ru", st.CityRU),
		kit.Note(i18n.T("settings.institute.hint")),
		kit.Text("institute_signatory_name", st.InstituteSignatoryName),
		kit.Text("institute_signatory_position", st.InstituteSignatoryPosition),
		kit.Text("institute_signatory_name_ru", st.InstituteSignatoryNameRU),
		kit.Text("institute_signatory_position_ru", st.InstituteSignatoryPositionRU),
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
	st := s.h.Settings()
	f := s.form
	low, err := kit.ParseFloat("threshold_low", f.Text("threshold_low"))
	if err != nil {
		s.h.ShowError(err)
		return
	}
	high, err := kit.ParseFloat("threshold_high", f.Text("threshold_high"))
	if err != nil {
		s.h.ShowError(err)
		return
	}
	st.RegionCode, st.CentreName, st.HeadName, st.HeadPosition = f.Choice("region").Key(), f.Text("centre_name"), f.Text("head_name"), f.Text("head_position")
	st.SignatoryName, st.SignatoryPosition = f.Text("signatory_name"), f.Text("signatory_position")
	st.ExecutorName, st.ExecutorPhone, st.City = f.Text("executor_name"), f.Text("executor_phone"), f.Text("city")
	st.CentreNameRU, st.HeadNameRU, st.HeadPositionRU = f.Text("centre_name_ru"), f.Text("head_name_ru"), f.Text("head_position_ru")
	st.SignatoryNameRU, st.SignatoryPositionRU = f.Text("signatory_name_ru"), f.Text("signatory_position_ru")
	st.ExecutorNameRU, st.CityRU = f.Text("executor_name_ru"), f.Text("city_ru")
	st.InstituteSignatoryName, st.InstituteSignatoryPosition = f.Text("institute_signatory_name"), f.Text("institute_signatory_position")
	st.InstituteSignatoryNameRU, st.InstituteSignatoryPositionRU = f.Text("institute_signatory_name_ru"), f.Text("institute_signatory_position_ru")
	st.ThresholdLow, st.ThresholdHigh = low, high
	newLang := f.Choice("language").Key()
	apply := func() {
		if err := s.h.Store().SaveSettings(s.h.Context(), st); err != nil {
			s.h.ShowError(err)
			return
		}
		// The window is built again: the region's name, the language and
		// the thresholds show everywhere.
		if err := s.h.Reload(newLang); err != nil {
			s.h.ShowError(err)
			return
		}
		s.h.Status(i18n.T("status.saved"))
	}
	if st.RegionCode != s.h.Settings().RegionCode {
		dialog.ShowConfirm(i18n.T("settings.region.confirm.title"), i18n.T("settings.region.confirm.body"), func(ok bool) {
			if ok {
				apply()
			}
		}, s.h.Dialogs().Window())
		return
	}
	apply()
}
