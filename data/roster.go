package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// RosterCounts says what SaveRoster did.
type RosterCounts struct {
	New, Changed, Unchanged int
}

// RosterError is SaveRoster's refusal of one child: Index is its place in
// the slice, Err a *ValidationError (or ErrNotFound for a group that is not
// there). errors.Is and errors.As see through it.
type RosterError struct {
	Index int
	Code  string
	Err   error
}

func (e *RosterError) Error() string {
	return fmt.Sprintf("child %d (%s): %v", e.Index+1, e.Code, e.Err)
}

func (e *RosterError) Unwrap() error { return e.Err }

// SaveRoster writes a kindergarten's list of children in one transaction,
// all or none. Each child is matched by code: a code already in the
// database updates that child (whatever ID the caller holds), an empty or
// new code adds one; empty codes get the next free codes of their group,
// from the same sequence as InsertChildren, in slice order. Codes are
// written back into the slice. A child is refused when it fails Validate,
// when its group is not one of the kindergarten's, when its code appears
// twice in the slice, or when the code belongs to a child of another
// kindergarten (ReasonDuplicate: a roster never moves children between
// kindergartens). Fields are written as given: the caller decides what an
// empty cell means.
func (s *Store) SaveRoster(ctx context.Context, kgID int, children []Child) (RosterCounts, error) {
	var n RosterCounts
	win, err := s.Window(ctx)
	if err != nil {
		return n, err
	}
	today := s.Today()
	seen := make(map[string]int, len(children))
	for i := range children {
		c := &children[i]
		if err := c.Validate(today, win); err != nil {
			return n, &RosterError{Index: i, Code: c.Code, Err: err}
		}
		if c.Code == "" {
			continue
		}
		if _, dup := seen[c.Code]; dup {
			return n, &RosterError{Index: i, Code: c.Code, Err: invalid("code", ReasonDuplicate)}
		}
		seen[c.Code] = i
	}
	// The history names the roster as the source unless the caller named
	// one (with the file's name and SHA-256).
	ctx = WithChange(ctx, changeOf(ctx, SourceRoster))
	err = s.logged(ctx, func(tx *sql.Tx, l *changeLog) error {
		w, err := newRosterWriter(ctx, tx, kgID)
		if err != nil {
			return err
		}
		defer w.close()
		for i := range children {
			changed, added, err := w.save(ctx, l, &children[i])
			if err != nil {
				return &RosterError{Index: i, Code: children[i].Code, Err: err}
			}
			switch {
			case added:
				n.New++
			case changed:
				n.Changed++
			default:
				n.Unchanged++
			}
		}
		return nil
	})
	if err != nil {
		return RosterCounts{}, err
	}
	return n, nil
}

// rosterWriter holds SaveRoster's prepared statements and code sequences.
type rosterWriter struct {
	groups            map[int64]bool // the kindergarten's
	find, ins, update *sql.Stmt
	seqs              map[int64]*codeSeq
	kgID              int
	tx                *sql.Tx
}

