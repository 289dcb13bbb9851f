package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// This file is the only one that changes the assessment table (a test keeps
// it so): every score the grid, the Excel import, a region package or the
// demo writes goes through WriteScores or, inside a larger transaction,
// writeScores, which checks each rule once.

// ScoreSource says where written scores come from. Entries (the grid, a
// filled Excel template) are someone's new judgement and pass every rule.
// Copies (a region package replacing the region, generated demo data) carry
// what was recorded elsewhere: the rules that only govern new entries — no
// score on a retired indicator, none for a child without parental consent —
// are not applied to them again, so history travels whole. Issue 18's
// change history records the source of every change.
type ScoreSource string

// The sources of scores.
const (
	SourceGrid    ScoreSource = "grid"    // the Monitoring grid, one cell at a time
	SourceImport  ScoreSource = "import"  // a filled Excel template
	SourcePackage ScoreSource = "package" // a region package (ReplaceRegion)
	SourceDemo    ScoreSource = "demo"    // generated demo data
)

// entry reports whether scores of this source are new entries.
func (src ScoreSource) entry() bool { return src == SourceGrid || src == SourceImport }

func (src ScoreSource) valid() bool { return src.entry() || src == SourcePackage || src == SourceDemo }

// WriteOptions say how WriteScores treats a batch.
type WriteOptions struct {
	// Source is required (see ScoreSource).
	Source ScoreSource
	// Clear lets a value of 0 remove the cell's score (the grid's Delete);
	// without it a 0 is out of range like a 4.
	Clear bool
	// GroupID and KindergartenID, when set, refuse a child of any other
	// group or kindergarten: the grid writes one group's cells, an Excel
	// template one kindergarten's.
	GroupID        int64
	KindergartenID int
}

// WriteScores writes a batch of scores (1–3; 0 clears when opt.Clear) in one
// transaction, all or none: any score that breaks a rule refuses the batch.
// A score equal to the one recorded changes nothing (not even updated_at);
// within a batch a later score of the same cell wins. Errors: a value out
// of range or, for entries, a retired indicator ("indicator", ReasonRetired)
// or a child without consent ("consent", ReasonRequired) is a
// ValidationError; an unknown child, round or indicator wraps ErrNotFound; a
// child outside opt's group or kindergarten wraps ErrInvalid.
func (s *Store) WriteScores(ctx context.Context, scores []Score, opt WriteOptions) error {
	stamp := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error { return writeScores(ctx, tx, scores, opt, stamp) })
}

// writeScores is WriteScores inside the caller's transaction, the point
// every path ends in. Issue 18 adds here, before anything is written, the
// check that the round is not approved (locked) for the children's
// kindergartens, and beside each write the history row (old → new, source),
// in this same transaction.
func writeScores(ctx context.Context, tx *sql.Tx, scores []Score, opt WriteOptions, stamp string) error {
	if !opt.Source.valid() {
		return fmt.Errorf("write scores: unknown source %q", opt.Source)
	}
	for _, sc := range scores {
		if sc.Value < 1 && !(sc.Value == 0 && opt.Clear) || sc.Value > 3 {
			return invalid("score", ReasonRange)
		}
	}
	if len(scores) == 0 {
		return nil
	}
	if err := checkScores(ctx, tx, scores, opt); err != nil {
		return err
	}
	return putScores(ctx, tx, scores, stamp)
}

// scoreChild is what the rules need to know of a scored child.
type scoreChild struct {
	group   int64
	kg      int
	consent bool
}

// checkScores applies the rules to every score against facts read once for
// the batch: the children scored, and every round and indicator (a few
// dozen rows). Errors name the first score that breaks a rule.
func checkScores(ctx context.Context, tx *sql.Tx, scores []Score, opt WriteOptions) error {
	children, err := scoreChildren(ctx, tx, scores)
	if err != nil {
		return err
	}
	rounds, err := idSet(ctx, tx, `SELECT id FROM round`)
	if err != nil {
		return err
	}
	retired := map[int64]bool{} // indicator → retired; absent: unknown
	rows, err := tx.QueryContext(ctx, `SELECT id, retired_on IS NOT NULL FROM indicator`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var r bool
		if err := rows.Scan(&id, &r); err != nil {
			rows.Close()
			return err
		}
		retired[id] = r
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
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
			// DESIGN §4: children without consent are not scored. A score
			// recorded before consent was withdrawn may still be cleared.
			return invalid("consent", ReasonRequired)
		}
	}
	return nil
}

// idChunk is how many ids go into one IN list.
const idChunk = 500

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

// putScores writes checked scores in order: runs of values go in chunks of
// scoreChunk per INSERT, several times faster than one statement per score
// for the 135,000 scores of a national data set; a 0 deletes its cell.
func putScores(ctx context.Context, tx *sql.Tx, scores []Score, stamp string) error {
	var full, del *sql.Stmt
	defer func() {
		for _, st := range []*sql.Stmt{full, del} {
			if st != nil {
				st.Close()
			}
		}
	}()
	args := make([]any, 0, 5*scoreChunk)
	flush := func() error {
		if len(args) == 0 {
			return nil
		}
		var err error
		if n := len(args) / 5; n == scoreChunk {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, scoreUpsert(scoreChunk)); err != nil {
					return err
				}
			}
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, scoreUpsert(n), args...)
		}
		args = args[:0]
		return mapErr(err)
	}
	for _, sc := range scores {
		if sc.Value != 0 {
			args = append(args, sc.ChildID, sc.RoundID, sc.IndicatorID, sc.Value, stamp)
			if len(args) == 5*scoreChunk {
				if err := flush(); err != nil {
					return err
				}
			}
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		var err error
		if del == nil {
			if del, err = tx.PrepareContext(ctx, `DELETE FROM assessment WHERE child_id=? AND round_id=? AND indicator_id=?`); err != nil {
				return err
			}
		}
		if _, err = del.ExecContext(ctx, sc.ChildID, sc.RoundID, sc.IndicatorID); err != nil {
			return mapErr(err)
		}
	}
	return flush()
}

// scoreChunk is the number of scores per INSERT: 5 parameters each, far
// below SQLite's limit of 32,766 parameters per statement.
const scoreChunk = 200

// scoreUpsert is an INSERT of n scores that replaces existing ones, touching
// updated_at only when the score changes. Within one statement a later row
// for the same cell wins, as with separate ones.
func scoreUpsert(n int) string {
	var b strings.Builder
	b.WriteString(`INSERT INTO assessment(child_id, round_id, indicator_id, score, updated_at) VALUES `)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`(?,?,?,?,?)`)
	}
	b.WriteString(` ON CONFLICT(child_id, round_id, indicator_id) DO UPDATE SET score=excluded.score, updated_at=excluded.updated_at
		WHERE score <> excluded.score`)
	return b.String()
}
