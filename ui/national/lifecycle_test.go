package national

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/reports/regionpkg"
)

// Per region the Institute sees the approved rounds, the changes after
// approval the package reported, and the log of packages with what each
// changed.
func TestNationalShowsApprovalsAndImportLog(t *testing.T) {
	src := datatest.New(t)
	if _, err := demo.Generate(ctx, src, demo.Options{Regions: []string{"AST"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	base, _ := src.RoundByKind(ctx, data.RoundBaseline)
	kgs, _ := src.Kindergartens(ctx, "AST")
	for _, k := range kgs[:2] {
		if err := src.ApproveRound(ctx, k.ID, base.ID); err != nil {
			t.Fatal(err)
		}
	}
	var pkg bytes.Buffer
	if err := regionpkg.Export(ctx, src, "AST", &pkg, regionpkg.ExportOptions{Now: time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	nat := datatest.New(t)
	if _, err := regionpkg.Import(ctx, nat, bytes.NewReader(pkg.Bytes()), regionpkg.ImportOptions{FileName: "baulu-AST.baulu"}); err != nil {
		t.Fatal(err)
	}
	_, n := open(t, nat)
	var row int = -1
	for i, r := range n.rows {
		if r.Region == "AST" {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("no AST row in %+v", n.rows)
	}
	r := n.rows[row]
	if got := n.approvedText(r); got != "2 / 15" {
		t.Errorf("approved %q", got)
	}
	if got := n.afterText(r); got != "0" {
		t.Errorf("after approval %q", got)
	}
	n.onRegion(r)
	if !strings.Contains(n.log.Text, "baulu-AST.baulu") || !strings.Contains(n.log.Text, "+") {
		t.Errorf("log %q", n.log.Text)
	}
}
