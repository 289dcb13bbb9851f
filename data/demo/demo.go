// Package demo fills a Baulu database with deterministic, realistic data for
// one region or all twenty: kindergarten profiles, groups, children (by code
// only), three monitoring rounds in which experimental groups gain clearly
// more than control ones, and a year of the centre's work — events, visits,
// practices, risks, feedback and corrections. It is for trying the program,
// screenshots, benchmarks and tests; it never invents children's names.
package demo

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"

	"baulu/data"
	"baulu/seeds"
)

// Errors of Generate; test with errors.Is.
var (
	ErrNoRegion = errors.New("no region: choose one or configure the database first")
	ErrNotEmpty = errors.New("the region already has data")
)

// Options choose what to generate.
type Options struct {
	// Regions are region codes (ULY, AST …); empty means the settings'
	// region, and the single word "all" means all twenty (AllRegions).
	Regions []string
	// Seed makes another, equally deterministic, data set.
	Seed int64
	// Scale multiplies the children: every kindergarten gets Scale sets of
	// groups instead of one (0 and 1 mean the pilot's size). The order's
	// 100 kindergartens stay the only ones — a kindergarten's id is its
	// line in the order, 1–100 (seeds), and the schema holds no others —
	// so Scale 10 is about 51,000 children and 1,4 million scores in the
	// same 100 kindergartens. The added groups are synthetic and say so.
	Scale int
}

// AllRegions gives the twenty region codes in the order's sequence.
func AllRegions() []string {
	var out []string
	for _, r := range seeds.Regions() {
		out = append(out, r.Code)
	}
	return out
}

// Summary counts what Generate wrote.
type Summary struct {
	Regions       int
	Kindergartens int
	Groups        int
	Children      int
	Scores        int
	EnvRatings    int
	Events        int
	Visits        int
	Practices     int
	Risks         int
	Feedback      int
	Corrections   int
}

// Generate writes demo data for the chosen regions. A database that has not
// been configured gets the first region as its own, with a plausible centre
// and head. Regions that already have groups or activity records are
// refused (ErrNotEmpty) before anything is written, so demo data never mixes
// with real work. The same Seed and region always give the same data, and
// a region's data does not depend on which other regions are generated with
// it. Generation is not one transaction: should it fail midway (a full
// disk), the regions done so far stay, and the half-done one is refused on
// the next run until its groups and records are deleted.
func Generate(ctx context.Context, s *data.Store, opts Options) (Summary, error) {
	var sum Summary
	// Every change the demo makes is on record as the demo's.
	ctx = data.WithChange(ctx, data.Change{Source: data.SourceDemo})
	st, err := s.Settings(ctx)
	if err != nil {
		return sum, fmt.Errorf("demo: %w", err)
	}
	regions, err := resolveRegions(opts.Regions, st)
	if err != nil {
		return sum, err
	}
	for _, code := range regions {
		if err := checkEmpty(ctx, s, code); err != nil {
			return sum, err
		}
	}
	// Demo data can simply be generated again, so its thousand small commits
	// need not each wait for the disk.
	err = s.Bulk(ctx, func() error {
		if !st.Configured() {
			if err := configure(ctx, s, regions[0], uint64(opts.Seed)); err != nil {
				return err
			}
		}
		for _, code := range regions {
			if err := s.LoadRegion(ctx, code); err != nil {
				return fmt.Errorf("demo: load %s: %w", code, err)
			}
			g, err := newRegionGen(ctx, s, code, uint64(opts.Seed), opts.Scale, &sum)
			if err != nil {
				return err
			}
			if err := g.run(ctx); err != nil {
				return fmt.Errorf("demo %s: %w", code, err)
			}
			sum.Regions++
		}
		return nil
	})
	return sum, err
}

// resolveRegions validates the codes, expands "all" and removes repeats.
func resolveRegions(in []string, st data.Settings) ([]string, error) {
	if len(in) == 0 {
		if !st.Configured() {
			return nil, fmt.Errorf("demo: %w", ErrNoRegion)
		}
		return []string{st.RegionCode}, nil
	}
	var out []string
	for _, c := range in {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c == "ALL" {
			return AllRegions(), nil
		}
		if _, ok := seeds.RegionByCode(c); !ok {
			return nil, fmt.Errorf("demo: region %q: %w", c, data.ErrNotFound)
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// checkEmpty refuses a region that already holds groups or activity records.
func checkEmpty(ctx context.Context, s *data.Store, code string) error {
	kgs, err := s.Kindergartens(ctx, code)
	if err != nil {
		return err
	}
	for _, k := range kgs {
		gs, err := s.Groups(ctx, k.ID)
		if err != nil {
			return err
		}
		if len(gs) > 0 {
			return fmt.Errorf("demo: %s has groups: %w", code, ErrNotEmpty)
		}
	}
	evs, err := s.Events(ctx, data.EventFilter{RegionCode: code})
	if err != nil {
		return err
	}
	vs, err := s.Visits(ctx, code)
	if err != nil {
		return err
	}
	rs, err := s.Risks(ctx, code)
	if err != nil {
		return err
	}
	fs, err := s.Feedbacks(ctx, code)
	if err != nil {
		return err
	}
	if len(evs)+len(vs)+len(rs)+len(fs) > 0 {
		return fmt.Errorf("demo: %s has activity records: %w", code, ErrNotEmpty)
	}
	return nil
}

// configure makes the first-run choice the way a centre would.
func configure(ctx context.Context, s *data.Store, code string, seed uint64) error {
	r, _ := seeds.RegionByCode(code)
	rnd := newRand(seed, code, "settings")
	head := kazakhWoman(rnd)
	executor := womanFor(rnd, geography[code].ruShare)
	err := s.SaveSettings(ctx, data.Settings{
		RegionCode:          code,
		CentreName:          r.NameKK + " білім басқармасының әдістемелік орталығы",
		HeadName:            head.Full(),
		HeadPosition:        "Әдістемелік орталықтың директоры",
		SignatoryName:       head.Signature(),
		SignatoryPosition:   "Әдістемелік орталықтың директоры",
		ExecutorName:        executor.Signature(),
		ExecutorPhone:       landline(rnd, geography[code].areaCode),
		CentreNameRU:        "Методический центр управления образования " + seeds.GenitiveRU(r.NameRU),
		HeadNameRU:          head.russian().Full(),
		HeadPositionRU:      "Директор методического центра",
		SignatoryNameRU:     head.russian().Signature(),
		SignatoryPositionRU: "Директор методического центра",
		ExecutorNameRU:      executor.russian().Signature(),
		Language:            "kk",
		ThresholdLow:        seeds.DefaultThresholdII,
		ThresholdHigh:       seeds.DefaultThresholdIII,
	})
	if err != nil {
		return fmt.Errorf("demo: settings: %w", err)
	}
	return nil
}

// newRand gives the random stream of one part of one region. Each part has
// its own stream, so adding an event template does not change the scores.
func newRand(seed uint64, region, part string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(region + "/" + part))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}
