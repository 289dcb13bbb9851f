package regionpkg

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"baulu/data/text"
)

// TestEveryCodeHasMessage: the catalogue's regionpkg sentences are exactly
// the error codes, the invalid-record reasons and the success message
// (Text builds their keys from the codes, so the whole-program key test
// cannot see which are used).
func TestEveryCodeHasMessage(t *testing.T) {
	want := slices.Collect(maps.Values(codes))
	want = append(want, reasonDuplicate, reasonReference, reasonValue, "imported")
	slices.Sort(want)
	var got []string
	for _, k := range text.Keys("regionpkg") {
		if !strings.HasPrefix(k, "regionpkg.item.") {
			got = append(got, strings.TrimPrefix(k, "regionpkg."))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("messages %v,\nwant %v", got, want)
	}
	if err := text.Check(); err != nil {
		t.Error(err)
	}
}

func TestTextFillsNames(t *testing.T) {
	args := map[string]string{"region": "ULY", "item": "child", "key": "ULY-01", "field": "sex"}
	cases := []struct{ lang, want string }{
		{"kk", "«ULY-01» (бала) жазбасында жарамсыз мән бар (sex)"},
		{"ru", "В записи «ULY-01» (ребёнок) недопустимое значение (sex)"},
		{"en", "The child «ULY-01» has an invalid value (sex)"},
	}
	for _, c := range cases {
		if got := Text("invalid_value", c.lang, args); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want it to start with %q", c.lang, got, c.want)
		}
	}
	if got := Text("own_region", "ru", args); !strings.Contains(got, "Ұлытау") {
		t.Errorf("the region code is not named: %q", got)
	}
	if Text("no_such_code", "kk", nil) != "" {
		t.Error("an unknown code must give an empty text")
	}
}
