package sysenv

import (
	"os"
	"testing"
)

func TestFix(t *testing.T) {
	cases := []struct{ lcAll, lang, language, want string }{
		{"", "C.UTF-8", "", "kk"},
		{"", "POSIX.UTF-8", "", "kk"},
		{"C.UTF-8", "ru_RU.UTF-8", "", "kk"},
		{"", "ru_RU.UTF-8", "", ""},
		{"", "C", "", ""},
		{"", "C.UTF-8", "ru", "ru"},
	}
	for _, c := range cases {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		t.Setenv("LANGUAGE", c.language)
		Fix()
		if got := os.Getenv("LANGUAGE"); got != c.want {
			t.Errorf("LC_ALL=%q LANG=%q LANGUAGE=%q: got %q, want %q", c.lcAll, c.lang, c.language, got, c.want)
		}
	}
}
