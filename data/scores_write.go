package data

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// This file is the only one that changes the assessment table (a test keeps
// it so, and the database refuses any other statement: the score_writer
// gate of migration 5): every score the grid, the Excel import, a region
// package, an undo or the demo writes goes through WriteScores or, inside a
// larger transaction, writeScores, which checks each rule once, refuses a
// round approved for the kindergarten (locked) and writes one history row
// per changed score, old → new, in the same transaction.

// ScoreSource says where written scores come from. Entries (the grid, a
// filled Excel template) are someone's new judgement and pass every rule.
// Copies (a region package replacing the region, generated demo data) carry
// what was recorded elsewhere: the rules that only govern new entries — no
// score on a retired indicator, none for a child without parental consent —
// are not applied to them again, so history travels whole. The change
// history records the source of every change (history.go adds the sources
// of other records' changes).
type ScoreSource string

// The sources of scores.
const (
	SourceGrid    ScoreSource = "grid"    // the Monitoring grid, one cell at a time
	SourceImport  ScoreSource = "import"  // a filled Excel template
	SourcePackage ScoreSource = "package" // a region package (ReplaceRegion)
	SourceDemo    ScoreSource = "demo"    // generated demo data
)

// ScoreSources lists every source a score can be written from; a test
// writes through each and finds its history rows.
func ScoreSources() []ScoreSource {
	return []ScoreSource{SourceGrid, SourceImport, SourcePackage, SourceDemo, SourceUndo, SourceEdit, SourceRoster}
}

// entry reports whether scores of this source are new entries.
func (src ScoreSource) entry() bool { return src == SourceGrid || src == SourceImport }

// locked reports whether scores of this source respect approved rounds: all
// but the copies, which bring the approvals with them.
func (src ScoreSource) locked() bool { return src != SourcePackage && src != SourceDemo }

func (src ScoreSource) valid() bool {
	for _, s := range ScoreSources() {
		if src == s {
			return true
		}
	}
	return false
}

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
	// File and SHA256 name an imported file in the history.
	File, SHA256 string

	// prior, when set, holds the values before the batch instead of the
	// table (ReplaceRegion removed them already); every prior cell the
	// batch does not write is recorded as deleted.
	prior map[scoreCell]priorScore
}

// scoreCell is one cell of the assessment table.
type scoreCell struct{ child, round, ind int64 }

// priorScore is a cell's value before a batch and its child's kindergarten.
type priorScore struct {
	value int
	kg    int
}

// WriteScores writes a batch of scores (1–3; 0 clears when opt.Clear) in one
// transaction, all or none: any score that breaks a rule refuses the batch.
// A score equal to the one recorded changes nothing (not even updated_at);
// within a batch a later score of the same cell wins. Each changed cell
// leaves one history row. Errors: a value out of range or, for entries, a
// retired indicator ("indicator", ReasonRetired) or a child without consent
// ("consent", ReasonRequired) is a ValidationError; an unknown child, round
// or indicator wraps ErrNotFound; a child outside opt's group or
// kindergarten wraps ErrInvalid; a round approved for the child's
// kindergarten (or of a closed period) is a *ApprovedError.
func (s *Store) WriteScores(ctx context.Context, scores []Score, opt WriteOptions) error {
	_, err := s.writeBatch(ctx, scores, opt, 0)
	return err
}

// writeBatch is WriteScores returning its change set (0: nothing changed);
// undoes names the set an undo reverses.
func (s *Store) writeBatch(ctx context.Context, scores []Score, opt WriteOptions, undoes int64) (int64, error) {
	stamp := s.stamp()
	var set int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		l := newLog(ctx, tx, Change{Source: opt.Source, File: opt.File, SHA256: opt.SHA256}, stamp)
		l.undoes = undoes
		if err := writeScores(ctx, tx, l, scores, opt, stamp); err != nil {
			return err
		}
		set = l.id
		return l.flush()
	})
	return set, err
}

