package settings

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// The Institute's national copy shows what applies to it: no region or
// centre fields, a note saying they are not used, the Institute's
// signatory and the executor, which it saves; the centres' texts stay.
func TestSettingsOfInstituteCopy(t *testing.T) {
	s := datatest.New(t)
	if err := s.StartInstitute(ctx, "kk"); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	st := settingsTab(t, h, settingsGeneral)
	for _, key := range []string{"region", "centre_name", "head_name", "signatory_name", "city", "centre_name_ru"} {
		if formHas(st, key) {
			t.Errorf("the Institute's settings show %q", key)
		}
	}
	if !hasLabel(st.form.Widget, i18n.T("settings.institute.copy")) {
		t.Error("no note that the region fields are not used")
	}
	for key, v := range map[string]string{
		"institute_signatory_name": "Ә. Б. Нұрланова", "institute_signatory_position": "Директордың орынбасары",
		"institute_signatory_name_ru": "А. Б. Нурланова", "executor_name": "Г. Сәрсенова", "executor_name_ru": "Г. Сарсенова",
		"executor_phone": "8 (7172) 57-20-11",
	} {
		st.form.Entry(key).SetText(v)
	}
	test.Tap(st.save)
	if h.Dialogs().Message != "" {
		t.Fatalf("save: %q", h.Dialogs().Message)
	}
	got, _ := s.Settings(ctx)
	if !got.Institute || got.RegionCode != "" || got.InstituteSignatoryName != "Ә. Б. Нұрланова" ||
		got.InstituteSignatoryNameRU != "А. Б. Нурланова" || got.ExecutorName != "Г. Сәрсенова" || got.ExecutorNameRU != "Г. Сарсенова" ||
		got.ExecutorPhone != "8 (7172) 57-20-11" || got.InstituteSignatoryPosition != "Директордың орынбасары" {
		t.Fatalf("settings %+v", got)
	}
}

// A centre's settings keep the region and centre fields, without the
// Institute's note.
func TestSettingsOfCentreShowRegion(t *testing.T) {
	h := kittest.New(t, datatest.NewConfigured(t, "ULY"))
	st := settingsTab(t, h, settingsGeneral)
	for _, key := range []string{"region", "centre_name", "head_name", "centre_name_ru", "institute_signatory_name"} {
		if !formHas(st, key) {
			t.Errorf("a centre's settings lack %q", key)
		}
	}
	if hasLabel(st.form.Widget, i18n.T("settings.institute.copy")) {
		t.Error("a centre's settings say they are the Institute's")
	}
}

// formHas tells whether the settings form has the field key.
func formHas(st *settingsScreen, key string) (ok bool) {
	defer func() { ok = recover() == nil }()
	st.form.Object(key)
	return
}

// hasLabel tells whether a row of the form is the label text.
func hasLabel(f *widget.Form, text string) bool {
	for _, it := range f.Items {
		if l, ok := it.Widget.(*widget.Label); ok && l.Text == text {
			return true
		}
	}
	return false
}

// A wrong threshold at the foot of a long form is scrolled into view when
// Save refuses it, on a window too low to show the whole form.
func TestSettingsScrollsToTheWrongField(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	h.Win.Resize(fyne.NewSize(1024, 480))
	st := settingsTab(t, h, settingsGeneral)
	e := st.form.Object("threshold_high") // the widget on the canvas
	inView := func() bool {
		y := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Y
		return y >= 0 && y+e.Size().Height <= h.Win.Canvas().Size().Height
	}
	if inView() {
		t.Fatal("the field is in view from the start: the test proves nothing")
	}
	st.form.Entry("threshold_high").SetText("үш")
	test.Tap(st.save)
	if !strings.Contains(h.Dialogs().Message, "III деңгейдің шегі") || !inView() {
		t.Fatalf("message %q, field in view %v", h.Dialogs().Message, inView())
	}
}
