package data_test

import (
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
)

func TestPeriodQuartersAndDeadlines(t *testing.T) {
	d := data.NewDate
	p := data.Period{Start: d(2026, 1, 1), End: d(2026, 12, 31), GraceDays: 90}
	if p.Quarters() != 4 || p.Label() != "2026" || p.Year() != 2026 {
		t.Fatalf("%d quarters, %q", p.Quarters(), p.Label())
	}
	if a, b := p.Quarter(3); a != d(2026, 7, 1) || b != d(2026, 9, 30) {
		t.Fatalf("Q3 %s–%s", a, b)
	}
	for _, tc := range []struct {
		d data.Date
		q int
	}{{d(2026, 1, 1), 1}, {d(2026, 6, 30), 2}, {d(2026, 12, 31), 4}, {d(2027, 1, 5), 4}, {d(2027, 4, 1), 0}, {d(2025, 12, 31), 0}} {
		if got := p.QuarterOf(tc.d); got != tc.q {
			t.Errorf("quarter of %s: %d, want %d", tc.d, got, tc.q)
		}
	}
	dl := p.Deadlines()
	if len(dl) != 5 || dl[3].Key != "report" || dl[3].Date != d(2026, 11, 30) || dl[4].Date != d(2026, 12, 31) || dl[4].Quarter != 4 {
		t.Fatalf("deadlines %+v", dl)
	}
	// An academic year: September to August.
	ay := data.Period{Start: d(2027, 9, 1), End: d(2028, 8, 31)}
	if a, b := ay.Quarter(2); ay.Label() != "2027–2028" || a != d(2027, 12, 1) || b != d(2028, 2, 29) {
		t.Fatalf("academic year Q2 %s–%s %q", a, b, ay.Label())
	}
}

