package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/demo/demotest"
	"baulu/reports/comparison"
	"baulu/reports/national"
	"baulu/reports/regionpkg"
	"baulu/reports/xlsxexport"
)

// BenchmarkScale measures how Baulu's heavy steps grow with the work: on
// the national demo database at 1× and 10× the pilot (BAULU_SCALES, default
// "1,10"; `baulu demo --all --scale N`: 100 kindergartens, about 5,200 and
// 52,000 children, 138,000 and 1,4 M scores). The 10× file is generated
// once (most of a minute; by Demo when it runs first) and cached under
// os.TempDir() (demotest.ScaledFile).
// Every sub-benchmark reports peak-MB, the process's peak resident memory
// (Linux' VmHWM): run one sub-benchmark per process, as scripts/scale.sh
// does, for it to be that step's.
//
//	Demo            generating the database (once, -benchtime 1x)
//	PackageExport   the region package of Ұлытау (a region is 1/20 of it)
//	NationalImport  importing the twenty regions' packages into a fresh national copy
//	Comparison      the national comparison (comparison.National)
//	NationalReport  the national report PDF
//	ExcelExport     the Excel workbook of Ұлытау
//	Dashboard       the dashboard's queries for Ұлытау
//	Start           lock, quick_check, open and the start's backup
func BenchmarkScale(b *testing.B) {
	for _, n := range benchScales(b) {
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) { benchScale(b, n) })
	}
}

func benchScales(b *testing.B) []int {
	env := os.Getenv("BAULU_SCALES")
	if env == "" {
		return []int{1, 10}
	}
	var out []int
	for _, f := range strings.Split(env, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			b.Fatalf("BAULU_SCALES=%q: %q is not a scale", env, f)
		}
		out = append(out, n)
	}
	return out
}

func benchScale(b *testing.B, n int) {
	ctx := context.Background()
	// open copies the cached file, so that what a step writes (the start's
	// backup, an import) never changes the fixture.
	open := func(b *testing.B) *data.Store {
		b.Helper()
		path := demotest.Copy(b, demotest.ScaledFile(b, n), b.TempDir())
		s, err := data.Open(ctx, path, data.Options{Now: func() time.Time { return datatest.Today }})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	}
	b.Run("Demo", func(b *testing.B) {
		dir := b.TempDir()
		for b.Loop() {
			sum := demotest.GenerateScaled(b, n, filepath.Join(dir, "demo.db"))
			b.ReportMetric(float64(sum.Children), "children")
			b.ReportMetric(float64(sum.Scores), "scores")
		}
		made := filepath.Join(dir, "demo.db")
		if st, err := os.Stat(made); err == nil {
			b.ReportMetric(float64(st.Size())/(1<<20), "file-MB")
		}
		peak(b)
		// What was generated is the fixture the other steps read.
		if _, err := os.Stat(demotest.ScaledPath(n)); os.IsNotExist(err) {
			if err := os.Rename(made, demotest.ScaledPath(n)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("PackageExport", func(b *testing.B) {
		s := open(b)
		var size int
		for b.Loop() {
			var buf bytes.Buffer
			if err := regionpkg.Export(ctx, s, "ULY", &buf, regionpkg.ExportOptions{Now: datatest.Today}); err != nil {
				b.Fatal(err)
			}
			size = buf.Len()
		}
		b.ReportMetric(float64(size)/(1<<20), "package-MB")
		peak(b)
	})
	b.Run("NationalImport", func(b *testing.B) {
		s := open(b)
		var pkgs [][]byte
		for _, r := range demo.AllRegions() {
			var buf bytes.Buffer
			if err := regionpkg.Export(ctx, s, r, &buf, regionpkg.ExportOptions{Now: datatest.Today}); err != nil {
				b.Fatal(err)
			}
			pkgs = append(pkgs, buf.Bytes())
		}
		s.Close()
		for b.Loop() {
			b.StopTimer()
			dst := datatest.New(b)
			b.StartTimer()
			for _, p := range pkgs {
				if _, err := regionpkg.Import(ctx, dst, bytes.NewReader(p), regionpkg.ImportOptions{Force: true, Now: datatest.Today}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			dst.Close()
			b.StartTimer()
		}
		peak(b)
	})
	b.Run("Comparison", func(b *testing.B) {
		s := open(b)
		for b.Loop() {
			rows, all, err := comparison.National(ctx, s, 0, 0)
			if err != nil || len(rows) != 20 || !all.Result.Gains.Computable {
				b.Fatalf("%d regions, %v", len(rows), err)
			}
		}
		peak(b)
	})
	b.Run("NationalReport", func(b *testing.B) {
		s := open(b)
		for b.Loop() {
			if err := national.Generate(ctx, s, io.Discard, national.Options{Lang: "kk", Now: datatest.Today}); err != nil {
				b.Fatal(err)
			}
		}
		peak(b)
	})
	b.Run("ExcelExport", func(b *testing.B) {
		s := open(b)
		for b.Loop() {
			if err := xlsxexport.Export(ctx, s, "ULY", io.Discard, "kk"); err != nil {
				b.Fatal(err)
			}
		}
		peak(b)
	})
	b.Run("Dashboard", func(b *testing.B) {
		s := open(b)
		today := s.Today()
		for b.Loop() {
			if _, err := s.DashboardCounts(ctx, "ULY"); err != nil {
				b.Fatal(err)
			}
			if _, err := s.Completeness(ctx, "ULY"); err != nil {
				b.Fatal(err)
			}
			if _, err := s.DashboardWarnings(ctx, "ULY", today); err != nil {
				b.Fatal(err)
			}
		}
		peak(b)
	})
	b.Run("Start", func(b *testing.B) {
		path := demotest.Copy(b, demotest.ScaledFile(b, n), b.TempDir())
		backups := b.TempDir()
		for b.Loop() {
			release, err := data.Lock(path, data.HolderWindow)
			if err != nil {
				b.Fatal(err)
			}
			if err := data.CheckFile(path); err != nil {
				b.Fatal(err)
			}
			s, err := data.Open(ctx, path, data.Options{BeforeMigrate: data.BackupBeforeMigrate(backups)})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.AutoBackup(ctx, backups, data.Retention{}); err != nil {
				b.Fatal(err)
			}
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
			release()
		}
		peak(b)
	})
}

// peak reports the process's peak resident memory so far, where the
// system tells it (Linux).
func peak(b *testing.B) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err == nil {
				b.ReportMetric(float64(kb)/1024, "peak-MB")
			}
		}
	}
}
