package data

// What a change was: a record's values before and after its write,
// read in the change's transaction (changeLog.track, trackAll).
import (
	"database/sql"
	"encoding/json"
	"fmt"
)

// tracked is how the history reads one kind of record: its table, the
// sub-rows that belong to it (an event's attendance), the SQL that finds
// its kindergarten, and its date column (activity records of a closed
// period are read-only).
type tracked struct {
	table string
	subs  []string // queries of ?1 = the record's id, their rows join the snapshot
	kg    string   // query of ?1 giving the kindergarten ("" : the kindergarten_id column, if any)
	date  string   // the record's date column ("": none)
}

// snapshot is a record's columns (without its time stamps) and sub-rows as
// JSON, with its kindergarten and date; found is false when there is no
// such record.
type snapshot struct {
	json  string
	kg    sql.NullInt64
	date  Date
	found bool
}

func (l *changeLog) snapshot(entity string, id int64) (snapshot, error) {
	t, ok := trackedEntities[entity]
	if !ok {
		return snapshot{}, fmt.Errorf("history: unknown entity %q", entity)
	}
	var out snapshot
	row, err := l.readRow(`SELECT * FROM `+t.table+` WHERE id = ?1`, id)
	if err != nil || row == nil {
		return out, err
	}
	out.found = true
	delete(row, "created_at")
	delete(row, "updated_at")
	for i, q := range t.subs {
		rows, err := l.readRows(q, id)
		if err != nil {
			return out, err
		}
		row[fmt.Sprintf("_%d", i)] = rows
	}
	if t.kg != "" {
		st, err := l.stmt(t.kg)
		if err != nil {
			return out, err
		}
		if err := st.QueryRowContext(l.ctx, id).Scan(&out.kg); err != nil && err != sql.ErrNoRows {
			return out, err
		}
	} else if v, ok := row["kindergarten_id"].(int64); ok {
		out.kg = sql.NullInt64{Int64: v, Valid: true}
	}
	if t.date != "" {
		if v, ok := row[t.date].(string); ok {
			out.date, _ = ParseDate(v)
		}
	}
	b, err := json.Marshal(row)
	out.json = string(b)
	return out, err
}

// readRow reads one row as column → value (nil when there is none).
func (l *changeLog) readRow(query string, args ...any) (map[string]any, error) {
	rows, err := l.readRows(query, args...)
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}

// readRows reads rows as column → value maps (text as strings).
func (l *changeLog) readRows(query string, args ...any) ([]map[string]any, error) {
	st, err := l.stmt(query)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(l.ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	out := []map[string]any{}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		m := make(map[string]any, len(cols))
		for i, c := range cols {
			if b, ok := vals[i].([]byte); ok {
				vals[i] = string(b)
			}
			m[c] = vals[i]
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// track records what fn does to one record: its snapshot before, fn (which
// writes and returns the record's id, 0 for the same), its snapshot after,
// and the change when they differ. Activity records dated inside a closed
// period are refused before fn runs (ErrApproved).
func (l *changeLog) track(entity string, id int64, fn func() (int64, error)) error {
	before, err := l.snapshot(entity, id)
	if err != nil {
		return err
	}
	if err := l.checkPeriod(entity, before); err != nil {
		return err
	}
	newID, err := fn()
	if err != nil {
		return err
	}
	if newID == 0 {
		newID = id
	}
	after, err := l.snapshot(entity, newID)
	if err != nil {
		return err
	}
	if err := l.checkPeriod(entity, after); err != nil {
		return err
	}
	if before.json == after.json && before.found == after.found {
		return nil
	}
	ch := change{entity: entity, record: newID, kg: after.kg}
	if !after.found {
		ch.kg = before.kg
	}
	if before.found {
		ch.old = sql.NullString{String: before.json, Valid: true}
	}
	if after.found {
		ch.new = sql.NullString{String: after.json, Valid: true}
	}
	return l.add(ch)
}

// trackAll is track of several records changed by one statement (a
// group's children deleted with it): snapshots of each before, fn, and a
// change per record.
func (l *changeLog) trackAll(entity string, ids []int64, fn func() error) error {
	before := make([]snapshot, len(ids))
	for i, id := range ids {
		var err error
		if before[i], err = l.snapshot(entity, id); err != nil {
			return err
		}
	}
	if err := fn(); err != nil {
		return err
	}
	for i, id := range ids {
		after, err := l.snapshot(entity, id)
		if err != nil {
			return err
		}
		if before[i].json == after.json && before[i].found == after.found {
			continue
		}
		ch := change{entity: entity, record: id, kg: before[i].kg}
		if before[i].found {
			ch.old = sql.NullString{String: before[i].json, Valid: true}
		}
		if after.found {
			ch.new, ch.kg = sql.NullString{String: after.json, Valid: true}, after.kg
		}
		if err := l.add(ch); err != nil {
			return err
		}
	}
	return nil
}
