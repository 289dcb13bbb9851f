package i18n

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"baulu/data/text"
)

func init() { text.MustRegister("i18ntest", os.DirFS("testdata"), "i18ntest") }

// fyneKeys lists the keys of Fyne's own texts in language l.
func fyneKeys(t *testing.T, l string) []string {
	t.Helper()
	b, err := fyneTexts.ReadFile("fyne/" + l + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestFyneTextsComplete(t *testing.T) {
	// Every key Fyne v2.7.1 translates (its base.en.json) and "(Parent)",
	// which the file dialog asks for though base.en.json lacks it.
	want := []string{"(Parent)", "Advanced", "Cancel", "Confirm", "Copy", "Create Folder", "Cut", "Enter filename", "Error",
		"Favourites", "File", "Folder", "New Folder", "No", "OK", "Open", "Paste", "Quit", "Redo", "Save",
		"Select all", "Show Hidden Files", "Undo", "Yes", "file.name", "file.parent",
		"friday", "friday.short", "monday", "monday.short", "saturday", "saturday.short", "sunday", "sunday.short",
		"thursday", "thursday.short", "tuesday", "tuesday.short", "wednesday", "wednesday.short"}
	for _, l := range text.Languages {
		if ks := fyneKeys(t, l); strings.Join(ks, ",") != strings.Join(want, ",") {
			t.Errorf("%s Fyne keys %v", l, ks)
		}
	}
}

// Fyne's buttons read «ОК» in Kazakh and Russian (not «Жарайды»).
func TestFyneOK(t *testing.T) {
	for _, l := range []string{"kk", "ru"} {
		b, _ := fyneTexts.ReadFile("fyne/" + l + ".json")
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil || m["OK"] != "ОК" {
			t.Errorf("%s OK is %v (%v)", l, m["OK"], err)
		}
	}
}

func TestSetSwitchesTheLanguage(t *testing.T) {
	defer Set("kk")
	if err := Set("ru_RU.UTF-8"); err != nil {
		t.Fatal(err)
	}
	if Current() != "ru" || T("i18ntest.save") != "Сохранить" {
		t.Fatalf("ru: %s %s", Current(), T("i18ntest.save"))
	}
	if got := N("i18ntest.days", 3); got != "3 дня" {
		t.Fatalf("N in Russian: %q", got)
	}
	if got := T("no.such.key"); got != "no.such.key" {
		t.Fatalf("missing key gives %q", got)
	}
	if err := Set("de"); err != nil || Current() != "kk" || N("i18ntest.days", 1) != "1 күн" {
		t.Fatalf("an unknown language must mean Kazakh: %v %s", err, Current())
	}
}
