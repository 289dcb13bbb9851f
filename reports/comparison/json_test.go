package comparison_test

import (
	"bytes"
	"encoding/json"
	"math"
	"regexp"
	"strings"
	"testing"

	"baulu/reports/comparison"
)

func TestEmptyRegion(t *testing.T) {
	w := newWorld(t, "ULY")
	r, err := comparison.Compare(ctx, w.s, comparison.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.NoData || len(r.Warnings) != 1 || r.Warnings[0].Code != comparison.WarnNoData {
		t.Fatalf("empty region: no_data %v, warnings %+v", r.NoData, r.Warnings)
	}
	b, err := json.Marshal(r)
	if err != nil || !json.Valid(b) {
		t.Fatalf("JSON of an empty result: %v\n%s", err, b)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["no_data"] != true || m["did"] != nil {
		t.Errorf("empty result JSON: no_data %v, did %v", m["no_data"], m["did"])
	}
	for lang, want := range map[string]string{"kk": "бағалау деректері жоқ", "ru": "нет данных оценивания", "en": "no assessment data"} {
		if v := comparison.Verdict(r, lang); len(v) != 1 || !strings.Contains(v[0], want) {
			t.Errorf("[%s] verdict %q", lang, v)
		}
	}
	rows, err := comparison.Summary(ctx, w.s, "", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if !row.DiD.NaN() || row.PairedE != 0 {
			t.Errorf("empty region summary row %+v", row)
		}
	}
}

func TestResultJSON(t *testing.T) {
	w := newWorld(t, "ULY")
	w.handFixture(t, 76, "")
	r, err := comparison.Compare(ctx, w.s, comparison.Scope{BlockID: w.blocks["K"]})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	get := func(path ...string) any {
		var cur any = m
		for _, p := range path {
			obj, ok := cur.(map[string]any)
			if !ok {
				t.Fatalf("%v: %s is not an object", path, p)
			}
			if cur, ok = obj[p]; !ok {
				t.Fatalf("JSON has no %v", path)
			}
		}
		return cur
	}
	cases := []struct {
		path []string
		want any
	}{
		{[]string{"scope", "region_code"}, "ULY"},
		{[]string{"scope", "from", "kind"}, "baseline"},
		{[]string{"scope", "phi_cut"}, "III"},
		{[]string{"experimental", "to", "mean"}, 2.625},
		{[]string{"experimental", "only_from"}, 1.0},
		{[]string{"experimental", "gain", "sd"}, 0.5},
		{[]string{"did"}, 1.0},
		{[]string{"at_to", "chi_square", "df"}, 2.0},
		{[]string{"at_to", "chi_square", "reason"}, "none"},
		{[]string{"at_to", "phi", "significance"}, "ns"},
		{[]string{"control", "wilcoxon", "zeros"}, 2.0},
	}
	for _, tc := range cases {
		if got := get(tc.path...); got != tc.want {
			t.Errorf("%v = %#v, want %#v", tc.path, got, tc.want)
		}
	}
	if lv := get("experimental", "to", "levels").([]any); len(lv) != 3 || lv[2] != 3.0 {
		t.Errorf("levels %v", lv)
	}
	if w0 := get("warnings").([]any)[0].(map[string]any); w0["code"] != "small_sample" || w0["group"] != "experimental" || w0["n"] != 4.0 {
		t.Errorf("first warning %v", w0)
	}

	// Every key at every depth is snake_case: the names are an interface.
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if !snake.MatchString(k) {
					t.Errorf("key %s.%s is not snake_case", path, k)
				}
				walk(path+"."+k, e)
			}
		case []any:
			for _, e := range x {
				walk(path+"[]", e)
			}
		}
	}
	walk("", m)
}

var snake = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

func TestFloatJSON(t *testing.T) {
	cases := []struct {
		in   comparison.Float
		want string
	}{
		{comparison.Float(math.NaN()), "null"},
		{comparison.Float(math.Inf(1)), "null"},
		{comparison.Float(math.Inf(-1)), "null"},
		{1.5, "1.5"},
		{-0.25, "-0.25"},
		{1e-21, "1e-21"},
	}
	for _, tc := range cases {
		b, err := json.Marshal(tc.in)
		if err != nil || string(b) != tc.want {
			t.Errorf("%v → %s, %v; want %s", float64(tc.in), b, err, tc.want)
		}
	}
	var f comparison.Float
	if err := json.Unmarshal([]byte("null"), &f); err != nil || !f.NaN() {
		t.Errorf("null → %v, %v", f, err)
	}
}

// A group with one child has no SD: the JSON must say null, not fail.
func TestSingleChildSDIsNull(t *testing.T) {
	ds := synth(1, 1, 1, func(int) int { return 9 }, func(int) int { return 18 }, func(int) int { return 9 }, func(int) int { return 12 })
	b, err := json.Marshal(comparison.Compute(ds))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"sd":null`)) {
		t.Errorf("no null SD in %s", b)
	}
}

func TestWriteJSON(t *testing.T) {
	r := comparison.Compute(verdictCases["significant"])
	var buf bytes.Buffer
	if err := comparison.WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !json.Valid(buf.Bytes()) || !strings.Contains(out, `"significance": "p<=0.01"`) || !strings.HasSuffix(out, "}\n") {
		t.Errorf("WriteJSON output:\n%s", out)
	}
}
