package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/comparison"
)

// statsOutput is what `baulu stats --json` prints (fields in JSON.md).
type statsOutput struct {
	Result  comparison.Result   `json:"result"`
	Summary []comparison.Row    `json:"summary"`
	Verdict map[string][]string `json:"verdict"`
}

func runStats(args []string) error {
	fs, db := flags("stats")
	kg := fs.Int("kindergarten", 0, "seed number of one kindergarten (0 = whole region)")
	from := fs.String("from", "baseline", "first round (code or id)")
	to := fs.String("to", "final", "second round (code or id)")
	region := fs.String("region", "", "region code (default: the database's region)")
	asJSON := fs.Bool("json", false, "print every figure as JSON")
	lang := fs.String("lang", "", "language of the verdict in text output: kk, ru, en (default: the database's)")
	nat := fs.Bool("national", false, "every region in the database: the national report's figures (NATIONAL-JSON.md)")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return exitCode(2)
	}
	if *nat {
		return runNationalStats(*db, msgLang(*lang, *db), *asJSON)
	}
	*lang = msgLang(*lang, *db)
	store, err := openExisting("stats", *db, *lang)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	scope := comparison.Scope{RegionCode: *region, KindergartenID: *kg}
	if scope.RegionCode == "" {
		if scope.RegionCode, err = configuredRegion(ctx, store); err != nil {
			return err
		}
	}
	if scope.From, err = roundID(ctx, store, *from); err != nil {
		return err
	}
	if scope.To, err = roundID(ctx, store, *to); err != nil {
		return err
	}
	res, err := comparison.Compare(ctx, store, scope)
	if err != nil {
		return err
	}
	out := statsOutput{Result: res, Verdict: map[string][]string{}}
	for _, l := range []string{"kk", "ru", "en"} {
		out.Verdict[l] = comparison.Verdict(res, l)
	}
	if *kg == 0 {
		if out.Summary, err = comparison.Summary(ctx, store, scope.RegionCode, scope.From, scope.To); err != nil {
			return err
		}
	}
	if *asJSON {
		return comparison.WriteJSON(os.Stdout, out)
	}
	for _, line := range out.Verdict[*lang] {
		fmt.Println(line)
	}
	return nil
}

// roundID resolves a round given by code (baseline, final …) or by id.
func roundID(ctx context.Context, s *data.Store, v string) (int64, error) {
	rounds, err := s.Rounds(ctx)
	if err != nil {
		return 0, err
	}
	id, _ := strconv.ParseInt(v, 10, 64)
	var codes []string
	for _, r := range rounds {
		if strings.EqualFold(r.Code, v) || r.ID == id {
			return r.ID, nil
		}
		codes = append(codes, r.Code)
	}
	return 0, refuse("cli.error.no_round", "round", v, "rounds", strings.Join(codes, ", "))
}
