package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"sync"
)

// The change history (issue 18): every change to scores, children, groups
// and the activity records is kept in the append-only tables change_set and
// change, written in the transaction of the change itself, so a change
// without its history row cannot be committed. One transaction is one
// change set — when, by whom, from where — holding each record's old → new.

// Sources of changes beyond the score writer's (ScoreSource also names
// where any change comes from).
const (
	SourceUndo     ScoreSource = "undo"     // an import (or another change set) undone
	SourceEdit     ScoreSource = "edit"     // a form: a child, a group, an event …
	SourceRoster   ScoreSource = "roster"   // a children's list imported from Excel
	SourceRestore  ScoreSource = "restore"  // a backup restored in place of the database
	SourcePeriod   ScoreSource = "period"   // a period closed or started
	SourceBaseline ScoreSource = "baseline" // what the database held when the history began
)

// Change says where the changes made under a context come from; the
// methods that save records (SaveChild, SaveEvent …) take it from their
// context (WithChange), the score writer from its WriteOptions. Without it
// a record's change is a form's (SourceEdit).
type Change struct {
	Source ScoreSource
	File   string // an imported file's name (no folder)
	SHA256 string // its SHA-256, hex
	Note   string // a reason (an unlock's), or what was done
}

type changeKey struct{}

// WithChange marks the changes made under ctx as coming from c (the demo
// generator, a roster import with its file).
func WithChange(ctx context.Context, c Change) context.Context {
	return context.WithValue(ctx, changeKey{}, c)
}

// changeOf is the ctx's Change, else one of source def.
func changeOf(ctx context.Context, def ScoreSource) Change {
	if c, ok := ctx.Value(changeKey{}).(Change); ok && c.Source != "" {
		return c
	}
	return Change{Source: def}
}

// Who is who made a change: the operating system's user and the
// methodologist named in Settings.
type Who struct {
	OSUser        string
	Methodologist string
}

// String is «Methodologist (os user)», or whichever of the two is known.
func (w Who) String() string {
	switch {
	case w.Methodologist != "" && w.OSUser != "":
		return w.Methodologist + " (" + w.OSUser + ")"
	case w.Methodologist != "":
		return w.Methodologist
	}
	return w.OSUser
}

// osUser is the login name, read once: user.Current asks the system
// (Windows gives DOMAIN\name), the environment is the fallback.
var osUser = sync.OnceValue(func() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USERNAME", "USER"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return ""
})

// who reads the methodologist inside the transaction.
func who(ctx context.Context, q queryer) (Who, error) {
	w := Who{OSUser: osUser()}
	err := q.QueryRowContext(ctx, `SELECT methodologist FROM settings WHERE id = 1`).Scan(&w.Methodologist)
	if err == sql.ErrNoRows {
		err = nil
	}
	return w, err
}

// Methodologist is the person named in Settings as working with this copy.
func (s *Store) Methodologist(ctx context.Context) (string, error) {
	w, err := who(ctx, s.db)
	return w.Methodologist, mapErr(err)
}