// writeScores is WriteScores inside the caller's transaction and change
// log, the point every path ends in.
func writeScores(ctx context.Context, tx *sql.Tx, l *changeLog, scores []Score, opt WriteOptions, stamp string) error {
	if !opt.Source.valid() {
		return fmt.Errorf("write scores: unknown source %q", opt.Source)
	}
	for _, sc := range scores {
		if sc.Value < 1 && !(sc.Value == 0 && opt.Clear) || sc.Value > 3 {
			return invalid("score", ReasonRange)
		}
	}
	if len(scores) == 0 && len(opt.prior) == 0 {
		return nil
	}
	children, err := checkScores(ctx, tx, scores, opt)
	if err != nil {
		return err
	}
	writes, changes, err := netChanges(ctx, tx, scores, children, opt)
	if err != nil {
		return err
	}
	if len(writes) == 0 && len(changes) == 0 {
		return nil
	}
	if opt.Source.locked() {
		var order []cellKey
		for _, c := range changes {
			order = append(order, cellKey{c.kg, c.cell.round})
		}
		if err := checkLocks(ctx, tx, order); err != nil {
			return err
		}
	}
	if err := openWriter(ctx, tx, true); err != nil {
		return err
	}
	if err := putScores(ctx, tx, writes, stamp); err != nil {
		return err
	}
	if err := openWriter(ctx, tx, false); err != nil {
		return err
	}
	for _, c := range changes {
		ch := change{entity: EntityScore, record: c.cell.child, kg: sql.NullInt64{Int64: int64(c.kg), Valid: c.kg != 0},
			round: sql.NullInt64{Int64: c.cell.round, Valid: true}, ind: sql.NullInt64{Int64: c.cell.ind, Valid: true}}
		if c.old != 0 {
			ch.old = sql.NullString{String: strconv.Itoa(c.old), Valid: true}
		}
		if c.new != 0 {
			ch.new = sql.NullString{String: strconv.Itoa(c.new), Valid: true}
		}
		if err := l.add(ch); err != nil {
			return err
		}
	}
	return nil
}

// openWriter opens or closes the gate the database keeps on the assessment
// table (migration 5): only this file's statements run while it is open,
// and it is closed again before the transaction goes on.
func openWriter(ctx context.Context, tx *sql.Tx, open bool) error {
	v := 0
	if open {
		v = 1
	}
	_, err := tx.ExecContext(ctx, `UPDATE score_writer SET open = ? WHERE id = 1`, v)
	return err
}

// scoreChange is a cell's net change in a batch.
type scoreChange struct {
	cell     scoreCell
	kg       int
	old, new int // 0: no score
}

// netChanges reduces a batch to its net change per cell against the values
// before it (the table, or opt.prior), in the order cells first appear;
// prior cells the batch leaves out follow as deletions. writes are what
// goes to the table: the changes, or with opt.prior (whose cells were
// removed already) every cell's final value.
func netChanges(ctx context.Context, tx *sql.Tx, scores []Score, children map[int64]scoreChild, opt WriteOptions) (writes, changes []scoreChange, err error) {
	before := opt.prior
	if before == nil {
		if before, err = cellValues(ctx, tx, scores, children); err != nil {
			return nil, nil, err
		}
	}
	final := make(map[scoreCell]int, len(scores))
	var order []scoreCell
	for _, sc := range scores {
		c := scoreCell{sc.ChildID, sc.RoundID, sc.IndicatorID}
		if _, seen := final[c]; !seen {
			order = append(order, c)
		}
		final[c] = sc.Value
	}
	for _, c := range order {
		sc := scoreChange{cell: c, kg: children[c.child].kg, old: before[c].value, new: final[c]}
		if sc.old != sc.new {
			changes = append(changes, sc)
		}
		if opt.prior != nil && sc.new != 0 {
			writes = append(writes, sc)
		}
	}
	if opt.prior == nil {
		return changes, changes, nil
	}
	var gone []scoreChange
	for c, p := range opt.prior {
		if _, written := final[c]; !written && p.value != 0 {
			gone = append(gone, scoreChange{cell: c, kg: p.kg, old: p.value})
		}
	}
	sortChanges(gone)
	return writes, append(changes, gone...), nil
}

// idChunk is how many ids go into one IN list.
const idChunk = 500

