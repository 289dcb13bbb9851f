package data

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// ChangeSet is one transaction's changes as the history shows them.
type ChangeSet struct {
	ID     int64
	At     time.Time // UTC
	Who    Who
	Source ScoreSource
	File   string
	SHA256 string
	Note   string
	Undoes int64 // the set this one undid (SourceUndo)
	// UndoneBy is the set that undid this one (0: none), Changes and
	// Scores how many records and scores it changed.
	UndoneBy        int64
	Changes, Scores int
}

// HistoryEntry is one change with its set.
type HistoryEntry struct {
	Set            ChangeSet
	ID             int64
	Entity         string // EntityScore, EntityChild …
	RecordID       int64  // the child for scores and children
	KindergartenID int
	RoundID        int64
	IndicatorID    int64
	// Old and New: a score's value ("" none), a record's columns as JSON
	// ("" it did not exist / was deleted), a round's status.
	Old, New string
	// ChildCode and IndicatorCode name a score's or child's child and
	// indicator where they are still known.
	ChildCode, IndicatorCode string
}

// HistoryFilter narrows the history; zero fields do not filter.
type HistoryFilter struct {
	ChildID        int64 // its scores and its own record
	RoundID        int64
	KindergartenID int
	Source         ScoreSource
	SetID          int64
	From, To       Date // the day of the change
	// Limit caps the entries (newest first); 0 means 1000.
	Limit int
}

const setCols = `s.id, s.at, s.os_user, s.methodologist, s.source, s.file_name, s.file_sha256, s.note, coalesce(s.undoes, 0)`

func scanSet(sc interface{ Scan(...any) error }, extra ...any) (ChangeSet, error) {
	var cs ChangeSet
	var at string
	err := sc.Scan(append([]any{&cs.ID, &at, &cs.Who.OSUser, &cs.Who.Methodologist, &cs.Source, &cs.File, &cs.SHA256, &cs.Note, &cs.Undoes}, extra...)...)
	cs.At = stampTime(at)
	return cs, err
}

// History lists changes, newest first. A child's history is read through
// the record index (a few dozen rows even in the national copy).
func (s *Store) History(ctx context.Context, f HistoryFilter) ([]HistoryEntry, error) {
	var where []string
	var args []any
	if f.ChildID != 0 {
		where = append(where, `c.record_id = ? AND c.entity IN ('score', 'child')`)
		args = append(args, f.ChildID)
	}
	if f.RoundID != 0 {
		where = append(where, `c.round_id = ?`)
		args = append(args, f.RoundID)
	}
	if f.KindergartenID != 0 {
		where = append(where, `c.kindergarten_id = ?`)
		args = append(args, f.KindergartenID)
	}
	if f.SetID != 0 {
		where = append(where, `c.set_id = ?`)
		args = append(args, f.SetID)
	}
	if f.Source != "" {
		where = append(where, `s.source = ?`)
		args = append(args, string(f.Source))
	}
	if !f.From.IsZero() {
		where = append(where, `s.at >= ?`)
		args = append(args, f.From.String())
	}
	if !f.To.IsZero() {
		where = append(where, `s.at < ?`)
		args = append(args, f.To.AddDays(1).String())
	}
	if len(where) == 0 {
		where = append(where, "1")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 1000
	}
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, `SELECT `+setCols+`, c.id, c.entity, c.record_id, coalesce(c.kindergarten_id, 0),
		coalesce(c.round_id, 0), coalesce(c.indicator_id, 0), coalesce(c.old, ''), coalesce(c.new, ''),
		coalesce(ch.code, CASE WHEN c.entity = 'child' THEN coalesce(json_extract(c.old, '$.code'), json_extract(c.new, '$.code')) END, ''),
		coalesce(i.code, '')
		FROM change c JOIN change_set s ON s.id = c.set_id
		LEFT JOIN child ch ON ch.id = c.record_id AND c.entity IN ('score', 'child')
		LEFT JOIN indicator i ON i.id = c.indicator_id
		WHERE `+strings.Join(where, " AND ")+` ORDER BY c.id DESC LIMIT ?`, args...)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (HistoryEntry, error) {
		var e HistoryEntry
		set, err := scanSet(sc, &e.ID, &e.Entity, &e.RecordID, &e.KindergartenID, &e.RoundID, &e.IndicatorID, &e.Old, &e.New,
			&e.ChildCode, &e.IndicatorCode)
		e.Set = set
		if e.Entity != EntityScore && e.Entity != EntityChild {
			e.ChildCode = ""
		}
		return e, err
	})
}

// ChangeSets lists change sets, newest first: of one source ("" = all),
// with how many records and scores each changed and whether it was undone.
func (s *Store) ChangeSets(ctx context.Context, source ScoreSource, limit int) ([]ChangeSet, error) {
	if limit <= 0 {
		limit = 200
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+setCols+`,
		coalesce((SELECT max(u.id) FROM change_set u WHERE u.undoes = s.id), 0),
		(SELECT count(*) FROM change c WHERE c.set_id = s.id),
		(SELECT count(*) FROM change c WHERE c.set_id = s.id AND c.entity = 'score')
		FROM change_set s WHERE ?1 = '' OR s.source = ?1 ORDER BY s.id DESC LIMIT ?2`, string(source), limit)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (ChangeSet, error) {
		var undone int64
		var changes, scores int
		cs, err := scanSet(sc, &undone, &changes, &scores)
		cs.UndoneBy, cs.Changes, cs.Scores = undone, changes, scores
		return cs, err
	})
}

// changeSet reads one set inside a transaction.
func changeSet(ctx context.Context, q queryer, id int64) (ChangeSet, error) {
	cs, err := scanSet(q.QueryRowContext(ctx, `SELECT `+setCols+` FROM change_set s WHERE s.id = ?`, id))
	if err != nil {
		return cs, notFound(err, "change set", id)
	}
	err = q.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM change_set WHERE undoes = ?`, id).Scan(&cs.UndoneBy)
	if err == sql.ErrNoRows {
		err = nil
	}
	return cs, err
}
