package settings

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data/datatest"
	"baulu/ui/i18n"
	"baulu/ui/kit/kittest"
)

func TestSettingsThresholdsAndLanguage(t *testing.T) {
	s := datatest.NewConfigured(t, "AST")
	h := kittest.New(t, s)
	st := settingsTab(t, h, settingsGeneral)
	st.form.Entry("threshold_low").SetText("2,7")
	test.Tap(st.save)
	if !strings.Contains(h.Dialogs().Message, "Деңгей шектері") {
		t.Fatalf("reversed thresholds: %q", h.Dialogs().Message)
	}
	if got, _ := s.Settings(ctx); got.ThresholdLow != 1.5 {
		t.Fatalf("bad thresholds written: %v", got.ThresholdLow)
	}
	st.form.Entry("threshold_low").SetText("1,6")
	st.form.Choice("language").SetKey("ru")
	test.Tap(st.save)
	got, _ := s.Settings(ctx)
	if got.Language != "ru" || got.ThresholdLow != 1.6 {
		t.Fatalf("settings %+v", got)
	}
	// The window is asked to rebuild itself in Russian at once.
	if len(h.Reloads) != 1 || h.Reloads[0] != "ru" || i18n.Current() != "ru" {
		t.Fatalf("reloads %v, language %s", h.Reloads, i18n.Current())
	}
}

// The official texts in Russian, the executor and the Institute's
// signatory are saved from their fields, addressed by name.
func TestSettingsOfficialTextsInRussian(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	st := settingsTab(t, h, settingsGeneral)
	for key, v := range map[string]string{
		"centre_name_ru": "Методический центр", "signatory_name_ru": "С. А. Абдикызы", "signatory_position_ru": "Директор",
		"executor_name": "Г. Қасымова", "executor_name_ru": "Г. Касымова", "executor_phone": "8 (7102) 72-10-15",
		"city_ru": "Жезказган", "institute_signatory_name_ru": "А. Б. Иванова",
	} {
		st.form.Entry(key).SetText(v)
	}
	test.Tap(st.save)
	got, _ := s.Settings(ctx)
	o := got.Official("ru")
	if o.CentreName != "Методический центр" || o.SignatoryName != "С. А. Абдикызы" || o.ExecutorName != "Г. Касымова" ||
		o.ExecutorPhone != "8 (7102) 72-10-15" || o.City != "Жезказган" || o.InstituteSignatoryName != "А. Б. Иванова" ||
		got.ExecutorName != "Г. Қасымова" {
		t.Fatalf("settings %+v", got)
	}
}
