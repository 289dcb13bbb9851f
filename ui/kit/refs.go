package kit

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2"

	"baulu/data"
	"baulu/ui/i18n"
)

// Refs are the names the screens show for stored IDs: the region's
// kindergartens and every direction (retired ones keep their name in old
// records).
type Refs struct {
	Kindergartens []data.Kindergarten
	Directions    []data.Direction
}

// LoadRefs reads the region's kindergartens and the directions; a failure
// is shown and leaves the names empty.
func LoadRefs(h Host) Refs {
	r, err := ReadRefs(h)
	h.ShowError(err)
	return r
}

// ReadRefs is LoadRefs off the UI goroutine: the error is returned.
func ReadRefs(h Host) (Refs, error) {
	var r Refs
	kgs, err := h.Store().Kindergartens(h.Context(), h.Settings().RegionCode)
	r.Kindergartens = kgs
	dirs, err2 := h.Store().Directions(h.Context(), true)
	r.Directions = dirs
	return r, errors.Join(err, err2)
}

// KgName is a kindergarten's short name ("" for 0 or unknown).
func (r Refs) KgName(id int) string {
	for _, k := range r.Kindergartens {
		if k.ID == id {
			return k.ShortName
		}
	}
	return ""
}

// DirName is a direction's name in the UI language ("" for 0 or unknown).
func (r Refs) DirName(id int64) string {
	for _, d := range r.Directions {
		if d.ID == id {
			return d.Name(i18n.Current())
		}
	}
	return ""
}

// KgLabel names a kindergarten in a picker: «76. Тамаша».
func KgLabel(k data.Kindergarten) string { return strconv.Itoa(k.ID) + ". " + k.ShortName }

// KindergartenChoice picks one of the region's kindergartens; empty names
// the option for none (a filter's "all", an optional field's "none"), ""
// for a required choice.
func (r Refs) KindergartenChoice(empty string, onChange func(id int)) *Choice {
	var ids []int64
	for _, k := range r.Kindergartens {
		ids = append(ids, int64(k.ID))
	}
	return IDChoice(ids, func(id int64) string {
		return KgLabel(data.Kindergarten{ID: int(id), ShortName: r.KgName(int(id))})
	}, empty, func(id int64) {
		if onChange != nil {
			onChange(int(id))
		}
	})
}

// DirectionChoice picks a direction or none; retired directions are
// offered only when the record already has one.
func (r Refs) DirectionChoice(current int64) *Choice {
	var ids []int64
	for _, d := range r.Directions {
		if !d.Retired || d.ID == current {
			ids = append(ids, d.ID)
		}
	}
	c := IDChoice(ids, r.DirName, i18n.T("direction.none"), nil)
	c.SetID(current)
	return c
}

// RegionChoice lists the twenty regions of the order in the UI language.
func RegionChoice(h Host) *Choice {
	regions, err := h.Store().Regions(h.Context())
	if err != nil {
		fyne.LogError("regions", err)
	}
	names := map[string]string{}
	var codes []string
	for _, r := range regions {
		codes = append(codes, r.Code)
		names[r.Code] = r.Name(i18n.Current())
	}
	return NewChoice(codes, func(c string) string { return names[c] }, nil)
}
