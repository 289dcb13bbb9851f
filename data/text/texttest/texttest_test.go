package texttest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tree writes Go files (name → source) into a temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, src := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

var funcs = append(slices.Clone(Calls),
	Func{Name: ".T", Arg: 0},
	Func{Name: "labels.Of", Arg: 1, Prefix: "demo."},
	Func{Name: "i18n.T", Arg: 0, Registered: true})

var keys = []string{"demo.used", "demo.kind.a", "demo.kind.b", "demo.children.one", "demo.children.other",
	"demo.method", "demo.listed", "demo.role.x", "demo.only_in_test", "demo.unused"}

const clean = `package a

import "baulu/data/text"

func f(lang, kind string, w interface{ T(string) string }) {
	_ = text.T(lang, "demo.used", "n", 3)
	_ = text.T(lang, "demo.kind."+kind)
	_ = text.T(lang, "demo.kind."+kind+".x") // still the prefix demo.kind.
	_ = text.T(lang, "demo." + "used")
	_ = text.N(lang, "demo.children", 3)
	_ = w.T("demo.method")
	_ = labels.Of(lang, "role.", kind)
	_ = []string{"demo.listed"}
	_ = text.Int(lang, 5)
	_ = i18n.T("nav.home") // the ui domain is not registered yet
}
`

func problems(t *testing.T, files map[string]string, dynamic ...string) []string {
	t.Helper()
	s, err := Scan(tree(t, files), funcs)
	if err != nil {
		t.Fatal(err)
	}
	return s.Problems(keys, dynamic)
}

func TestCleanTree(t *testing.T) {
	got := problems(t, map[string]string{"a/a.go": clean}, "demo.kind.", "demo.role.")
	want := []string{`key "demo.only_in_test" is defined but never used`, `key "demo.unused" is defined but never used`}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFindsMutations changes the clean tree one way at a time: each
// change must be reported, at its place.
func TestFindsMutations(t *testing.T) {
	cases := []struct {
		name, file, line, want string
		dynamic                []string
	}{
		{"undefined key", "a/b.go", `_ = text.T(lang, "demo.typo")`, `a/b.go:4: key "demo.typo" is not defined`, nil},
		{"undefined method key", "a/b.go", `_ = w.T("demo.methd")`, `a/b.go:4: key "demo.methd" is not defined`, nil},
		{"undefined in a test", "a/b_test.go", `_ = text.T("kk", "demo.test_typo")`, `a/b_test.go:4: key "demo.test_typo" is not defined`, nil},
		{"undefined plural", "a/b.go", `_ = text.N(lang, "demo.childs", 2)`, `a/b.go:4: plural key "demo.childs" has no demo.childs.other`, nil},
		{"undeclared prefix", "a/b.go", `_ = text.T(lang, "demo.other."+kind)`, `a/b.go:4: dynamic key prefix "demo.other." is not declared`, nil},
		{"prefix of no key", "a/b.go", `_ = text.T(lang, "demo.kind.z"+kind)`, `a/b.go:4: no key starts with "demo.kind.z"`, nil},
		{"registered domain", "a/b.go", `_ = i18n.T("demo.nope")`, `a/b.go:4: key "demo.nope" is not defined`, nil},
		{"stale prefix", "", "", `declared dynamic prefix "demo.stale." matches no key`, []string{"demo.stale."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"a/a.go": clean}
			if tc.file != "" {
				files[tc.file] = "package a\n\nfunc g(lang, kind string, w interface{ T(string) string }) {\n\t" + tc.line + "\n}\n"
			}
			got := problems(t, files, append([]string{"demo.kind.", "demo.role."}, tc.dynamic...)...)
			if !slices.Contains(got, tc.want) {
				t.Errorf("%s not reported:\n%s", tc.want, strings.Join(got, "\n"))
			}
			if len(got) != 3 {
				t.Errorf("want the two unused keys and this problem, got:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

// TestUseInTestOnly: a key only a test uses is still unused by the program.
func TestUseInTestOnly(t *testing.T) {
	got := problems(t, map[string]string{"a/a.go": clean,
		"a/a_test.go": "package a\n\nvar _ = text.T(\"kk\", \"demo.only_in_test\")\n"}, "demo.kind.", "demo.role.")
	if !slices.Contains(got, `key "demo.only_in_test" is defined but never used`) {
		t.Errorf("a key used by a test only was taken as used:\n%s", strings.Join(got, "\n"))
	}
	got = problems(t, map[string]string{"a/a.go": clean + "\nvar _ = text.T(\"kk\", \"demo.only_in_test\")\n"}, "demo.kind.", "demo.role.")
	if slices.Contains(got, `key "demo.only_in_test" is defined but never used`) {
		t.Errorf("a used key reported unused:\n%s", strings.Join(got, "\n"))
	}
}