// The pilot period 2026 accepts dates up to its grace end (05.01.2027: the
// Q4 report, late events), with a note, and refuses a typing slip; a new
// period 2027 starts after 2026 is closed and archived, with new rounds,
// while 2026 stays readable and read-only.
func TestPeriodGraceCloseAndStart(t *testing.T) {
	f := newFixture(t)
	s := f.s
	jan5 := data.NewDate(2027, 1, 5)
	e := data.Event{RegionCode: "ULY", Kind: data.EventWebinar, HeldOn: jan5, Topic: "IV тоқсан қорытындысы", Format: data.FormatOnline}
	if err := s.SaveEvent(ctx, &e); err != nil {
		t.Fatalf("event of 05.01.2027: %v", err)
	}
	if end, note, err := s.GraceNote(ctx, jan5); err != nil || !note || end != data.NewDate(2026, 12, 31) {
		t.Fatalf("grace note %v %v %v", end, note, err)
	}
	if _, note, _ := s.GraceNote(ctx, data.NewDate(2026, 12, 1)); note {
		t.Fatal("a date inside the period has a note")
	}
	v := data.Visit{KindergartenID: 76, VisitedOn: data.NewDate(2026, 12, 20), Purpose: "monitoring", FollowupOn: jan5}
	if err := s.SaveVisit(ctx, &v); err != nil {
		t.Fatalf("follow-up on 05.01.2027: %v", err)
	}
	slip := data.Event{RegionCode: "ULY", Kind: data.EventWebinar, HeldOn: data.NewDate(2062, 1, 5), Topic: "x", Format: data.FormatOnline}
	if err := s.SaveEvent(ctx, &slip); !isField(err, "held_on", data.ReasonDate) {
		t.Fatalf("2062: %v", err)
	}
	late := f.ekids[1]
	late.LeftOn = jan5
	if err := s.SaveChild(ctx, &late); err != nil {
		t.Fatalf("left on 05.01.2027: %v", err)
	}
	// The late event is in no quarter of the period, as in the Q4 report.
	if q, err := s.EventTotals(ctx, "ULY", 0); err != nil || len(q) != 4 || q[3].Events != 0 {
		t.Fatalf("quarters %+v, %v", q, err)
	}
	k := f.ekids[0].ID
	if err := s.WriteScores(ctx, []data.Score{{k, f.base.ID, f.ins[0].ID, 2}}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}

	if _, err := s.StartPeriod(ctx, data.StartOptions{Groups: true, Children: true}); !errors.Is(err, data.ErrPeriodOpen) {
		t.Fatalf("start before closing: %v", err)
	}
	dir := t.TempDir()
	closed, err := s.ClosePeriod(ctx, dir)
	if err != nil || !closed.Closed() || closed.Archive == "" {
		t.Fatalf("close: %+v, %v", closed, err)
	}
	if _, err := os.Stat(closed.Archive); err != nil || filepath.Dir(closed.Archive) != dir {
		t.Fatalf("archive %s: %v", closed.Archive, err)
	}
	if v, err := data.CheckBackup(closed.Archive); err != nil || v != data.SchemaVersion() {
		t.Fatalf("archive check: %d, %v", v, err)
	}
	sum, _ := s.ApprovalSummary(ctx, "ULY")
	if !sum.AllApproved() {
		t.Fatalf("closing left rounds unapproved: %+v", sum)
	}
	err = s.WriteScores(ctx, []data.Score{{k, f.fin.ID, f.ins[0].ID, 2}}, data.WriteOptions{Source: data.SourceGrid})
	if !errors.Is(err, data.ErrApproved) {
		t.Fatalf("a score in the closed period: %v", err)
	}
	e.Topic = "өзгертілді"
	old := data.Event{RegionCode: "ULY", Kind: data.EventWebinar, HeldOn: data.NewDate(2026, 5, 5), Topic: "x", Format: data.FormatOnline}
	var ae *data.ApprovedError
	if err := s.SaveEvent(ctx, &old); !errors.As(err, &ae) || ae.Period == nil || ae.Message("ru") == "" {
		t.Fatalf("an event of the closed period: %v", err)
	}

	next, err := s.StartPeriod(ctx, data.StartOptions{GraceDays: -1, Groups: true, Children: false})
	if err != nil || next.Start != data.NewDate(2027, 1, 1) || next.End != data.NewDate(2027, 12, 31) || next.GraceDays != 90 {
		t.Fatalf("start: %+v, %v", next, err)
	}
	if cur, _ := s.Period(ctx); cur.ID != next.ID {
		t.Fatalf("viewed %+v", cur)
	}
	rounds, err := s.Rounds(ctx)
	if err != nil || len(rounds) != 3 || rounds[0].Code != "baseline-2027" || rounds[0].Start.Year() != 2027 || rounds[2].Kind != data.RoundFinal {
		t.Fatalf("2027 rounds %+v, %v", rounds, err)
	}
	// The children did not carry: they left on the last day of 2026, so
	// they are still in every 2026 round and in none of 2027's.
	if g, _ := s.Grid(ctx, f.e.ID, rounds[0].ID); len(g.Children) != 0 {
		t.Fatalf("2027 grid has %d children", len(g.Children))
	}
	// A day later (the clock of a reopened database), a child of 2027.
	s.Close()
	s, err = data.Open(ctx, s.Path(), data.Options{Now: func() time.Time { return datatest.Today.Add(24 * time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	kid := datatest.AddChildren(t, s, f.e.ID, 1)[0]
	if err := s.WriteScores(ctx, []data.Score{{kid.ID, rounds[0].ID, f.ins[0].ID, 1}}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatalf("a 2027 score: %v", err)
	}
	// 2026 stays readable.
	s.ViewPeriod(closed.ID)
	if p, _ := s.Period(ctx); p.ID != closed.ID || !p.Closed() {
		t.Fatalf("view 2026: %+v", p)
	}
	old26, _ := s.Rounds(ctx)
	if len(old26) != 3 || old26[0].ID != f.base.ID {
		t.Fatalf("2026 rounds %+v", old26)
	}
	if g, _ := s.Grid(ctx, f.e.ID, f.base.ID); len(g.Children) != 3 || g.Score(k, f.ins[0].ID) != 2 {
		t.Fatalf("2026 grid: %d children", len(g.Children))
	}
	cells, _ := s.Completeness(ctx, "ULY")
	if len(cells) != 15 || cells[0].RoundID != f.base.ID {
		t.Fatalf("2026 completeness %d cells", len(cells))
	}
	s.ViewPeriod(0)
	if ps, _ := s.Periods(ctx); len(ps) != 2 {
		t.Fatalf("%d periods", len(ps))
	}
	if w, _ := s.Window(ctx); w.From != data.NewDate(2025, 1, 1) || w.To != data.NewDate(2028, 3, 30) {
		t.Fatalf("window %+v", w)
	}
}

// Settings change an open period's dates; a period cannot overlap another,
// leave its rounds outside, nor change once closed.
func TestSavePeriod(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	p, _ := s.CurrentPeriod(ctx)
	p.End, p.GraceDays = data.NewDate(2027, 6, 30), 30
	if err := s.SavePeriod(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.CurrentPeriod(ctx); got.End != p.End || got.GraceDays != 30 || got.Quarters() != 6 {
		t.Fatalf("saved %+v", got)
	}
	p.Start = data.NewDate(2026, 3, 1) // the baseline round is in January
	if err := s.SavePeriod(ctx, &p); !isField(err, "period_start", data.ReasonRange) {
		t.Fatalf("rounds outside: %v", err)
	}
	bad := p
	bad.End = bad.Start.AddDays(-1)
	if err := s.SavePeriod(ctx, &bad); !isField(err, "period_end", data.ReasonOrder) {
		t.Fatalf("end before start: %v", err)
	}
}

// The release before the lifecycle (schema 3, made by that release: `baulu
// demo --region ULY` and a package of Akmola imported) upgrades keeping
// every row; its history starts with a baseline of what it held, its
// rounds are in the pilot period 2026 and all rounds open.
func TestMigrateReleaseDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baulu.db")
	gunzip(t, "testdata/release3-uly-akm.db.gz", path)
	tables := map[string]int{"region": 20, "kindergarten": 10, "child_group": 22, "child": 504, "assessment": 13446,
		"event": 30, "visit": 17, "practice": 9, "risk": 13, "feedback": 14, "correction": 10, "region_import": 1, "env_rating": 198}
	s, err := data.Open(ctx, path, data.Options{Now: func() time.Time { return datatest.Today }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Version(ctx); v != data.SchemaVersion() {
		t.Fatalf("version %d", v)
	}
	for table, n := range tables {
		if got := count(t, s, table); got != n {
			t.Errorf("%s: %d rows after the upgrade, want %d", table, got, n)
		}
	}
	base, err := s.ChangeSets(ctx, data.SourceBaseline, 0)
	if err != nil || len(base) != 1 || base[0].Note == "" || !containsAll(base[0].Note, `"scores":13446`, `"children":504`) {
		t.Fatalf("baseline %+v, %v", base, err)
	}
	if h, _ := s.History(ctx, data.HistoryFilter{}); len(h) != 0 {
		t.Fatalf("%d changes before any change", len(h))
	}
	rounds, _ := s.Rounds(ctx)
	p, _ := s.Period(ctx)
	if len(rounds) != 3 || p.Label() != "2026" || p.Closed() {
		t.Fatalf("%d rounds in period %+v", len(rounds), p)
	}
	sum, _ := s.ApprovalSummary(ctx, "ULY")
	for _, r := range sum.Rounds {
		if r.Approved+r.Submitted != 0 || r.Kindergartens != 5 {
			t.Fatalf("statuses after the upgrade: %+v", sum)
		}
	}
	// The upgraded database works: a score, its history.
	kids, _ := s.Children(ctx, 1)
	if len(kids) == 0 {
		gs, _ := s.Groups(ctx, 76)
		kids, _ = s.Children(ctx, gs[0].ID)
	}
	ins, _ := s.Indicators(ctx, false)
	if err := s.WriteScores(ctx, []data.Score{{kids[0].ID, rounds[2].ID, ins[0].ID, 0}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatal(err)
	}
}

// gunzip writes the gzipped file src to dst.
func gunzip(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}
