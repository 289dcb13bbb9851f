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
// Institute's signatory (official.go) — the UI language (applied at once) and the level
// thresholds.
type settingsScreen struct {
	h    shell
	form *kit.Form
	save *widget.Button
	// institute: the Institute's national copy, whose form has no region
	// or centre (official.go).
	institute bool

	tabs    *container.AppTabs // general, backups, region package (settings_tabs.go)
	backups *backupsTab
	pkg     *packageTab
	period  *periodTab
}

func newSettingsScreen(h shell) *settingsScreen {
	s := &settingsScreen{h: h}
	st := h.Settings()
	language := kit.NewChoice(text.Languages, func(k string) string { return i18n.T("language." + k) }, nil)
	language.SetKey(st.Language)
	// The Institute's national copy shows what applies to it (official.go).
	s.institute = st.Institute && st.RegionCode == ""
	var fields []kit.Field
	if s.institute {
		fields = instituteFields(st)
	} else {
		fields = centreFields(h, st)
	}
	s.form = kit.NewForm(append(fields,
		kit.Pick("language", language),
		kit.Note(i18n.T("settings.language.hint")),
		kit.Text("threshold_low", kit.FormatFloat(st.ThresholdLow, 2)),
		kit.Text("threshold_high", kit.FormatFloat(st.ThresholdHigh, 2)),
		kit.Note(i18n.T("settings.thresholds.hint")),
	)...)
	s.save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	return s
}

// general is the first tab: who the installation belongs to, language and
// thresholds.
func (s *settingsScreen) general() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav.settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(title, container.NewHBox(s.save), nil, nil, s.form.Scrolled())
}

func (s *settingsScreen) onSave() {
	st := s.h.Settings()
	f := s.form
	low, err := kit.ParseFloat("threshold_low", f.Text("threshold_low"))
	if err != nil {
		f.Refuse(s.h, err)
		return
	}
	high, err := kit.ParseFloat("threshold_high", f.Text("threshold_high"))
	if err != nil {
		f.Refuse(s.h, err)
		return
	}
	readOfficial(f, s.institute, &st)
	st.ThresholdLow, st.ThresholdHigh = low, high
	newLang := f.Choice("language").Key()
	apply := func() {
		if err := s.h.Store().SaveSettings(s.h.Context(), st); err != nil {
			f.Refuse(s.h, err)
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
