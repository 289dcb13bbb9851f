package i18n

import (
	"regexp"
	"strings"
	"testing"
)

func TestEveryKeyInEveryLanguage(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
	base := Keys("kk")
	if len(base) < 100 {
		t.Fatalf("only %d Kazakh keys", len(base))
	}
	for _, l := range Languages {
		ks := Keys(l)
		have := map[string]bool{}
		for _, k := range ks {
			have[k] = true
			if v, _ := Lookup(l, k); strings.TrimSpace(v) == "" {
				t.Errorf("%s: %s is empty", l, k)
			}
		}
		for _, k := range base {
			if !have[k] {
				t.Errorf("%s: missing %s", l, k)
			}
		}
		if len(ks) != len(base) {
			t.Errorf("%s has %d keys, kk has %d", l, len(ks), len(base))
		}
	}
}

// Kazakh texts may hold Latin only in names that are written so (Baulu, PDF,
// statistical symbols such as t, U, SD,
// Excel …) and in format verbs; everything else is a forgotten translation or
// a Latin i typed for the Kazakh і.
var latinAllowed = regexp.MustCompile(`\b(SD|df|[tUnpdrVZW])\b|Baulu|PDF|Excel|xlsx|SHA-256|%[-+ #0-9.]*[a-zA-Z]|\b[IV]+\b|φ\*|p ≤|e-mail`)

func TestNoLatinInKazakhNoCyrillicInEnglish(t *testing.T) {
	latin := regexp.MustCompile(`[A-Za-z]`)
	cyr := regexp.MustCompile(`[\p{Cyrillic}]`)
	for _, k := range Keys("kk") {
		v, _ := Lookup("kk", k)
		if rest := latinAllowed.ReplaceAllString(v, ""); latin.MatchString(rest) {
			t.Errorf("kk %s has Latin letters: %q", k, v)
		}
		v, _ = Lookup("ru", k)
		if rest := latinAllowed.ReplaceAllString(v, ""); latin.MatchString(rest) {
			t.Errorf("ru %s has Latin letters: %q", k, v)
		}
		v, _ = Lookup("en", k)
		if cyr.MatchString(v) && !strings.Contains(k, "subtitle") {
			t.Errorf("en %s has Cyrillic letters: %q", k, v)
		}
	}
}

func TestFormatVerbsAgree(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+ #0-9.]*[a-zA-Z]`)
	for _, k := range Keys("kk") {
		kk, _ := Lookup("kk", k)
		for _, l := range []string{"ru", "en"} {
			v, _ := Lookup(l, k)
			a, b := verbs.FindAllString(kk, -1), verbs.FindAllString(v, -1)
			if strings.Join(a, ",") != strings.Join(b, ",") {
				t.Errorf("%s: kk verbs %v, %s verbs %v", k, a, l, b)
			}
		}
	}
}

func TestFyneTextsComplete(t *testing.T) {
	en, err := FyneKeys("en")
	if err != nil {
		t.Fatal(err)
	}
	// Every key Fyne v2.7.1 translates (its base.en.json).
	want := []string{"Advanced", "Cancel", "Confirm", "Copy", "Create Folder", "Cut", "Enter filename", "Error",
		"Favourites", "File", "Folder", "New Folder", "No", "OK", "Open", "Paste", "Quit", "Redo", "Save",
		"Select all", "Show Hidden Files", "Undo", "Yes", "file.name", "file.parent",
		"friday", "friday.short", "monday", "monday.short", "saturday", "saturday.short", "sunday", "sunday.short",
		"thursday", "thursday.short", "tuesday", "tuesday.short", "wednesday", "wednesday.short"}
	if strings.Join(en, ",") != strings.Join(want, ",") {
		t.Fatalf("en Fyne keys %v", en)
	}
	for _, l := range []string{"kk", "ru"} {
		ks, err := FyneKeys(l)
		if err != nil || strings.Join(ks, ",") != strings.Join(want, ",") {
			t.Errorf("%s Fyne keys %v, %v", l, ks, err)
		}
	}
}

func TestSetAndNormalize(t *testing.T) {
	for in, want := range map[string]string{"ru_RU.UTF-8": "ru", "kk-KZ": "kk", "C": "kk", "": "kk", "de": "kk", "en_GB": "en"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	defer Set("kk")
	if err := Set("ru"); err != nil {
		t.Fatal(err)
	}
	if Current() != "ru" || T("button.save") != "Сохранить" {
		t.Fatalf("ru: %s %s", Current(), T("button.save"))
	}
	if got := T("no.such.key"); got != "no.such.key" {
		t.Fatalf("missing key gives %q", got)
	}
	if In("kk", "button.save") != "Сақтау" {
		t.Fatal("In(kk)")
	}
}
