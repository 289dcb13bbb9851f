package regionpkg

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"reflect"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
)

// A package carries the region's round statuses and the summary of its
// change history (an import, its undo, an unlock, a change after the
// approval); the Institute's copy takes the statuses, keeps the summary in
// its import log with the file's name and hash, the counts and what changed
// against the package before.
func TestPackageCarriesLifecycle(t *testing.T) {
	src := regionFixture(t, "ULY", 6)
	rounds, _ := src.Rounds(ctx)
	base := rounds[0]
	groups, _ := src.Groups(ctx, 76)
	kids, _ := src.Children(ctx, groups[0].ID)
	ins, _ := src.Indicators(ctx, false)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	k := kids[1].ID // kids[0] withdrew consent
	mid, _ := src.GroupScores(ctx, groups[0].ID, rounds[1].ID)
	must(src.WriteScores(ctx, []data.Score{{ChildID: k, RoundID: rounds[1].ID, IndicatorID: ins[0].ID, Value: 1 + mid[k][ins[0].ID]%3}}, data.WriteOptions{Source: data.SourceImport, File: "a.xlsx"}))
	sets, _ := src.ChangeSets(ctx, data.SourceImport, 1)
	if sets[0].File != "a.xlsx" {
		t.Fatalf("the import changed nothing: %+v", sets[0])
	}
	_, err := src.Undo(ctx, sets[0].ID)
	must(err)
	must(src.ApproveRound(ctx, 76, base.ID))
	must(src.UnlockRound(ctx, 76, base.ID, "қате түзетілді"))
	was, _ := src.GroupScores(ctx, groups[0].ID, base.ID)
	must(src.WriteScores(ctx, []data.Score{{ChildID: k, RoundID: base.ID, IndicatorID: ins[0].ID, Value: 1 + was[k][ins[0].ID]%3}}, data.WriteOptions{Source: data.SourceGrid}))
	must(src.ApproveRound(ctx, 76, base.ID))
	must(src.ApproveRound(ctx, 77, base.ID))
	must(src.SubmitRound(ctx, 78, base.ID))

	pkg := export(t, src, "ULY", "", t1)
	m, err := Inspect(bytes.NewReader(pkg), "")
	if err != nil || m.FormatVersion != FormatVersion || m.Counts.Approvals != 3 {
		t.Fatalf("manifest %+v, %v", m, err)
	}
	nat := datatest.New(t)
	res, err := Import(ctx, nat, bytes.NewReader(pkg), ImportOptions{Now: t2, FileName: "baulu-ULY.baulu"})
	if err != nil {
		t.Fatal(err)
	}
	h := res.History
	if h == nil || h.Imports != 2 || h.Undos != 1 || h.Unlocks != 1 || h.ChangesAfterApproval != 1 || res.Approved != 2 {
		t.Fatalf("history %+v, approved %d", h, res.Approved)
	}
	want, _ := src.ApprovalSummary(ctx, "ULY")
	got, _ := nat.ApprovalSummary(ctx, "ULY")
	if got.Rounds[0].Approved != 2 || got.Rounds[0].Submitted != 1 || got.Rounds[0].Approved != want.Rounds[0].Approved {
		t.Fatalf("national statuses %+v, want %+v", got, want)
	}
	st, _ := nat.RoundStatusOf(ctx, 76, base.ID)
	if !st.Approved() || st.ApprovedBy == "" {
		t.Fatalf("status at the Institute %+v", st)
	}
	log, err := nat.PackageImports(ctx, "ULY")
	sum := sha256.Sum256(pkg)
	if err != nil || len(log) != 1 || log[0].File != "baulu-ULY.baulu" || log[0].SHA256 != hex.EncodeToString(sum[:]) ||
		log[0].Counts["children"] != 60 || log[0].Diff["children"].Added != 60 || log[0].History == nil || !log[0].Created.Equal(t1) {
		t.Fatalf("import log %+v, %v", log, err)
	}
	// Approved at the Institute: the package's word, not a lock on it.
	sets, _ = nat.ChangeSets(ctx, data.SourcePackage, 0)
	if len(sets) != 1 || sets[0].File != "baulu-ULY.baulu" || sets[0].Scores == 0 {
		t.Fatalf("package change set %+v", sets)
	}

	// A newer package: one score changed, one round approved more.
	must(src.UnlockRound(ctx, 77, base.ID, "тексеру"))
	kids77, _ := src.Groups(ctx, 77)
	c77, _ := src.Children(ctx, kids77[0].ID)
	old, _ := src.GroupScores(ctx, kids77[0].ID, base.ID)
	must(src.WriteScores(ctx, []data.Score{{ChildID: c77[1].ID, RoundID: base.ID, IndicatorID: ins[0].ID, Value: 1 + old[c77[1].ID][ins[0].ID]%3}}, data.WriteOptions{Source: data.SourceGrid}))
	must(src.ApproveRound(ctx, 77, base.ID))
	must(src.ApproveRound(ctx, 78, base.ID))
	if _, err := Import(ctx, nat, bytes.NewReader(export(t, src, "ULY", "", t2)), ImportOptions{Now: t2.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	log, _ = nat.PackageImports(ctx, "ULY")
	d := log[0].Diff
	if len(log) != 2 || d["assessments"] != (data.TableDiff{Changed: 1, Same: log[0].Counts["assessments"] - 1}) ||
		d["approvals"].Changed != 1 /* 78 approved; 77 re-approved at the same (test) time and by the same person */ || d["children"].Any() || !reflect.DeepEqual(d.ChangedTables(), []string{"assessments", "approvals"}) {
		t.Fatalf("second import's diff %+v", d)
	}
	if log[0].History.Unlocks != 2 || log[0].History.ChangesAfterApproval != 2 {
		t.Fatalf("second summary %+v", log[0].History)
	}
	// The score changes of the package are on record, one row each.
	if n := datatest.Int(t, nat, `SELECT count(*) FROM change c JOIN change_set s ON s.id = c.set_id
		WHERE s.source = 'package' AND c.entity = 'score' AND c.old IS NOT NULL AND c.new IS NOT NULL`); n != 1 {
		t.Fatalf("%d changed scores recorded for the second package", n)
	}
}

// A package of the first format, made by the release before the
// lifecycle, still imports: no statuses, no summary.
func TestReleaseV1PackageImports(t *testing.T) {
	b, err := os.ReadFile("testdata/release-v1-akm.baulu")
	if err != nil {
		t.Fatal(err)
	}
	nat := datatest.New(t)
	res, err := Import(ctx, nat, bytes.NewReader(b), ImportOptions{})
	if err != nil || res.Region != "AKM" || res.History != nil || res.Approved != 0 || res.Counts.Children != 233 {
		t.Fatalf("v1 package: %+v, %v", res, err)
	}
	log, _ := nat.PackageImports(ctx, "AKM")
	if len(log) != 1 || log[0].History != nil || log[0].Counts["assessments"] != 6219 {
		t.Fatalf("log %+v", log)
	}
}
