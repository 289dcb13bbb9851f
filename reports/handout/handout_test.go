package handout

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/text"
)

// fixture is a region with one group of named children.
func fixture(t *testing.T) (*data.Store, data.Group) {
	t.Helper()
	s := datatest.NewConfigured(t, "ULY")
	kgs, err := s.Kindergartens(context.Background(), "ULY")
	if err != nil {
		t.Fatal(err)
	}
	g := datatest.AddGroup(t, s, kgs[0].ID, "Құлыншақ", data.RoleExperimental)
	g.Teacher = "Ахметова Гүлнар Серікқызы"
	if err := s.SaveGroup(context.Background(), &g); err != nil {
		t.Fatal(err)
	}
	for _, c := range datatest.AddChildren(t, s, g.ID, 3) {
		c.FullName = "Әлихан Тексерісұлы"
		if err := s.SaveChild(context.Background(), &c); err != nil {
			t.Fatal(err)
		}
	}
	return s, g
}

// pdfText extracts the text of a PDF, whitespace collapsed, and its page count.
func pdfText(t *testing.T, pdf []byte) (string, int) {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed")
	}
	path := filepath.Join(t.TempDir(), "h.pdf")
	os.WriteFile(path, pdf, 0o644)
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Count(strings.TrimRight(string(out), "\f\n "), "\f") + 1
	return strings.Join(strings.Fields(string(out)), " "), pages
}

// TestEveryDirectionFitsOnePage makes the handout of each direction in
// both languages: one page with the group, the quarter and both lists.
func TestEveryDirectionFitsOnePage(t *testing.T) {
	s, g := fixture(t)
	ctx := context.Background()
	dirs, _ := s.Directions(ctx, true)
	for _, d := range dirs {
		for _, lang := range []string{"kk", "ru"} {
			var buf bytes.Buffer
			o := Options{GroupID: g.ID, Direction: d.Code, Lang: lang, Quarter: 3, Now: datatest.Today}
			if err := Generate(ctx, s, &buf, o); err != nil {
				t.Fatalf("%s/%s: %v", d.Code, lang, err)
			}
			got, pages := pdfText(t, buf.Bytes())
			if pages != 1 {
				t.Errorf("%s/%s: %d pages", d.Code, lang, pages)
			}
			h, _ := s.HandoutText(ctx, d.ID, lang)
			// The header is the kindergarten's official name in the handout's language.
			header := map[string]string{"kk": "««Тамаша» бөбекжай-бақшасы» КМҚК", "ru": "КГКП «Ясли-сад «Тамаша»»"}[lang]
			want := append([]string{text.T(lang, "handoutpdf.title"), "Құлыншақ", d.Name(lang), "Ахметова Гүлнар Серікқызы",
				map[string]string{"kk": "2026 жылғы III тоқсан", "ru": "III квартал 2026 года"}[lang], header},
				h.PractisedItems()[0][:20], h.AtHomeItems()[0][:20])
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%s/%s lacks %q", d.Code, lang, w)
				}
			}
			if strings.Contains(got, "Тексерісұлы") {
				t.Errorf("%s/%s shows a child's name", d.Code, lang)
			}
		}
	}
}

// TestLongestTextsFit: texts at the store's limits, in many short items
// or a few long ones, still fit one page.
func TestLongestTextsFit(t *testing.T) {
	s, g := fixture(t)
	ctx := context.Background()
	words := []rune(strings.Repeat("Балаға үйде шамасы келетін тапсырмалар беріңіз ", 20))
	list := func(items int) string {
		per := data.HandoutMaxChars/items - 1
		var lines []string
		for range items {
			lines = append(lines, string(words[:per]))
		}
		return strings.Join(lines, "\n")
	}
	for _, items := range []int{1, 2, 4, data.HandoutMaxItems} {
		for _, lang := range []string{"kk", "ru"} {
			h := data.HandoutText{DirectionID: 2, Lang: lang, Practised: list(items), AtHome: list(items)}
			if err := s.SaveHandoutText(ctx, &h); err != nil {
				t.Fatalf("save the longest text: %v", err)
			}
			err := Generate(ctx, s, &bytes.Buffer{}, Options{GroupID: g.ID, Direction: "cooking", Lang: lang, Now: datatest.Today})
			if err != nil {
				t.Errorf("%d items, %s: %v", items, lang, err)
			}
		}
	}
}

// TestTooLongIsRefused: a text longer than a page (only possible past the
// store's limits) gives ErrTooLong and writes nothing.
func TestTooLongIsRefused(t *testing.T) {
	long := strings.Repeat("Балаға үйде шамасы келетін тапсырмалар беріңіз, бірге жасаңыз.\n", 30)
	doc := compose(Options{Lang: "kk", Quarter: 1}, data.Kindergarten{Name: "«Тамаша»"}, data.Group{Name: "Құлыншақ"},
		data.Direction{NameKK: "Бақша"}, data.HandoutText{Practised: long, AtHome: long})
	var buf bytes.Buffer
	if err := write(&buf, doc); !errors.Is(err, ErrTooLong) || buf.Len() != 0 {
		t.Fatalf("error %v, %d bytes written", err, buf.Len())
	}
}

func TestHandoutErrors(t *testing.T) {
	s, g := fixture(t)
	ctx := context.Background()
	cases := []struct {
		o    Options
		want error
	}{
		{Options{GroupID: g.ID, Direction: "cooking", Lang: "en"}, ErrOptions},
		{Options{GroupID: g.ID, Direction: "cooking", Lang: "kk", Quarter: 5}, ErrOptions},
		{Options{GroupID: 999, Direction: "cooking", Lang: "kk"}, data.ErrNotFound},
		{Options{GroupID: g.ID, Direction: "nope", Lang: "kk"}, data.ErrNotFound},
	}
	for i, c := range cases {
		if err := Generate(ctx, s, &bytes.Buffer{}, c.o); !errors.Is(err, c.want) {
			t.Errorf("case %d: %v, want %v", i, err, c.want)
		}
	}
}

func TestFileName(t *testing.T) {
	g := data.Group{Name: "Құлыншақ"}
	d := data.Direction{NameKK: "Аспаздық аймағы", NameRU: "Кулинарная зона"}
	if got := FileName(g, d, Options{Lang: "kk", Quarter: 3}); got != "Жадынама-Құлыншақ-Аспаздық-аймағы-3-тоқсан.pdf" {
		t.Error(got)
	}
	if got := FileName(g, d, Options{Lang: "ru", Quarter: 1}); got != "Памятка-Құлыншақ-Кулинарная-зона-1-квартал.pdf" {
		t.Error(got)
	}
}