func newRosterWriter(ctx context.Context, tx *sql.Tx, kgID int) (*rosterWriter, error) {
	w := &rosterWriter{groups: map[int64]bool{}, seqs: map[int64]*codeSeq{}, kgID: kgID, tx: tx}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM child_group WHERE kindergarten_id = ?`, kgID)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		w.groups[id] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	stmts := []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.find, `SELECT c.id, g.kindergarten_id FROM child c JOIN child_group g ON g.id = c.group_id WHERE c.code = ?`},
		{&w.ins, `INSERT INTO child(group_id, code, full_name, sex, birth_date, consent, consent_date, left_on, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?)`},
		// Only a real difference counts as a change (and touches updated_at).
		{&w.update, `UPDATE child SET group_id=?1, full_name=?2, sex=?3, birth_date=?4, consent=?5, consent_date=?6, left_on=?7, updated_at=?8
			WHERE id=?9 AND (group_id IS NOT ?1 OR full_name IS NOT ?2 OR sex IS NOT ?3 OR birth_date IS NOT ?4
			OR consent IS NOT ?5 OR consent_date IS NOT ?6 OR left_on IS NOT ?7)`},
	}
	for _, st := range stmts {
		if *st.dst, err = tx.PrepareContext(ctx, st.sql); err != nil {
			w.close()
			return nil, err
		}
	}
	return w, nil
}

func (w *rosterWriter) close() {
	for _, st := range []*sql.Stmt{w.find, w.ins, w.update} {
		if st != nil {
			st.Close()
		}
	}
}

// save adds or updates one child; it reports whether a row was added or an
// existing one changed.
// The change log keeps each change; a move or a left date that touches an
// approved round's scores is refused, as in SaveChild.
func (w *rosterWriter) save(ctx context.Context, l *changeLog, c *Child) (changed, added bool, err error) {
	now := l.stamp
	if !w.groups[c.GroupID] {
		return false, false, invalid("group", ReasonRange)
	}
	if c.Code != "" {
		var id int64
		var kg int
		err := w.find.QueryRowContext(ctx, c.Code).Scan(&id, &kg)
		switch {
		case err == nil && kg != w.kgID:
			return false, false, invalid("code", ReasonDuplicate)
		case err == nil:
			c.ID = id
			if err := checkChildLocks(ctx, w.tx, *c); err != nil {
				return false, false, err
			}
			var n int64
			err := l.track(EntityChild, id, func() (int64, error) {
				res, err := w.update.ExecContext(ctx, c.GroupID, c.FullName, c.Sex, c.BirthDate, c.Consent, c.ConsentDate, c.LeftOn, now, id)
				if err != nil {
					return 0, mapErr(err)
				}
				n, err = res.RowsAffected()
				return id, err
			})
			return n > 0, false, err
		case !errors.Is(err, sql.ErrNoRows):
			return false, false, mapErr(err)
		}
	} else {
		seq := w.seqs[c.GroupID]
		if seq == nil {
			if seq, err = newCodeSeq(ctx, w.tx, c.GroupID); err != nil {
				return false, false, err
			}
			w.seqs[c.GroupID] = seq
		}
		c.Code = seq.next()
	}
	err = l.track(EntityChild, 0, func() (int64, error) {
		res, err := w.ins.ExecContext(ctx, c.GroupID, c.Code, c.FullName, c.Sex, c.BirthDate, c.Consent, c.ConsentDate, c.LeftOn, now, now)
		if err != nil {
			return 0, mapErr(err)
		}
		c.ID, err = res.LastInsertId()
		return c.ID, err
	})
	return false, true, err
}

// ErrAmbiguous is a reference that fits more than one record.
var ErrAmbiguous = errors.New("ambiguous")

// FindGroup resolves a group given as the user names it: its id ("12") or
// its code ("E1", any case, Cyrillic Е/С accepted), within kindergarten
// kgID (0 = any kindergarten of the database; a code then must be unique
// across them, else ErrAmbiguous). A group outside kgID is ErrNotFound.
func (s *Store) FindGroup(ctx context.Context, kgID int, ref string) (Group, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		g, err := s.Group(ctx, id)
		if err == nil && kgID != 0 && g.KindergartenID != kgID {
			return Group{}, fmt.Errorf("group %d in kindergarten %d: %w", id, kgID, ErrNotFound)
		}
		return g, err
	}
	code := groupCode(ref)
	groups, err := s.Groups(ctx, kgID)
	if err != nil {
		return Group{}, err
	}
	var found []Group
	for _, g := range groups {
		if strings.EqualFold(g.Code, code) {
			found = append(found, g)
		}
	}
	switch len(found) {
	case 0:
		return Group{}, fmt.Errorf("group %q: %w", ref, ErrNotFound)
	case 1:
		return found[0], nil
	}
	return Group{}, fmt.Errorf("group %q is in %d kindergartens: %w", ref, len(found), ErrAmbiguous)
}

// groupCode upper-cases a typed group code and turns the Cyrillic
// look-alikes of its letters (Е, С) into the Latin ones codes are made of.
func groupCode(s string) string {
	return strings.NewReplacer("Е", "E", "С", "C").Replace(strings.ToUpper(s))
}
