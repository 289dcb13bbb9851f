package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data/text"
)

// The main window is built while the file is checked; a damage that the
// screens' reads did not trip over must still end in the recovery window,
// with no main window made and the damaged file moved aside as it was.
func TestStartGUIOfADamagedDatabaseOffersRecovery(t *testing.T) {
	for _, c := range []struct {
		name string
		off  func(size int64) int64
	}{
		{"header", func(int64) int64 { return 0 }},       // Open itself fails
		{"middle", func(s int64) int64 { return s / 2 }}, // Open and the screens may succeed
	} {
		t.Run(c.name, func(t *testing.T) {
			db := demoDB(t, "ULY")
			st, err := os.Stat(db)
			if err != nil {
				t.Fatal(err)
			}
			overwrite(t, db, c.off(st.Size())/4096*4096, 4096)
			damaged, _ := os.ReadFile(db)

			a := test.NewTempApp(t)
			before := len(a.Driver().AllWindows()) // the test driver's own
			w, finish, err := startGUI(a, db)
			if err != nil {
				t.Fatal(err)
			}
			defer finish(true)
			if want := "Baulu — " + text.T("kk", "rec.title"); w.Title() != want {
				t.Fatalf("first window %q, want %q", w.Title(), want)
			}
			if all := a.Driver().AllWindows(); len(all) != before+1 || all[len(all)-1] != w {
				t.Fatalf("%d windows made, want the recovery window only", len(all)-before)
			}
			if _, err := os.Stat(db); err == nil {
				t.Fatal("the damaged file is still in place")
			}
			moved := movedAside(t, db)
			got, _ := os.ReadFile(moved)
			if !bytes.Equal(got, damaged) {
				t.Fatal("the damaged file was written to before it was moved aside")
			}
		})
	}
}

func TestStartGUIOfASoundDatabase(t *testing.T) {
	db := demoDB(t, "ULY")
	a := test.NewTempApp(t)
	w, finish, err := startGUI(a, db)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(w.Title(), "Baulu — ") || strings.Contains(w.Title(), text.T("kk", "rec.title")) {
		t.Fatalf("first window %q", w.Title())
	}
	if err := finish(true); err != nil {
		t.Fatal(err)
	}
	// The lock is released: a second start gets the database.
	p, err := planStart(db)
	if err != nil || p.locked != nil || p.damaged != "" {
		t.Fatalf("second start: %+v %v", p, err)
	}
	p.close()
}

// movedAside is the one damaged-* file beside db.
func movedAside(t *testing.T, db string) string {
	t.Helper()
	dir, base := db[:strings.LastIndex(db, string(os.PathSeparator))], db[strings.LastIndex(db, string(os.PathSeparator))+1:]
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, e := range es {
		if strings.HasPrefix(e.Name(), base+".damaged-") && !strings.HasSuffix(e.Name(), "-wal") && !strings.HasSuffix(e.Name(), "-shm") {
			found = append(found, dir+string(os.PathSeparator)+e.Name())
		}
	}
	if len(found) != 1 {
		t.Fatalf("moved-aside files: %v", found)
	}
	return found[0]
}

// A first start whose window cannot open (no OpenGL) leaves no database
// behind: the next start is a first start again. An existing database is
// never removed that way.
func TestStartGUIWithoutAWindowLeavesNoNewDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "Baulu", "baulu.db")
	a := test.NewTempApp(t)
	_, finish, err := startGUI(a, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("the first start made no database: %v", err)
	}
	if err := finish(false); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{db, db + "-wal", db + "-shm"} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s is left behind", filepath.Base(f))
		}
	}

	old := demoDB(t, "ULY")
	_, finish, err = startGUI(test.NewTempApp(t), old)
	if err != nil {
		t.Fatal(err)
	}
	finish(false)
	if _, err := os.Stat(old); err != nil {
		t.Fatalf("an existing database was removed: %v", err)
	}
}
