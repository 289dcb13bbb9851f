// Package demotest gives a test binary a demo database made once and
// shared by its tests, which only read it: the reports' fixtures.
package demotest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

var (
	mu     sync.Mutex
	stores = map[string]*data.Store{}
	dirs   []string
)

// Store returns the demo data of regions ("all" or region codes), generated
// with seed 1 on datatest's clock, with every child named names[0] or
// names[1] in turn (the demo gives children no names; a report must never
// print them). The first call generates it; later calls with the same
// arguments return the same store. Close releases every store.
func Store(tb testing.TB, regions []string, names [2]string) *data.Store {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	key := strings.Join(regions, ",") + "|" + names[0] + "|" + names[1]
	if s := stores[key]; s != nil {
		return s
	}
	dir, err := os.MkdirTemp("", "baulu-demo-*")
	if err != nil {
		tb.Fatalf("demo fixture: %v", err)
	}
	dirs = append(dirs, dir)
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(dir, "demo.db"), data.Options{Now: func() time.Time { return datatest.Today }})
	if err != nil {
		tb.Fatalf("demo fixture: %v", err)
	}
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: regions, Seed: 1}); err != nil {
		s.Close()
		tb.Fatalf("demo fixture: %v", err)
	}
	if err := nameChildren(ctx, s, names); err != nil {
		s.Close()
		tb.Fatalf("demo fixture: %v", err)
	}
	stores[key] = s
	return s
}

// nameChildren names every child names[0] (even ids) or names[1] (odd).
func nameChildren(ctx context.Context, s *data.Store, names [2]string) error {
	kgs, err := s.Kindergartens(ctx, "")
	if err != nil {
		return err
	}
	named := map[int64]string{}
	for _, k := range kgs {
		groups, err := s.Groups(ctx, k.ID)
		if err != nil {
			return err
		}
		for _, g := range groups {
			kids, err := s.Children(ctx, g.ID)
			if err != nil {
				return err
			}
			for _, c := range kids {
				named[c.ID] = names[c.ID%2]
			}
		}
	}
	return s.SetChildNames(ctx, named)
}

// Close closes every store and removes its folder; call it from TestMain.
func Close() {
	mu.Lock()
	defer mu.Unlock()
	for k, s := range stores {
		s.Close()
		delete(stores, k)
	}
	for _, d := range dirs {
		os.RemoveAll(d)
	}
	dirs = nil
}
