package data

import (
	"context"
	"strings"
)

// ChildByCode finds a child by code (trimmed, any case), in any group.
func (s *Store) ChildByCode(ctx context.Context, code string) (Child, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	c, err := scanChild(s.db.QueryRowContext(ctx, `SELECT `+childCols+` FROM child WHERE code = ?`, code))
	return c, notFound(err, "child", code)
}
