package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

// Undoing an import (issue 18): the scores a filled template changed go
// back to what they were, as a whole, through the score writer (so an
// approved round refuses the undo like any change) and on record as a
// change set of SourceUndo naming the import. A cell a later change set
// touched again is a conflict: it is left as it is now, and listed.

// Errors of undo.
var (
	// ErrNotUndoable: only an import's change set can be undone.
	ErrNotUndoable = errors.New("only an import can be undone")
	// ErrUndone: the change set was undone already.
	ErrUndone = errors.New("already undone")
)

// UndoCell is one score an undo puts back: from the import's value to the
// value before it (0: no score).
type UndoCell struct {
	ChildID, RoundID, IndicatorID int64
	ChildCode, IndicatorCode      string
	From, To                      int
}

// UndoConflict is a cell the import changed that a later change set
// changed again: Now is its value today, Import the value the import
// wrote, Before the value the import replaced, Later the newest later set.
type UndoConflict struct {
	UndoCell
	Now   int
	Later ChangeSet
}

// UndoPlan is what undoing a change set does: the cells it restores and
// the conflicts it leaves.
type UndoPlan struct {
	Set       ChangeSet
	Restore   []UndoCell
	Conflicts []UndoConflict
}

// PlanUndo says what undoing the import's change set would do, writing
// nothing.
func (s *Store) PlanUndo(ctx context.Context, setID int64) (UndoPlan, error) {
	var plan UndoPlan
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		plan, err = planUndo(ctx, tx, setID)
		return err
	})
	return plan, err
}

// Undo undoes the import's change set: every cell without a conflict goes
// back to its value before the import, in one transaction; the plan says
// what was restored and which conflicts were left. Errors: ErrNotUndoable,
// ErrUndone, an *ApprovedError when a restored cell's round is approved.
func (s *Store) Undo(ctx context.Context, setID int64) (UndoPlan, error) {
	var plan UndoPlan
	stamp := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if plan, err = planUndo(ctx, tx, setID); err != nil {
			return err
		}
		l := newLog(ctx, tx, Change{Source: SourceUndo, File: plan.Set.File, SHA256: plan.Set.SHA256,
			Note: strconv.Itoa(len(plan.Conflicts))}, stamp)
		l.undoes = setID
		scores := make([]Score, len(plan.Restore))
		for i, c := range plan.Restore {
			scores[i] = Score{ChildID: c.ChildID, RoundID: c.RoundID, IndicatorID: c.IndicatorID, Value: c.To}
		}
		if err := writeScores(ctx, tx, l, scores, WriteOptions{Source: SourceUndo, Clear: true}, stamp); err != nil {
			return err
		}
		if err := l.note(); err != nil { // an undo with only conflicts is recorded too
			return err
		}
		return l.flush()
	})
	return plan, err
}

// planUndo reads the import's score changes and every later change of the
// same cells.
func planUndo(ctx context.Context, tx *sql.Tx, setID int64) (UndoPlan, error) {
	set, err := changeSet(ctx, tx, setID)
	if err != nil {
		return UndoPlan{}, err
	}
	switch {
	case set.Source != SourceImport:
		return UndoPlan{}, fmt.Errorf("change set %d (%s): %w", setID, set.Source, ErrNotUndoable)
	case set.UndoneBy != 0:
		return UndoPlan{}, fmt.Errorf("change set %d: %w", setID, ErrUndone)
	}
	plan := UndoPlan{Set: set}
	rows, err := tx.QueryContext(ctx, `SELECT c.record_id, c.round_id, c.indicator_id, coalesce(c.old, ''), coalesce(c.new, ''),
		coalesce(ch.code, ''), coalesce(i.code, ''), coalesce(a.score, 0),
		(SELECT max(l.set_id) FROM change l WHERE l.record_id = c.record_id AND l.entity = 'score'
			AND l.round_id = c.round_id AND l.indicator_id = c.indicator_id AND l.set_id > c.set_id)
		FROM change c LEFT JOIN child ch ON ch.id = c.record_id LEFT JOIN indicator i ON i.id = c.indicator_id
		LEFT JOIN assessment a ON a.child_id = c.record_id AND a.round_id = c.round_id AND a.indicator_id = c.indicator_id
		WHERE c.set_id = ? AND c.entity = 'score' ORDER BY c.id`, setID)
	if err != nil {
		return plan, err
	}
	type pending struct {
		cell  UndoCell
		now   int
		later sql.NullInt64
	}
	var all []pending
	for rows.Next() {
		var p pending
		var old, new string
		if err := rows.Scan(&p.cell.ChildID, &p.cell.RoundID, &p.cell.IndicatorID, &old, &new, &p.cell.ChildCode,
			&p.cell.IndicatorCode, &p.now, &p.later); err != nil {
			rows.Close()
			return plan, err
		}
		p.cell.From, _ = strconv.Atoi(new)
		p.cell.To, _ = strconv.Atoi(old)
		all = append(all, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return plan, err
	}
	laterSets := map[int64]ChangeSet{}
	for _, p := range all {
		if !p.later.Valid && p.now == p.cell.From {
			plan.Restore = append(plan.Restore, p.cell)
			continue
		}
		c := UndoConflict{UndoCell: p.cell, Now: p.now}
		if p.later.Valid {
			ls, ok := laterSets[p.later.Int64]
			if !ok {
				if ls, err = changeSet(ctx, tx, p.later.Int64); err != nil {
					return plan, err
				}
				laterSets[p.later.Int64] = ls
			}
			c.Later = ls
		}
		plan.Conflicts = append(plan.Conflicts, c)
	}
	return plan, nil
}
