package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baulu/reports/roster/rostertest"
)

// cli runs a command function with its own output buffers.
func cli(t *testing.T, cmd func(stdout, stderr *bytes.Buffer) error) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	err := cmd(&out, &errb)
	defer releaseLocks()
	switch e := err.(type) {
	case nil:
	case exitCode:
		code = int(e)
	default:
		t.Fatalf("unexpected error: %v\nstdout: %s\nstderr: %s", err, out.String(), errb.String())
	}
	return code, out.String(), errb.String()
}

func TestSetupGroupsAndRosterWithoutAWindow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	// a read command on a database that is not there creates nothing
	code, _, stderr := cli(t, func(o, e *bytes.Buffer) error { return groupsCmd(o, e, []string{"--db", db, "--lang", "en"}) })
	if code != 1 || !strings.Contains(stderr, "There is no database at "+db) || fileExists(db) {
		t.Fatalf("groups on a missing database: %d %q", code, stderr)
	}
	code, out, stderr := cli(t, func(o, e *bytes.Buffer) error {
		return setupCmd(o, e, []string{"--db", db, "--region", "uly", "--centre", "Ұлытау орталығы", "--head", "С. Әбдіқызы", "--lang", "ru"})
	})
	if code != 0 || !strings.Contains(out, "№77") || !strings.Contains(out, "База готова") {
		t.Fatalf("setup: %d\n%s%s", code, out, stderr)
	}
	// setup never moves a database to another region
	code, _, stderr = cli(t, func(o, e *bytes.Buffer) error {
		return setupCmd(o, e, []string{"--db", db, "--region", "AKM", "--centre", "x", "--head", "y"})
	})
	if code != 1 || !strings.Contains(stderr, "ULY") {
		t.Fatalf("setup of another region: %d %q", code, stderr)
	}
	for _, g := range [][]string{{"Балапан", "e"}, {"Күншуақ", "control"}} {
		// flags after the positional "add" and in any order
		code, out, stderr = cli(t, func(o, e *bytes.Buffer) error {
			return groupsCmd(o, e, []string{"add", "--name", g[0], "--db", db, "--role", g[1], "--kindergarten", "77"})
		})
		if code != 0 {
			t.Fatalf("groups add: %d %s%s", code, out, stderr)
		}
	}
	code, _, stderr = cli(t, func(o, e *bytes.Buffer) error {
		return groupsCmd(o, e, []string{"add", "--db", db, "--kindergarten", "77", "--name", "Балапан", "--role", "e"})
	})
	if code != 1 || !strings.Contains(stderr, "Название группы") { // the database's language: ru
		t.Fatalf("duplicate group: %d %q", code, stderr)
	}
	code, out, _ = cli(t, func(o, e *bytes.Buffer) error { return groupsCmd(o, e, []string{"--db", db}) })
	if code != 0 || !strings.Contains(out, "E1") || !strings.Contains(out, "C1") || !strings.Contains(out, "Күншуақ") {
		t.Fatalf("groups: %d\n%s", code, out)
	}

	// roster template → filled → import
	xlsx := filepath.Join(dir, "roster.xlsx")
	if code, out, stderr = cli(t, func(o, e *bytes.Buffer) error {
		return rosterCmd(o, e, []string{"template", "--db", db, "--kindergarten", "77", "--out", xlsx})
	}); code != 0 {
		t.Fatalf("roster template: %d %s%s", code, out, stderr)
	}
	rostertest.FillFile(t, xlsx, []any{nil, "E1", "", "қыз", "05.04.2021", "иә"}, []any{nil, "C1", "", "ұл", "12.11.2020", "иә"}, []any{nil, "C1", "", "ұл", "01.01.2021", "жоқ"})
	code, out, _ = cli(t, func(o, e *bytes.Buffer) error {
		return rosterCmd(o, e, []string{"import", xlsx, "--db", db, "--dry-run", "--lang", "en"})
	})
	if code != 0 || !strings.Contains(out, "New children: 3") || strings.Contains(out, "Written") {
		t.Fatalf("dry run: %d\n%s", code, out)
	}
	code, out, _ = cli(t, func(o, e *bytes.Buffer) error {
		return rosterCmd(o, e, []string{"import", "--lang", "en", "--db", db, xlsx})
	})
	if code != 0 || !strings.Contains(out, "Written: 3 new, 0 changed.\n") || !strings.Contains(out, "codes of 3 new children were written") {
		t.Fatalf("import: %d\n%s", code, out)
	}
	if code, out, _ = cli(t, func(o, e *bytes.Buffer) error { return groupsCmd(o, e, []string{"--db", db, "--kindergarten", "77"}) }); !strings.Contains(out, "  2  ") {
		t.Fatalf("children not counted: %s", out)
	}

	// a malformed roster writes nothing and names the cell
	rostertest.FillFile(t, xlsx, []any{nil, "E9"})
	code, out, _ = cli(t, func(o, e *bytes.Buffer) error {
		return rosterCmd(o, e, []string{"import", xlsx, "--db", db, "--lang", "en"})
	})
	if code != 1 || !strings.Contains(out, "B3: Group “E9” is not in this kindergarten") {
		t.Fatalf("malformed: %d\n%s", code, out)
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
