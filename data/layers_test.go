package data_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestSQLOnlyInData reads the import graph with go list: no package outside
// data (tests aside) may import database/sql or the SQLite driver, nor
// data's test helpers, so every query lives in data and a schema change
// touches only data.
func TestSQLOnlyInData(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list over the module")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go tool is needed to read the import graph: %v", err)
	}
	cmd := exec.Command(goTool, "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...")
	cmd.Dir = moduleRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 10 {
		t.Fatalf("go list found %d packages", len(lines))
	}
	forbidden := func(imp string) bool {
		return imp == "database/sql" || imp == "modernc.org/sqlite" || strings.HasPrefix(imp, "modernc.org/sqlite/") ||
			imp == "baulu/data/datatest" || imp == "baulu/data/demo/demotest"
	}
	checked := 0
	for _, line := range lines {
		fields := strings.Fields(line)
		pkg := fields[0]
		if pkg == "baulu/data" || strings.HasPrefix(pkg, "baulu/data/") {
			continue
		}
		checked++
		for _, imp := range fields[1:] {
			if forbidden(imp) {
				t.Errorf("%s imports %s: SQL and its test helpers stay in data", pkg, imp)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no package outside data was checked")
	}
}
