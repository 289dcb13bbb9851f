package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Group roles.
const (
	RoleExperimental = "experimental"
	RoleControl      = "control"
)

// Group is a group of children taking part in monitoring.
type Group struct {
	ID             int64
	KindergartenID int
	Name           string
	AgeGroup       string // senior (ересек топ), preschool (мектепалды топ), mixed
	Language       string // kk, ru, mixed
	Role           string // experimental, control
	Code           string // E1, C1 … part of the child codes
	Teacher        string
	PlannedSize    int // 0 = not stated
	Children       int // counted, read-only
}

const groupCols = `g.id, g.kindergarten_id, g.name, g.age_group, g.language, g.role, g.code, g.teacher,
	coalesce(g.planned_size, 0), (SELECT count(*) FROM child c WHERE c.group_id = g.id AND c.left_on IS NULL)`

func scanGroup(sc interface{ Scan(...any) error }) (Group, error) {
	var g Group
	err := sc.Scan(&g.ID, &g.KindergartenID, &g.Name, &g.AgeGroup, &g.Language, &g.Role, &g.Code, &g.Teacher, &g.PlannedSize, &g.Children)
	return g, err
}

// Groups lists the groups of a kindergarten (0 = all), experimental first.
func (s *Store) Groups(ctx context.Context, kgID int) ([]Group, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+groupCols+` FROM child_group g
		WHERE ? = 0 OR g.kindergarten_id = ? ORDER BY g.kindergarten_id, g.role DESC, g.code`, kgID, kgID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Group
	for rows.Next() {
		g, err := scanGroup(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// Group reads one group.
func (s *Store) Group(ctx context.Context, id int64) (Group, error) {
	g, err := scanGroup(s.db.QueryRowContext(ctx, `SELECT `+groupCols+` FROM child_group g WHERE g.id = ?`, id))
	return g, notFound(err, "group", id)
}

// Validate checks a group before it is saved.
func (g *Group) Validate() error {
	g.Name, g.Teacher = strings.TrimSpace(g.Name), strings.TrimSpace(g.Teacher)
	if g.KindergartenID == 0 {
		return invalid("kindergarten", ReasonRequired)
	}
	if g.Name == "" {
		return invalid("group_name", ReasonRequired)
	}
	if g.Role != RoleExperimental && g.Role != RoleControl {
		return invalid("role", ReasonRequired)
	}
	switch g.AgeGroup {
	case "senior", "preschool", "mixed":
	default:
		return invalid("age_group", ReasonRange)
	}
	switch g.Language {
	case "kk", "ru", "mixed":
	default:
		return invalid("language", ReasonRange)
	}
	if g.PlannedSize < 0 || g.PlannedSize > 60 {
		return invalid("planned_size", ReasonRange)
	}
	return nil
}

// SaveGroup adds (ID 0) or updates a group. A new group gets the next code
// of its role (E1, E2 … / C1, C2 …); the code never changes afterwards, so
// child codes stay stable even if the role is corrected.
func (s *Store) SaveGroup(ctx context.Context, g *Group) error {
	if err := g.Validate(); err != nil {
		return err
	}
	var dup int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM child_group WHERE kindergarten_id = ? AND name = ? AND id <> ?`,
		g.KindergartenID, g.Name, g.ID).Scan(&dup); err != nil {
		return mapErr(err)
	}
	if dup > 0 {
		return invalid("group_name", ReasonDuplicate)
	}
	var planned any
	if g.PlannedSize > 0 {
		planned = g.PlannedSize
	}
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		if g.ID != 0 {
			if err := checkGroupLocks(ctx, tx, *g); err != nil {
				return err
			}
		}
		return l.track(EntityGroup, g.ID, func() (int64, error) { return saveGroupRow(ctx, tx, g, planned, l.stamp) })
	})
}

// saveGroupRow writes the group's row and returns its id.
func saveGroupRow(ctx context.Context, tx *sql.Tx, g *Group, planned any, now string) (int64, error) {
	if g.ID == 0 {
		prefix := "E"
		if g.Role == RoleControl {
			prefix = "C"
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(CAST(substr(code, 2) AS INTEGER)), 0) FROM child_group
			WHERE kindergarten_id = ? AND substr(code, 1, 1) = ?`, g.KindergartenID, prefix).Scan(&n); err != nil {
			return 0, err
		}
		g.Code = fmt.Sprintf("%s%d", prefix, n+1)
		res, err := tx.ExecContext(ctx, `INSERT INTO child_group(kindergarten_id, name, age_group, language, role, code, teacher, planned_size, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?)`, g.KindergartenID, g.Name, g.AgeGroup, g.Language, g.Role, g.Code, g.Teacher, planned, now, now)
		if err != nil {
			return 0, err
		}
		g.ID, err = res.LastInsertId()
		return g.ID, err
	}
	res, err := tx.ExecContext(ctx, `UPDATE child_group SET name=?, age_group=?, language=?, role=?, teacher=?, planned_size=?, updated_at=? WHERE id=?`,
		g.Name, g.AgeGroup, g.Language, g.Role, g.Teacher, planned, now, g.ID)
	if err != nil {
		return 0, err
	}
	return g.ID, mustAffect(res, "group", g.ID)
}

// DeleteGroup removes a group with its children and their scores (through
// the score writer: refused when a round with their scores is approved).
func (s *Store) DeleteGroup(ctx context.Context, id int64) error {
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM child WHERE group_id = ? ORDER BY id`, id)
		kids, err := collect(rows, err, func(sc interface{ Scan(...any) error }) (int64, error) {
			var k int64
			return k, sc.Scan(&k)
		})
		if err != nil {
			return err
		}
		if err := clearScores(ctx, tx, l, kids, l.c.Source, l.stamp); err != nil {
			return err
		}
		return l.trackAll(EntityChild, kids, func() error {
			return l.track(EntityGroup, id, func() (int64, error) {
				res, err := tx.ExecContext(ctx, `DELETE FROM child_group WHERE id = ?`, id)
				if err != nil {
					return 0, err
				}
				return id, mustAffect(res, "group", id)
			})
		})
	})
}