// SetMethodologist names the methodologist who works with this copy; the
// history records the name with every change from now on.
func (s *Store) SetMethodologist(ctx context.Context, name string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE settings SET methodologist = ?, updated_at = ? WHERE id = 1`,
		strings.Join(strings.Fields(name), " "), s.stamp())
	return mapErr(err)
}

// Entities of the history.
const (
	EntityScore       = "score"
	EntityChild       = "child"
	EntityGroup       = "group"
	EntityEvent       = "event"
	EntityVisit       = "visit"
	EntityPractice    = "practice"
	EntityRisk        = "risk"
	EntityFeedback    = "feedback"
	EntityCorrection  = "correction"
	EntityRoundStatus = "round_status"
)

// change is one row of the history before it is written.
type change struct {
	entity     string
	record     int64
	kg         sql.NullInt64
	round, ind sql.NullInt64
	old, new   sql.NullString
}

// changeLog is one transaction's change set: created with the first change
// (a transaction that changes nothing leaves no set), its changes buffered
// and written in chunks by flush.
type changeLog struct {
	ctx    context.Context
	tx     *sql.Tx
	c      Change
	stamp  string
	undoes int64
	id     int64
	buf    []change
	// full is the prepared INSERT of a whole chunk: a large import writes
	// thousands of them, and parsing each anew cost a tenth of its time.
	full *sql.Stmt
	// stmts are the snapshot queries, prepared once per transaction: a
	// bulk insert snapshots every record twice (demo data: 5,000 children).
	stmts map[string]*sql.Stmt
	// periods are read once, when an activity record is checked against
	// the closed periods.
	periods []Period
}

func newLog(ctx context.Context, tx *sql.Tx, c Change, stamp string) *changeLog {
	return &changeLog{ctx: ctx, tx: tx, c: c, stamp: stamp}
}

// logged runs fn in one transaction with its change log (the source from
// ctx, else SourceEdit) and writes the log before committing.
func (s *Store) logged(ctx context.Context, fn func(tx *sql.Tx, l *changeLog) error) error {
	stamp := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		l := newLog(ctx, tx, changeOf(ctx, SourceEdit), stamp)
		if err := fn(tx, l); err != nil {
			return err
		}
		return l.flush()
	})
}

// setID creates the change set on first use.
func (l *changeLog) setID() (int64, error) {
	if l.id != 0 {
		return l.id, nil
	}
	w, err := who(l.ctx, l.tx)
	if err != nil {
		return 0, err
	}
	res, err := l.tx.ExecContext(l.ctx, `INSERT INTO change_set(at, os_user, methodologist, source, file_name, file_sha256, note, undoes)
		VALUES (?,?,?,?,?,?,?,?)`, l.stamp, w.OSUser, w.Methodologist, string(l.c.Source), l.c.File, l.c.SHA256, l.c.Note, nullID(l.undoes))
	if err != nil {
		return 0, err
	}
	l.id, err = res.LastInsertId()
	return l.id, err
}

// add buffers a change; flush writes them.
func (l *changeLog) add(ch change) error {
	if _, err := l.setID(); err != nil {
		return err
	}
	l.buf = append(l.buf, ch)
	if len(l.buf) >= changeChunk {
		return l.flush()
	}
	return nil
}

// changeChunk rows per INSERT: 9 parameters each.
const changeChunk = 200

// flush writes the buffered changes.
func (l *changeLog) flush() error {
	for len(l.buf) > 0 {
		n := min(len(l.buf), changeChunk)
		args := make([]any, 0, 8*n)
		for _, ch := range l.buf[:n] {
			args = append(args, l.id, ch.entity, ch.record, ch.kg, ch.round, ch.ind, ch.old, ch.new)
		}
		var err error
		if n == changeChunk {
			if l.full == nil {
				if l.full, err = l.tx.PrepareContext(l.ctx, changeInsert(n)); err != nil {
					return fmt.Errorf("write history: %w", err)
				}
			}
			_, err = l.full.ExecContext(l.ctx, args...)
		} else {
			_, err = l.tx.ExecContext(l.ctx, changeInsert(n), args...)
		}
		if err != nil {
			return fmt.Errorf("write history: %w", err)
		}
		l.buf = l.buf[n:]
	}
	return nil
}

// stmt is query prepared in the log's transaction, once; the transaction's
// end closes it.
func (l *changeLog) stmt(query string) (*sql.Stmt, error) {
	if st := l.stmts[query]; st != nil {
		return st, nil
	}
	st, err := l.tx.PrepareContext(l.ctx, query)
	if err != nil {
		return nil, err
	}
	if l.stmts == nil {
		l.stmts = map[string]*sql.Stmt{}
	}
	l.stmts[query] = st
	return st, nil
}

// changeInsert is the INSERT of n changes.
func changeInsert(n int) string {
	var b strings.Builder
	b.WriteString(`INSERT INTO change(set_id, entity, record_id, kindergarten_id, round_id, indicator_id, old, new) VALUES `)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`(?,?,?,?,?,?,?,?)`)
	}
	return b.String()
}

// note writes a change set with no record changes but its note (an unlock
// with its reason, a restore, a period closed), so the history shows it.
func (l *changeLog) note() error {
	_, err := l.setID()
	return err
}

var trackedEntities = map[string]tracked{
	EntityChild: {table: "child", kg: `SELECT g.kindergarten_id FROM child c JOIN child_group g ON g.id = c.group_id WHERE c.id = ?1`},
	EntityGroup: {table: "child_group"},
	EntityEvent: {table: "event", date: "held_on",
		subs: []string{`SELECT kindergarten_id, teachers, parents, others FROM event_participation WHERE event_id = ?1 ORDER BY kindergarten_id`}},
	EntityVisit:      {table: "visit", date: "visited_on"},
	EntityPractice:   {table: "practice", date: "identified_on", subs: []string{`SELECT event_id FROM practice_event WHERE practice_id = ?1 ORDER BY event_id`}},
	EntityRisk:       {table: "risk", date: "identified_on"},
	EntityFeedback:   {table: "feedback", date: "received_on"},
	EntityCorrection: {table: "correction", date: "changed_on"},
}

// record runs write — one record's INSERT or UPDATE, returning its id — in
// one transaction with the record's history (its source from ctx).
func (s *Store) record(ctx context.Context, entity string, id int64, write func(tx *sql.Tx, now string) (int64, error)) error {
	return s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		return l.track(entity, id, func() (int64, error) { return write(tx, l.stamp) })
	})
}

// deleteRecord deletes one record of an entity with its history.
func (s *Store) deleteRecord(ctx context.Context, entity string, id int64) error {
	t := trackedEntities[entity]
	return s.record(ctx, entity, id, func(tx *sql.Tx, _ string) (int64, error) {
		res, err := tx.ExecContext(ctx, `DELETE FROM `+t.table+` WHERE id = ?`, id)
		if err != nil {
			return 0, err
		}
		return id, mustAffect(res, entity, id)
	})
}

// RecordRestore writes into the history that the database was just
// restored from the backup at path (its name and SHA-256): the restored
// file's own history ends where the backup was taken, and this entry says
// how it came back.
func (s *Store) RecordRestore(ctx context.Context, path string) error {
	sum, err := fileSHA256(path)
	if err != nil {
		return err
	}
	ctx = WithChange(ctx, Change{Source: SourceRestore, File: filepath.Base(path), SHA256: sum})
	return s.logged(ctx, func(_ *sql.Tx, l *changeLog) error { return l.note() })
}

// fileSHA256 is a file's SHA-256, hex.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
