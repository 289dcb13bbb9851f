package ui

import (
	"fmt"
	"strconv"

	"baulu/data"
	"baulu/ui/i18n"
)

// newIDChoice is a choice over record IDs, optionally with an empty first
// option ("all kindergartens", "none") whose ID is 0. Its keys are the IDs
// written out, read back with id and set with setID.
func newIDChoice(ids []int64, label func(int64) string, empty string, onChange func(int64)) *choice {
	var keys []string
	if empty != "" {
		keys = append(keys, "0")
	}
	for _, id := range ids {
		keys = append(keys, strconv.FormatInt(id, 10))
	}
	var c *choice
	c = newChoice(keys, func(k string) string {
		if k == "0" {
			return empty
		}
		id, _ := strconv.ParseInt(k, 10, 64)
		return label(id)
	}, func(k string) {
		if onChange != nil {
			onChange(c.id())
		}
	})
	return c
}

// id is the chosen record (0 for the empty option or none chosen).
func (c *choice) id() int64 {
	n, _ := strconv.ParseInt(c.key(), 10, 64)
	return n
}

// setID chooses a record; 0 chooses the empty option.
func (c *choice) setID(id int64) { c.setKey(strconv.FormatInt(id, 10)) }

// keyChoice is a choice over fixed keys labelled by the translations
// prefix+key, with an optional empty first option (key "").
func keyChoice(keys []string, prefix, empty string, onChange func(string)) *choice {
	if empty != "" {
		keys = append([]string{""}, keys...)
	}
	return newChoice(keys, func(k string) string {
		if k == "" {
			return empty
		}
		return i18n.T(prefix + k)
	}, onChange)
}

// label translates a stored key (kind, status …) for a list; "" stays "".
func label(prefix, key string) string {
	if key == "" {
		return ""
	}
	return i18n.T(prefix + key)
}

// romanQuarter writes quarters as reports do: I–IV.
var romanQuarter = []string{"", "I", "II", "III", "IV"}

// quarterLabel is "I quarter 2026" in the UI language.
func quarterLabel(q int) string { return i18n.T("quarter.n", "quarter", romanQuarter[q]) }

// newQuarterChoice filters by quarter of the pilot year; 0 means the whole year.
func newQuarterChoice(onChange func(q int)) *choice {
	c := newChoice([]string{"0", "1", "2", "3", "4"}, func(k string) string {
		q, _ := strconv.Atoi(k)
		if q == 0 {
			return i18n.T("quarter.all")
		}
		return quarterLabel(q)
	}, func(k string) {
		q, _ := strconv.Atoi(k)
		onChange(q)
	})
	return c
}

// regionRefs are the names the activity screens show for stored IDs: the
// region's kindergartens and every direction (retired ones keep their name
// in old records).
type regionRefs struct {
	kgs  []data.Kindergarten
	dirs []data.Direction
}

// loadRefs reads the region's kindergartens and the directions.
func (u *UI) loadRefs() regionRefs {
	var r regionRefs
	var err error
	if r.kgs, err = u.store.Kindergartens(u.ctx, u.settings.RegionCode); err != nil {
		u.showError(err)
	}
	if r.dirs, err = u.store.Directions(u.ctx, true); err != nil {
		u.showError(err)
	}
	return r
}

// kgName is a kindergarten's short name ("" for 0 or unknown).
func (r regionRefs) kgName(id int) string {
	for _, k := range r.kgs {
		if k.ID == id {
			return k.ShortName
		}
	}
	return ""
}

// dirName is a direction's name in the UI language ("" for 0 or unknown).
func (r regionRefs) dirName(id int64) string {
	for _, d := range r.dirs {
		if d.ID == id {
			return d.Name(i18n.Current())
		}
	}
	return ""
}

// kindergartenChoice picks one of the region's kindergartens; empty names
// the option for none (a filter's "all", an optional field's "none"), ""
// for a required choice.
func (r regionRefs) kindergartenChoice(empty string, onChange func(id int)) *choice {
	var ids []int64
	for _, k := range r.kgs {
		ids = append(ids, int64(k.ID))
	}
	return newIDChoice(ids, func(id int64) string {
		return fmt.Sprintf("%d. %s", id, r.kgName(int(id)))
	}, empty, func(id int64) {
		if onChange != nil {
			onChange(int(id))
		}
	})
}

// directionChoice picks a direction or none; retired directions are offered
// only when the record already has one.
func (r regionRefs) directionChoice(current int64) *choice {
	var ids []int64
	for _, d := range r.dirs {
		if !d.Retired || d.ID == current {
			ids = append(ids, d.ID)
		}
	}
	c := newIDChoice(ids, r.dirName, i18n.T("direction.none"), nil)
	c.setID(current)
	return c
}