// putScores writes the net changes in order: runs of values go in chunks
// of scoreChunk per INSERT, several times faster than one statement per
// score for the 135,000 scores of a national data set; a 0 deletes its cell.
func putScores(ctx context.Context, tx *sql.Tx, changes []scoreChange, stamp string) error {
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
	for _, c := range changes {
		if c.new != 0 {
			args = append(args, c.cell.child, c.cell.round, c.cell.ind, c.new, stamp)
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
		if _, err = del.ExecContext(ctx, c.cell.child, c.cell.round, c.cell.ind); err != nil {
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

// cellValues reads the recorded values of the batch's cells, reading the
// scores of its children in chunks (a child has a few dozen).
func cellValues(ctx context.Context, tx *sql.Tx, scores []Score, children map[int64]scoreChild) (map[scoreCell]priorScore, error) {
	want := make(map[scoreCell]bool, len(scores))
	rounds := map[int64]bool{}
	var ids []any
	for _, sc := range scores {
		c := scoreCell{sc.ChildID, sc.RoundID, sc.IndicatorID}
		if len(want) == 0 || !want[c] {
			want[c] = true
		}
		rounds[sc.RoundID] = true
	}
	seen := map[int64]bool{}
	for _, sc := range scores {
		if !seen[sc.ChildID] {
			seen[sc.ChildID] = true
			ids = append(ids, sc.ChildID)
		}
	}
	out := map[scoreCell]priorScore{}
	for start := 0; start < len(ids); start += idChunk {
		chunk := ids[start:min(start+idChunk, len(ids))]
		rows, err := tx.QueryContext(ctx, `SELECT child_id, round_id, indicator_id, score FROM assessment
			WHERE child_id IN (`+marks(len(chunk))+`)`, chunk...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var c scoreCell
			var v int
			if err := rows.Scan(&c.child, &c.round, &c.ind, &v); err != nil {
				rows.Close()
				return nil, err
			}
			if rounds[c.round] && want[c] {
				out[c] = priorScore{value: v, kg: children[c.child].kg}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sortChanges orders changes by child, round and indicator.
func sortChanges(cs []scoreChange) {
	slices.SortFunc(cs, func(a, b scoreChange) int {
		return cmp.Or(cmp.Compare(a.cell.child, b.cell.child), cmp.Compare(a.cell.round, b.cell.round), cmp.Compare(a.cell.ind, b.cell.ind))
	})
}

// clearScores removes every score of the children (a child or a group
// deleted, a region replaced) through the writer, so the locks and the
// history apply as to any other change, before the rows go.
func clearScores(ctx context.Context, tx *sql.Tx, l *changeLog, childIDs []int64, src ScoreSource, stamp string) error {
	var scores []Score
	for start := 0; start < len(childIDs); start += idChunk {
		chunk := make([]any, 0, idChunk)
		for _, id := range childIDs[start:min(start+idChunk, len(childIDs))] {
			chunk = append(chunk, id)
		}
		rows, err := tx.QueryContext(ctx, `SELECT child_id, round_id, indicator_id FROM assessment
			WHERE child_id IN (`+marks(len(chunk))+`) ORDER BY child_id, round_id, indicator_id`, chunk...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var sc Score
			if err := rows.Scan(&sc.ChildID, &sc.RoundID, &sc.IndicatorID); err != nil {
				rows.Close()
				return err
			}
			scores = append(scores, sc)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return writeScores(ctx, tx, l, scores, WriteOptions{Source: src, Clear: true}, stamp)
}

// takeRegionScores removes a region's scores before ReplaceRegion deletes
// its children, returning them keyed by child code for the history of the
// replacement (WriteOptions.prior, once the new children have ids). The
// history rows are written then, as the net change of the package.
func takeRegionScores(ctx context.Context, tx *sql.Tx, region string) (map[string][]regionCell, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.code, c.id, g.kindergarten_id, a.round_id, a.indicator_id, a.score
		FROM assessment a JOIN child c ON c.id = a.child_id JOIN child_group g ON g.id = c.group_id
		JOIN kindergarten k ON k.id = g.kindergarten_id WHERE k.region_code = ?`, region)
	if err != nil {
		return nil, err
	}
	out := map[string][]regionCell{}
	for rows.Next() {
		var code string
		var rc regionCell
		if err := rows.Scan(&code, &rc.oldChild, &rc.kg, &rc.round, &rc.ind, &rc.value); err != nil {
			rows.Close()
			return nil, err
		}
		out[code] = append(out[code], rc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := openWriter(ctx, tx, true); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM assessment WHERE child_id IN (SELECT c.id FROM child c
		JOIN child_group g ON g.id = c.group_id JOIN kindergarten k ON k.id = g.kindergarten_id WHERE k.region_code = ?)`, region); err != nil {
		return nil, err
	}
	return out, openWriter(ctx, tx, false)
}

// regionCell is a score of a region taken before its replacement.
type regionCell struct {
	oldChild   int64
	kg         int
	round, ind int64
	value      int
}

// priorOf maps the taken scores onto the new children's ids (children by
// code); a child the package no longer has keeps its old id, so its scores
// are recorded as deleted under it.
func priorOf(taken map[string][]regionCell, newIDs map[string]int64) map[scoreCell]priorScore {
	out := map[scoreCell]priorScore{}
	for code, cells := range taken {
		for _, rc := range cells {
			id, ok := newIDs[code]
			if !ok {
				id = rc.oldChild
			}
			out[scoreCell{id, rc.round, rc.ind}] = priorScore{value: rc.value, kg: rc.kg}
		}
	}
	return out
}
