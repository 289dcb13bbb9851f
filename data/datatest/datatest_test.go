package datatest

import (
	"strconv"
	"strings"
	"testing"

	"baulu/data"
)

func TestHelpers(t *testing.T) {
	s := NewConfigured(t, "ULY")
	g := AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	before := Dump(t, s)
	kids := AddChildren(t, s, g.ID, 2)
	after := Dump(t, s)
	if before == after || !strings.Contains(after, kids[1].Code) {
		t.Fatal("Dump does not show the new children")
	}
	if n := Int(t, s, `SELECT count(*) FROM child WHERE group_id = ?`, g.ID); n != 2 {
		t.Fatalf("Int: %d children", n)
	}
	id := Exec(t, s, `INSERT INTO visit(kindergarten_id, visited_on, purpose, created_at, updated_at)
		VALUES (76, '2026-05-20', 'monitoring', 'x', 'x')`)
	if got := Strings(t, s, `SELECT id FROM visit`); len(got) != 1 || got[0] != strconv.FormatInt(id, 10) {
		t.Fatalf("Exec gave id %d, Strings read %v", id, got)
	}
	if avg := Float(t, s, `SELECT avg(consent) FROM child`); avg != 1 {
		t.Fatalf("Float: %v", avg)
	}
}
