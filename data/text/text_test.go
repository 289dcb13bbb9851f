package text

import (
	"os"
	"strings"
	"testing"
)

func TestRegisterLookupFill(t *testing.T) {
	c := New()
	if err := c.Register("good", os.DirFS("testdata"), "good"); err != nil {
		t.Fatal(err)
	}
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ lang, key, want string }{
		{"kk", "t.hello", "Сәлем, Әсел!"},
		{"ru_RU.UTF-8", "t.hello", "Привет, Әсел!"},
		{"C", "t.hello", "Сәлем, Әсел!"},
		{"en", "t.hello", "Hello, Әсел!"},
		{"ru", "t.missing", "t.missing"},
	}
	for _, tc := range cases {
		if got := c.T(tc.lang, tc.key, "name", "Әсел"); got != tc.want {
			t.Errorf("c.T(%s, %s) = %q, want %q", tc.lang, tc.key, got, tc.want)
		}
	}
	if got := c.T("kk", "t.hello"); got != "Сәлем, {name}!" {
		t.Errorf("a missing value must stay visible, got %q", got)
	}
}

func TestPlural(t *testing.T) {
	c := New()
	if err := c.Register("good", os.DirFS("testdata"), "good"); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang string
		n    int
		want string
	}{
		{"ru", 1, "1 ребёнок"}, {"ru", 3, "3 ребёнка"}, {"ru", 5, "5 детей"}, {"ru", 11, "11 детей"},
		{"ru", 21, "21 ребёнок"}, {"ru", 112, "112 детей"}, {"ru", 24, "24 ребёнка"},
		{"en", 1, "1 child"}, {"en", 2, "2 children"}, {"kk", 1, "1 бала"}, {"kk", 12345, "12\u00a0345 бала"},
	}
	for _, tc := range cases {
		if got := c.N(tc.lang, "t.children", tc.n); got != tc.want {
			t.Errorf("c.N(%s, %d) = %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

func TestCheckFindsProblems(t *testing.T) {
	c := New()
	if err := c.Register("bad", os.DirFS("testdata"), "bad"); err != nil {
		t.Fatal(err)
	}
	err := c.Check()
	if err == nil {
		t.Fatal("Check passed a broken catalogue")
	}
	for _, want := range []string{`"b.only_kk" is in kk but not in ru`, `"b.one" has placeholders [a b] in kk, [a] in ru`, `"b.empty" is empty`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Check's report lacks %q:\n%v", want, err)
		}
	}
}

func TestDuplicateKeyRefused(t *testing.T) {
	c := New()
	if err := c.Register("good", os.DirFS("testdata"), "good"); err != nil {
		t.Fatal(err)
	}
	if err := c.Register("again", os.DirFS("testdata"), "good"); err == nil {
		t.Fatal("a key defined by two domains was accepted")
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct{ got, want string }{
		{Int("kk", 2026), "2026"},
		{Int("ru", 3286986), "3\u00a0286\u00a0986"},
		{Int("en", -12345), "−12,345"},
		{Num("kk", 3286986.5, 1), "3\u00a0286\u00a0986,5"},
		{Num("ru", -0.001, 2), "0,00"},
		{Num("ru", -1.25, 2), "−1,25"},
		{Num("en", 0.5, 3), "0.500"},
		{Trim("kk", 2.50, 2), "2,5"},
		{Trim("kk", 7562, 2), "7562"},
		{Pct("ru", 11, 1), "11,0\u00a0%"},
		{Pct("en", 11, 1), "11.0%"},
		{Num("kk", nan(), 2), Dash},
	}
	for i, tc := range cases {
		if tc.got != tc.want {
			t.Errorf("case %d: %q, want %q", i, tc.got, tc.want)
		}
	}
}
