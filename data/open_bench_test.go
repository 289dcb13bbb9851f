package data_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"baulu/data"
	"baulu/data/demo/demotest"
)

// nationalDemoFile writes, once per benchmark, a database made exactly as
// `baulu demo --all` makes it (all twenty regions, seed 1: about 5,200
// children and 138,000 scores, 8 MB) and returns a closed copy of it in
// its own folder, so the benchmark may open, back up and check the copy
// while the prepared file stays as generated.
func nationalDemoFile(b *testing.B) string {
	b.Helper()
	src := filepath.Join(b.TempDir(), "baulu.db")
	if sum := demotest.GenerateScaled(b, 1, src); sum.Regions != 20 || sum.Scores < 100000 {
		b.Fatalf("demo --all: %+v", sum)
	}
	return demotest.Copy(b, src, b.TempDir())
}

// BenchmarkOpen opens and closes the national demo database: the schema
// version check (no migration is due), the reference-data check and the
// WAL checkpoint at close.
func BenchmarkOpen(b *testing.B) {
	path := nationalDemoFile(b)
	ctx := context.Background()
	for b.Loop() {
		s, err := data.Open(ctx, path, data.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStart is what the window waits for before it is built, on the
// national demo database: the lock, PRAGMA quick_check of the closed file,
// Open, and the automatic backup of this start (VACUUM INTO; the last 14
// are kept, as in the program).
func BenchmarkStart(b *testing.B) {
	path := nationalDemoFile(b)
	ctx := context.Background()
	for b.Loop() {
		release, err := data.Lock(path, data.HolderWindow)
		if err != nil {
			b.Fatal(err)
		}
		if err := data.CheckFile(path); err != nil {
			b.Fatal(err)
		}
		s, err := data.Open(ctx, path, data.Options{BeforeMigrate: data.BackupBeforeMigrate("")})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.AutoBackup(ctx, "", data.Retention{}); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		release()
	}
}

// BenchmarkMigrateFresh creates a database from nothing: every embedded
// migration in its own transaction, then the order's reference data — a
// first start.
func BenchmarkMigrateFresh(b *testing.B) {
	dir := b.TempDir()
	ctx := context.Background()
	want := data.SchemaVersion()
	for b.Loop() {
		path := filepath.Join(dir, "baulu.db")
		s, err := data.Open(ctx, path, data.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if v, err := s.Version(ctx); err != nil || v != want {
			b.Fatalf("version %d, %v; want %d", v, err, want)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		for _, f := range []string{path, path + "-wal", path + "-shm"} {
			if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
				b.Fatal(err)
			}
		}
		b.StartTimer()
	}
}
