package main

import (
	"bytes"
	"encoding/json"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// capture runs the command and returns its status and standard output.
func capture(t *testing.T, args ...string) (int, string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	// Read while the command writes: output larger than the pipe's
	// buffer (stats --json of a region is) would block the writer.
	var b bytes.Buffer
	done := make(chan struct{})
	go func() {
		io.Copy(&b, r)
		close(done)
	}()
	old := os.Stdout
	os.Stdout = w
	code := run(args)
	w.Close()
	os.Stdout = old
	<-done
	return code, b.String()
}

func TestUnknownCommand(t *testing.T) {
	if code, _ := capture(t, "frobnicate"); code != 2 {
		t.Fatalf("status %d", code)
	}
}

func TestGUIWithoutDisplaySaysSo(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	if code, _ := capture(t, "--db", filepath.Join(t.TempDir(), "x.db")); code != 3 {
		t.Fatalf("status %d, want 3", code)
	}
}

func TestScreenshotsOfAFreshDatabase(t *testing.T) {
	dir := t.TempDir()
	code, out := capture(t, "screenshots", "--db", filepath.Join(dir, "b.db"), "--out", filepath.Join(dir, "png"), "--lang", "kk,ru", "--size", "1024x768")
	if code != 0 || !strings.Contains(out, "2 screenshots") {
		t.Fatalf("status %d: %s", code, out)
	}
	for _, f := range []string{"kk-00-firstrun.png", "ru-00-firstrun.png"} {
		if st, err := os.Stat(filepath.Join(dir, "png", f)); err != nil || st.Size() < 5000 {
			t.Errorf("%s: %v", f, err)
		}
		if fh, err := os.Open(filepath.Join(dir, "png", f)); err == nil {
			cfg, err := png.DecodeConfig(fh)
			fh.Close()
			if err != nil || cfg.Width != 1024 || cfg.Height != 768 {
				t.Errorf("%s: %d × %d (%v), want 1024 × 768", f, cfg.Width, cfg.Height, err)
			}
		}
	}
	if code, _, _ := captureAll(t, "screenshots", "--db", filepath.Join(dir, "b.db"), "--out", filepath.Join(dir, "png"), "--size", "big"); code != 2 {
		t.Errorf("--size big: status %d", code)
	}
}

func TestStatsJSONOnAnEmptyRegion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "b.db")
	if code, _ := capture(t, "stats", "--db", db, "--region", "ULY", "--json"); code != 1 {
		t.Fatalf("stats of a database that is not there: status %d", code)
	}
	if _, err := os.Stat(db); err == nil {
		t.Fatal("stats created a database")
	}
	if code, _ := capture(t, "setup", "--db", db, "--region", "ULY", "--centre", "Орталық", "--head", "Басшы"); code != 0 {
		t.Fatalf("setup: status %d", code)
	}
	code, out := capture(t, "stats", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("status %d", code)
	}
	var v struct {
		Result struct {
			NoData bool `json:"no_data"`
		} `json:"result"`
		Verdict map[string][]string `json:"verdict"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || !v.Result.NoData || len(v.Verdict["kk"]) == 0 {
		t.Fatalf("%v %+v\n%s", err, v, out)
	}
	if code, _ := capture(t, "stats", "--db", db, "--region", "ULY", "--from", "nosuch"); code != 1 {
		t.Fatalf("unknown round: status %d", code)
	}
}

func TestTemplateAndImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	if code, out := capture(t, "demo", "--db", db, "--region", "ULY"); code != 0 || !strings.Contains(out, "5 балабақша") {
		t.Fatalf("demo: %d %s", code, out)
	}
	code, out := capture(t, "template", "--db", db, "--kindergarten", "78", "--round", "final", "--out", dir)
	if code != 0 {
		t.Fatalf("template: %d", code)
	}
	file := strings.TrimSpace(out)
	if code, out := capture(t, "import", "--db", db, "--dry-run", file); code != 0 || !strings.Contains(out, "өзгермеген") {
		t.Fatalf("import of an unchanged template: %d %s", code, out)
	}
	bad := filepath.Join(dir, "bad.xlsx")
	os.WriteFile(bad, []byte("not a workbook"), 0o644)
	if code, _ := capture(t, "import", "--db", db, bad); code != 1 {
		t.Fatalf("import of garbage: status %d", code)
	}
	if code, out := capture(t, "stats", "--db", db, "--json"); code != 0 || !strings.Contains(out, `"no_data": false`) {
		t.Fatalf("stats on demo data: %d", code)
	}
}
