package data

// The score writer's rules (scores_write.go writes): which children,
// rounds and indicators a batch may score, read once for the batch.
import (
	"context"
	"database/sql"
	"fmt"
)

// scoreChild is what the rules need to know of a scored child.
type scoreChild struct {
	group   int64
	kg      int
	consent bool
}

// checkScores applies the rules to every score against facts read once for
// the batch: the children scored, and every round and indicator (a few
// dozen rows). Errors name the first score that breaks a rule. It returns
// the children scored.
func checkScores(ctx context.Context, tx *sql.Tx, scores []Score, opt WriteOptions) (map[int64]scoreChild, error) {
	children, err := scoreChildren(ctx, tx, scores)
	if err != nil {
		return nil, err
	}
	rounds, err := idSet(ctx, tx, `SELECT id FROM round`)
	if err != nil {
		return nil, err
	}
	closed, err := idSet(ctx, tx, `SELECT r.id FROM round r JOIN period p ON p.id = r.period_id WHERE p.closed_at IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	retired := map[int64]bool{} // indicator → retired; absent: unknown
	rows, err := tx.QueryContext(ctx, `SELECT id, retired_on IS NOT NULL FROM indicator`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var r bool
		if err := rows.Scan(&id, &r); err != nil {
			rows.Close()
			return nil, err
		}
		retired[id] = r
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := checkEach(ctx, tx, scores, opt, children, rounds, closed, retired); err != nil {
		return nil, err
	}
	return children, nil
}

// checkEach applies the rules score by score.
func checkEach(ctx context.Context, tx *sql.Tx, scores []Score, opt WriteOptions, children map[int64]scoreChild,
	rounds, closed, retired map[int64]bool) error {
	for _, sc := range scores {
		c, known := children[sc.ChildID]
		isRetired, indicatorKnown := retired[sc.IndicatorID]
		switch {
		case !known:
			return fmt.Errorf("child %d: %w", sc.ChildID, ErrNotFound)
		case !rounds[sc.RoundID]:
			return fmt.Errorf("round %d: %w", sc.RoundID, ErrNotFound)
		case !indicatorKnown:
			return fmt.Errorf("indicator %d: %w", sc.IndicatorID, ErrNotFound)
		case closed[sc.RoundID] && opt.Source.locked():
			r, err := scanRound(tx.QueryRowContext(ctx, `SELECT `+roundCols+` FROM round WHERE id = ?`, sc.RoundID))
			if err != nil {
				return err
			}
			p, err := periodOfRound(ctx, tx, r)
			if err != nil {
				return err
			}
			return periodClosed(p)
		case opt.GroupID != 0 && c.group != opt.GroupID:
			return fmt.Errorf("child %d is not in group %d: %w", sc.ChildID, opt.GroupID, ErrInvalid)
		case opt.KindergartenID != 0 && c.kg != opt.KindergartenID:
			return fmt.Errorf("child %d is not in kindergarten %d: %w", sc.ChildID, opt.KindergartenID, ErrInvalid)
		case !opt.Source.entry():
			continue
		case isRetired:
			// Clearing too: a retired indicator's scores are history.
			return invalid("indicator", ReasonRetired)
		case sc.Value != 0 && !c.consent:
			// ARCHITECTURE: Monitoring: children without consent are not scored. A score
			// recorded before consent was withdrawn may still be cleared.
			return invalid("consent", ReasonRequired)
		}
	}
	return nil
}

// scoreChildren reads the group, kindergarten and consent of every child
// the batch scores.
func scoreChildren(ctx context.Context, tx *sql.Tx, scores []Score) (map[int64]scoreChild, error) {
	out := map[int64]scoreChild{}
	var ids []any
	seen := map[int64]bool{}
	for _, sc := range scores {
		if !seen[sc.ChildID] {
			seen[sc.ChildID] = true
			ids = append(ids, sc.ChildID)
		}
	}
	for start := 0; start < len(ids); start += idChunk {
		chunk := ids[start:min(start+idChunk, len(ids))]
		rows, err := tx.QueryContext(ctx, `SELECT c.id, c.group_id, g.kindergarten_id, c.consent
			FROM child c JOIN child_group g ON g.id = c.group_id
			WHERE c.id IN (`+marks(len(chunk))+`)`, chunk...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			var c scoreChild
			if err := rows.Scan(&id, &c.group, &c.kg, &c.consent); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
