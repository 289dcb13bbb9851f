package data

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestEveryReliabilityMessageInThreeLanguages(t *testing.T) {
	for code, m := range reliabilityMessages {
		for i, lang := range []string{"kk", "ru", "en"} {
			s := m[i]
			if strings.TrimSpace(s) == "" || !strings.HasSuffix(s, ".") {
				t.Errorf("%s/%s: %q is not one sentence", code, lang, s)
			}
		}
		if m[0] == m[1] || m[1] == m[2] {
			t.Errorf("%s: a translation is missing", code)
		}
		if !strings.ContainsAny(m[1], "абвгдеёжзийклмнопрстуфхцчшщыэюя") {
			t.Errorf("%s: the ru text is not Russian", code)
		}
		if !strings.ContainsAny(m[0], "әғқңөұүһі") {
			t.Errorf("%s: the kk text has no Kazakh letter", code)
		}
		// The same placeholders in every language.
		for _, ph := range []string{"{pid}", "{since}", "{found}", "{max}", "{path}", "{time}"} {
			if strings.Contains(m[0], ph) != strings.Contains(m[1], ph) || strings.Contains(m[1], ph) != strings.Contains(m[2], ph) {
				t.Errorf("%s: placeholder %s not in every language", code, ph)
			}
		}
	}
}

func TestExplainReliability(t *testing.T) {
	since := time.Date(2026, 11, 25, 9, 30, 0, 0, time.Local)
	cases := []struct {
		err      error
		code     string
		contains string
	}{
		{fmt.Errorf("open: %w", &LockError{Path: "x.lock", PID: 4242, Since: since}), "locked", "4242"},
		{&LockError{Path: "x.lock"}, "locked_unknown", ""},
		{fmt.Errorf("x: %w", &VersionError{Found: 7, Max: 2}), "too_new_versions", "7"},
		{fmt.Errorf("schema 3 > 2: %w", ErrTooNew), "too_new", ""},
		{fmt.Errorf("check: %w: Tree 3 page 4", ErrCorrupt), "corrupt", ""},
		{fmt.Errorf("x: %w", ErrNotDatabase), "not_database", ""},
		{fmt.Errorf("x: %w", ErrNoBackup), "no_backup", ""},
		{ErrNotFound, "", ""},
	}
	for _, tc := range cases {
		code, _ := ReliabilityCode(tc.err)
		if code != tc.code {
			t.Errorf("%v: code %q, want %q", tc.err, code, tc.code)
			continue
		}
		for _, lang := range []string{"kk", "ru", "en"} {
			msg := ExplainReliability(tc.err, lang)
			if (msg == "") != (tc.code == "") || strings.Contains(msg, "{") || !strings.Contains(msg, tc.contains) {
				t.Errorf("%v in %s: %q", tc.err, lang, msg)
			}
		}
	}
	if got := ReliabilityText("corrupt_moved", "ru", map[string]string{"path": "a.db.damaged", "time": "25.11.2026 09:30"}); !strings.Contains(got, "a.db.damaged") || !strings.Contains(got, "25.11.2026") {
		t.Errorf("filled text %q", got)
	}
	if ReliabilityText("corrupt", "de", nil) != reliabilityMessages["corrupt"][0] {
		t.Error("an unknown language should fall back to Kazakh")
	}
}
