package demotest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

// fixtureVersion is part of the cached file's name: bump it when data/demo
// changes what it generates, so a stale file is not measured.
const fixtureVersion = 1

// ScaledFile is the path of the national demo database at scale times the
// pilot (`baulu demo --all --scale N`, seed 1, datatest's clock), made once
// and kept under os.TempDir() for later test binaries: generating scale 10
// takes most of a minute. The file is shared; callers that write copy it
// first (Copy).
func ScaledFile(tb testing.TB, scale int) string {
	tb.Helper()
	path := ScaledPath(scale)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".new"
	GenerateScaled(tb, scale, tmp)
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatalf("scaled fixture: %v", err)
	}
	return path
}

// ScaledPath is where ScaledFile keeps the database of that scale.
func ScaledPath(scale int) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("baulu-bench-x%d-v%d-s%d.db", scale, fixtureVersion, data.SchemaVersion()))
}

// GenerateScaled writes the national demo database at scale times the
// pilot to path (replacing it), as ScaledFile keeps it, and says what it
// wrote.
func GenerateScaled(tb testing.TB, scale int, path string) demo.Summary {
	tb.Helper()
	for _, f := range []string{path, path + "-wal", path + "-shm"} {
		os.Remove(f)
	}
	ctx := context.Background()
	s, err := data.Open(ctx, path, data.Options{Now: func() time.Time { return datatest.Today }})
	if err != nil {
		tb.Fatalf("scaled fixture: %v", err)
	}
	sum, err := demo.Generate(ctx, s, demo.Options{Regions: demo.AllRegions(), Seed: 1, Scale: scale})
	if err != nil {
		s.Close()
		tb.Fatalf("scaled fixture x%d: %v", scale, err)
	}
	// Close checkpoints the WAL: the file alone is the database.
	if err := s.Close(); err != nil {
		tb.Fatalf("scaled fixture: %v", err)
	}
	return sum
}

// Copy copies the database file src into dir and returns the copy's path:
// a fixture made once, then copied, costs a file copy per test instead of
// a generation.
func Copy(tb testing.TB, src, dir string) string {
	tb.Helper()
	dst := filepath.Join(dir, filepath.Base(src))
	in, err := os.Open(src)
	if err != nil {
		tb.Fatalf("copy fixture: %v", err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		tb.Fatalf("copy fixture: %v", err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		tb.Fatalf("copy fixture: %v", err)
	}
	if err := out.Close(); err != nil {
		tb.Fatalf("copy fixture: %v", err)
	}
	return dst
}
