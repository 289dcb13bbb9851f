package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"baulu/data"
	"baulu/reports/comparison"
)

// Every figure `stats --json` prints is the comparison's Result and Summary,
// the design and the primary clustered result included.
func TestStatsJSONIsTheResult(t *testing.T) {
	db := filepath.Join(t.TempDir(), "b.db")
	if code, _ := capture(t, "demo", "--db", db, "--region", "ULY"); code != 0 {
		t.Fatalf("demo: status %d", code)
	}
	code, out := capture(t, "stats", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stats: status %d", code)
	}
	ctx := context.Background()
	s, err := data.Open(ctx, db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := comparison.Compare(ctx, s, comparison.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := comparison.Summary(ctx, s, "", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	enc := func(v any) string {
		var b bytes.Buffer
		if err := comparison.WriteJSON(&b, v); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	want := statsOutput{Result: res, Summary: rows, Verdict: map[string][]string{}}
	for _, l := range []string{"kk", "ru", "en"} {
		want.Verdict[l] = comparison.Verdict(res, l)
	}
	if out != enc(want) {
		t.Errorf("stats --json differs from Compare, Summary and Verdict:\n%s\nwant\n%s", out, enc(want))
	}
	// The demo region is what issue 14 was tried on: 7 and 5 groups, so a
	// causal verdict with a CR2 interval; the child-level p is far smaller.
	p := res.Primary
	if res.Design.E.Groups != 7 || res.Design.C.Groups != 5 || !p.Causal || !p.Gain.Computable ||
		!(p.Gain.CILow < p.Gain.Estimate && p.Gain.Estimate < p.Gain.CIHigh) || !(p.Gain.P > res.Gains.P) {
		t.Errorf("design %+v primary %+v", res.Design, p)
	}
	var v struct {
		Result struct {
			Primary struct {
				Gain struct {
					CILow *float64 `json:"ci_low"`
					DF    *float64 `json:"df"`
				} `json:"gain_cr2"`
			} `json:"primary"`
			Design struct {
				ICC *float64 `json:"icc"`
			} `json:"design"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || v.Result.Primary.Gain.CILow == nil || v.Result.Design.ICC == nil ||
		*v.Result.Primary.Gain.DF != float64(p.Gain.DF) {
		t.Errorf("JSON fields: %v %+v", err, v)
	}
}
