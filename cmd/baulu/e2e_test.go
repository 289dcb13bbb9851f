package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baulu/reports/roster/rostertest"
)

// TestFromNothingToAComparison runs the README's script ("From nothing to
// a comparison, without a window") through the command functions: setup,
// groups, a roster filled and imported, the baseline and final workbooks
// filled and imported, stats.
func TestFromNothingToAComparison(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "pilot.db")
	step := func(want string, args ...string) string {
		t.Helper()
		code, out, errs := captureAll(t, append(args, "--lang", "en")...)
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("baulu %s: status %d, want %q in\n%s%s", strings.Join(args, " "), code, want, out, errs)
		}
		return out
	}
	// 1–2: setup and groups
	step("no. 77", "setup", "--db", db, "--region", "ULY", "--centre", "Ұлытау облыстық әдістемелік орталығы", "--head", "Сәуле Әбдіқызы")
	step("E1", "groups", "add", "--db", db, "--kindergarten", "77", "--name", "Балапан", "--role", "experimental", "--teacher", "Айгүл Н.")
	step("C1", "groups", "add", "--db", db, "--kindergarten", "77", "--name", "Күншуақ", "--role", "control")
	step("Күншуақ", "groups", "--db", db)

	// 3: the roster, 12 children a group
	roster := filepath.Join(dir, "roster-77.xlsx")
	step("roster-77.xlsx", "roster", "template", "--db", db, "--kindergarten", "77", "--out", roster)
	var rows [][]any
	for i := range 24 {
		group, sex := "E1", "қыз"
		if i%2 == 1 {
			group, sex = "C1", "ұл"
		}
		rows = append(rows, []any{nil, group, "", sex, fmt.Sprintf("%02d.%02d.2021", 1+i, 1+i%12), "иә", "12.01.2026"})
	}
	rostertest.FillFile(t, roster, rows...)
	step("New children: 24", "roster", "import", roster, "--db", db, "--dry-run")
	step("Written: 24 new, 0 changed.", "roster", "import", roster, "--db", db)
	// the codes went into the file: importing it again adds no one
	step("New children: 0, changed: 0, unchanged: 24", "roster", "import", roster, "--db", db)

	// 4: the teachers' workbooks
	for _, round := range []string{"baseline", "final"} {
		out := step(".xlsx", "template", "--db", db, "--kindergarten", "77", "--round", round, "--out", dir)
		file := strings.TrimSpace(out)
		fillScores(t, file, round)
		want := "Written: 216 new, 0 changed."
		if round == "baseline" {
			want = "Written: 215 new, 0 changed." // one child absent: н/б
		}
		step(want, "import", file, "--db", db)
	}

	// 5: the comparison
	out := step(`"no_data": false`, "stats", "--db", db, "--from", "baseline", "--to", "final", "--json")
	var v struct {
		Result struct {
			NoData bool `json:"no_data"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || v.Result.NoData {
		t.Fatalf("stats: %v\n%s", err, out)
	}
	step("ULY-77", "roster", "export", "--db", db, "--out", dir)
}

// fillScores fills every child row of every group sheet of a template:
// the experimental group gains by the final round, the control one less.
func fillScores(t *testing.T, path, round string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		if !strings.HasPrefix(sheet, "E1") && !strings.HasPrefix(sheet, "C1") {
			continue
		}
		rows, _ := f.GetRows(sheet)
		for r := 5; r < len(rows) && len(rows[r]) > 0 && rows[r][0] != ""; r++ {
			for c := 2; c <= 10; c++ {
				v := 1 + (r+c)%2
				if round == "final" && strings.HasPrefix(sheet, "E1") {
					v = 2 + (r+c)%2
				}
				cellName, _ := excelize.CoordinatesToCellName(c, r+1)
				if err := f.SetCellValue(sheet, cellName, v); err != nil {
					t.Fatal(err)
				}
			}
		}
		if round == "baseline" && strings.HasPrefix(sheet, "E1") {
			f.SetCellValue(sheet, "B6", "н/б")
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}
