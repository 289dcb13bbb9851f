package xlsxio

import (
	"errors"
	"strings"
	"testing"

	"baulu/data/text"
)

func TestParseScore(t *testing.T) {
	cases := []struct {
		in   string
		want int
		err  error
	}{
		// empty: no score
		{"", 0, nil}, {"   ", 0, nil}, {"\u00a0\u202f", 0, nil}, {"\u200b", 0, nil},
		// numbers as text or as Excel stores them
		{"1", 1, nil}, {"2", 2, nil}, {"3", 3, nil}, {" 3 ", 3, nil}, {"\u00a02\u00a0", 2, nil},
		{"2.0", 2, nil}, {"2,0", 2, nil}, {"3.00", 3, nil}, {"+2", 2, nil}, {"2.0000000000000004", 2, nil},
		{"1E0", 1, nil}, {"３", 3, nil}, {"2.", 2, nil},
		// Roman numerals in every look-alike
		{"I", 1, nil}, {"II", 2, nil}, {"III", 3, nil}, {"ii", 2, nil}, {"іі", 2, nil}, {"ІІІ", 3, nil},
		{"Ӏ", 1, nil}, {"ӀӀ", 2, nil}, {"l", 1, nil}, {"Il", 2, nil}, {"Ⅱ", 2, nil}, {"ⅲ", 3, nil},
		{"II.", 2, nil}, {"(III)", 3, nil}, {"'2", 2, nil}, {"I I", 1, nil},
		// level words, any case, spaces, Latin look-alikes, without Kazakh letters
		{"төмен", 1, nil}, {"Төмен", 1, nil}, {"ТӨМЕН", 1, nil}, {"томен", 1, nil},
		{"орташа", 2, nil}, {"Орташа ", 2, nil}, {"орташа", 2, nil}, {"opтaшa", 2, nil},
		{"жоғары", 3, nil}, {"Жоғары ", 3, nil}, {"жогары", 3, nil}, {"ЖОҒАРЫ", 3, nil},
		{"низкий", 1, nil}, {"Средний", 2, nil}, {"ВЫСОКИЙ", 3, nil}, {"высокии", 3, nil},
		{"low", 1, nil}, {"Medium", 2, nil}, {"HIGH", 3, nil}, {"zhogary", 3, nil},
		{"жоғары деңгей", 3, nil}, {"высокий уровень", 3, nil},
		// a number with its word
		{"II орташа", 2, nil}, {"III - жоғары", 3, nil}, {"2 (средний)", 2, nil}, {"I төмен", 1, nil},
		{"Ⅲ Жоғары", 3, nil}, {"1 – низкий", 1, nil},
		// out of range
		{"0", 0, ErrScoreRange}, {"4", 0, ErrScoreRange}, {"-1", 0, ErrScoreRange}, {"2.5", 0, ErrScoreRange},
		{"2,5", 0, ErrScoreRange}, {"10", 0, ErrScoreRange}, {"IV", 0, ErrScoreRange}, {"IIII", 0, ErrScoreRange},
		{"1e9", 0, ErrScoreRange}, {"5 жоғары", 0, ErrScoreRange},
		// unreadable
		{"abc", 0, ErrScoreUnreadable}, {"#N/A", 0, ErrScoreUnreadable}, {"жақсы", 0, ErrScoreUnreadable},
		{"1 жоғары", 0, ErrScoreUnreadable}, {"2, 3", 0, ErrScoreUnreadable}, {"1-2", 0, ErrScoreUnreadable},
		{"деңгей", 0, ErrScoreUnreadable}, {"NaN", 0, ErrScoreUnreadable}, {"inf", 0, ErrScoreUnreadable},
		{"+", 0, ErrScoreUnreadable}, {"1.2.3", 0, ErrScoreUnreadable}, {"V", 0, ErrScoreUnreadable},
		{"TRUE", 0, ErrScoreUnreadable}, {"1/2", 0, ErrScoreUnreadable}, {"x", 0, ErrScoreUnreadable},
	}
	for _, tc := range cases {
		got, err := ParseScore(tc.in)
		if got != tc.want || !errors.Is(err, tc.err) || (tc.err == nil && err != nil) {
			t.Errorf("ParseScore(%q) = %d, %v; want %d, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestNormCode(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ULY-03-E1-007", "ULY-03-E1-007"},
		{" uly-03-e1-007\u00a0", "ULY-03-E1-007"},
		{"ULY–03—E1-007", "ULY-03-E1-007"},       // en and em dashes
		{"ULY-03-Е1-007", "ULY-03-E1-007"},       // Cyrillic Е
		{"uly - 03 - е1 - 007", "ULY-03-E1-007"}, // spaces and Cyrillic е
		{"К1", "K1"}, {"s1", "S1"}, {"А3", "A3"},
	}
	for _, tc := range cases {
		if got := normCode(tc.in); got != tc.want {
			t.Errorf("normCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEveryReasonHasThreeMessages(t *testing.T) {
	reasons := []Reason{ReasonOtherRegion, ReasonUnknownKG, ReasonOtherKG, ReasonUnknownRound, ReasonOtherRound, ReasonRoundApproved,
		ReasonSheetMissing, ReasonUnknownGroup, ReasonGroupOtherKG, ReasonHeaderEdited, ReasonHeaderMissing,
		ReasonIndicatorGone, ReasonIndicatorRetired, ReasonMissingChildCode, ReasonUnknownChild, ReasonChildOtherGroup,
		ReasonChildOtherKG, ReasonDuplicateChild, ReasonValueUnreadable, ReasonValueOutOfRange, ReasonTooManyProblems,
		ReasonUnreadableSheet, ReasonValueIsDate, ReasonCopiesDiffer}
	n := 0
	for _, k := range text.Keys("xlsxio") {
		if strings.HasPrefix(k, "xlsxio.problem.") {
			n++
		}
	}
	if len(reasons) != n {
		t.Fatalf("%d reasons listed here, %d in the catalogue", len(reasons), n)
	}
	if err := text.Check(); err != nil {
		t.Fatal(err)
	}
	for _, r := range reasons {
		if !text.Has("xlsxio.problem." + string(r)) {
			t.Errorf("%s has no message", r)
		}
		p := Problem{Reason: r, Args: []any{"value", "α"}}
		if p.Message("kk") == p.Message("ru") {
			t.Errorf("%s: kk and ru are the same text", r)
		}
	}
	for e := range errorKeys {
		for _, lang := range text.Languages {
			if m := ErrorMessage(e, lang); m == "" || strings.Contains(m, "xlsxio") {
				t.Errorf("%v/%s: %q", e, lang, m)
			}
		}
	}
	if got := ErrorMessage(errors.New("xlsxio: boom"), "en"); got != "The file could not be read: boom" {
		t.Errorf("general error: %q", got)
	}
}
