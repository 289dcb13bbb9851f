package data

import (
	"context"
	"database/sql"
)

// The roster changes an approved round refuses (issue 18): those that
// change what its recorded scores mean without writing a score — a child
// with scores in the round moved to another group (or kindergarten), or
// given a left date before the round began, and a group with such
// children switched between experimental and control. Deleting a child or
// a group removes its scores through the score writer, which refuses
// approved rounds itself.

// scoredRound is a round in which a child has scores, with the child's
// kindergarten.
type scoredRound struct {
	kg    int
	round Round
}

// scoredRounds lists the rounds with scores of the children the query's
// ?1 selects (by child id or group id), with each child's kindergarten.
func scoredRounds(ctx context.Context, tx *sql.Tx, where string, id int64) ([]scoredRound, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT g.kindergarten_id, `+prefixed("r.", roundCols)+`
		FROM assessment a JOIN child c ON c.id = a.child_id JOIN child_group g ON g.id = c.group_id
		JOIN round r ON r.id = a.round_id WHERE `+where+` ORDER BY r.ord, r.id`, id)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (scoredRound, error) {
		var s scoredRound
		r := &s.round
		err := sc.Scan(&s.kg, &r.ID, &r.Code, &r.Kind, &r.NameKK, &r.NameRU, &r.NameEN, &r.Start, &r.End, &r.Order)
		return s, err
	})
}

// checkChildLocks refuses a saved child whose change touches an approved
// round's scores (see above); c is the child as it will be saved.
func checkChildLocks(ctx context.Context, tx *sql.Tx, c Child) error {
	var old Child
	var kg int
	row := tx.QueryRowContext(ctx, `SELECT `+prefixed("c.", childCols)+`, g.kindergarten_id FROM child c
		JOIN child_group g ON g.id = c.group_id WHERE c.id = ?`, c.ID)
	if err := row.Scan(&old.ID, &old.GroupID, &old.Code, &old.FullName, &old.Sex, &old.BirthDate, &old.Consent,
		&old.ConsentDate, &old.LeftOn, &kg); err != nil {
		return notFound(err, "child", c.ID)
	}
	moved := old.GroupID != c.GroupID
	if !moved && old.LeftOn == c.LeftOn {
		return nil
	}
	rounds, err := scoredRounds(ctx, tx, `c.id = ?1`, c.ID)
	if err != nil {
		return err
	}
	var touched []cellKey
	for _, sr := range rounds {
		leftBefore := func(d Date) bool { return !d.IsZero() && d.Before(sr.round.Start) }
		if moved || leftBefore(c.LeftOn) != leftBefore(old.LeftOn) {
			touched = append(touched, cellKey{sr.kg, sr.round.ID})
		}
	}
	if moved && len(touched) > 0 {
		// The scores then count for the new group's kindergarten too.
		var newKG int
		if err := tx.QueryRowContext(ctx, `SELECT kindergarten_id FROM child_group WHERE id = ?`, c.GroupID).Scan(&newKG); err != nil {
			return notFound(err, "group", c.GroupID)
		}
		for _, sr := range rounds {
			touched = append(touched, cellKey{newKG, sr.round.ID})
		}
	}
	return checkLocks(ctx, tx, touched)
}

// checkGroupLocks refuses a group's switch between experimental and
// control when its children have scores in an approved round.
func checkGroupLocks(ctx context.Context, tx *sql.Tx, g Group) error {
	var role string
	if err := tx.QueryRowContext(ctx, `SELECT role FROM child_group WHERE id = ?`, g.ID).Scan(&role); err != nil {
		return notFound(err, "group", g.ID)
	}
	if role == g.Role {
		return nil
	}
	rounds, err := scoredRounds(ctx, tx, `c.group_id = ?1`, g.ID)
	if err != nil {
		return err
	}
	var touched []cellKey
	for _, sr := range rounds {
		touched = append(touched, cellKey{sr.kg, sr.round.ID})
	}
	return checkLocks(ctx, tx, touched)
}
