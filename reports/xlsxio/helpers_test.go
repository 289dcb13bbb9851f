package xlsxio

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"baulu/data"
	"baulu/data/datatest"

	"github.com/xuri/excelize/v2"
)

var ctx = context.Background()

// world is a configured ULY database: kindergarten 78 with an experimental
// group of 6 children and a control group of 5, kindergarten 79 with one
// group, and the baseline round.
type world struct {
	s      *data.Store
	e, c   data.Group
	ekids  []data.Child
	ckids  []data.Child
	other  data.Group
	okids  []data.Child
	base   data.Round
	fin    data.Round
	ins    []data.Indicator
	byCode map[string]data.Indicator
}

func newWorld(t testing.TB) *world {
	t.Helper()
	w := &world{s: datatest.NewConfigured(t, "ULY"), byCode: map[string]data.Indicator{}}
	w.e = datatest.AddGroup(t, w.s, 78, "Балапан", data.RoleExperimental)
	w.c = datatest.AddGroup(t, w.s, 78, "Күншуақ", data.RoleControl)
	w.other = datatest.AddGroup(t, w.s, 79, "Айгөлек", data.RoleExperimental)
	w.ekids = datatest.AddChildren(t, w.s, w.e.ID, 6)
	w.ckids = datatest.AddChildren(t, w.s, w.c.ID, 5)
	w.okids = datatest.AddChildren(t, w.s, w.other.ID, 2)
	w.base, _ = w.s.RoundByKind(ctx, data.RoundBaseline)
	w.fin, _ = w.s.RoundByKind(ctx, data.RoundFinal)
	w.ins, _ = w.s.Indicators(ctx, false)
	for _, in := range w.ins {
		w.byCode[in.Code] = in
	}
	return w
}

// template writes the kindergarten-78 baseline template and opens it for
// editing as a teacher would.
func (w *world) template(t testing.TB, groupID int64) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Template(ctx, w.s, 78, w.base.ID, groupID, &buf); err != nil {
		t.Fatalf("template: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("open template: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func toBytes(t testing.TB, f *excelize.File) []byte {
	t.Helper()
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// dump is every score in the database, for "nothing was written" checks.
func dump(t testing.TB, s *data.Store) map[[3]int64]int {
	t.Helper()
	out := map[[3]int64]int{}
	for _, row := range datatest.Strings(t, s, `SELECT child_id || ' ' || round_id || ' ' || indicator_id || ' ' || score FROM assessment`) {
		var k [3]int64
		var v int
		if _, err := fmt.Sscan(row, &k[0], &k[1], &k[2], &v); err != nil {
			t.Fatal(err)
		}
		out[k] = v
	}
	return out
}

func sameScores(a, b map[[3]int64]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func set(t testing.TB, f *excelize.File, sheet, cell string, v any) {
	t.Helper()
	if err := f.SetCellValue(sheet, cell, v); err != nil {
		t.Fatalf("set %s!%s: %v", sheet, cell, err)
	}
}

func openBytes(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
