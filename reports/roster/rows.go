package roster

import (
	"context"
	"errors"
	"strings"

	"baulu/data"
	"baulu/reports/xlsxio"
)

// reader checks the rows of one roster sheet.
type reader struct {
	p         *Preview
	in        *lookups
	hdr       header
	win       data.Window // the dates the pilot period accepts
	date1904  bool
	seenCode  map[string]string // code → cell where first seen
	seenChild map[int64]string  // child id → cell where first seen
	uncoded   int               // new children without a code
}

// row checks one row of the sheet (Excel row number n) and adds it to the
// preview; an empty row is skipped.
func (rd *reader) row(ctx context.Context, n int, cells []string) {
	at := func(f field) string {
		if c := rd.hdr.cols[f]; c > 0 && c <= len(cells) {
			return strings.TrimSpace(cells[c-1])
		}
		return ""
	}
	empty := true
	for _, f := range fields {
		if at(f) != "" {
			empty = false
		}
	}
	if empty {
		return
	}
	p := rd.p
	before := len(p.Problems) + p.hidden
	bad := func(f field, reason string, args ...any) {
		p.problem(Problem{Row: n, Column: rd.column(f), Reason: reason, Args: args})
	}

	// Which child: by code, else by a name that fits exactly one child.
	rawCode := at(fCode)
	code := xlsxio.NormCode(rawCode)
	old, known := rd.in.byCode[code]
	switch {
	case code != "" && !known:
		if other, err := p.store.ChildByCode(ctx, code); err == nil {
			bad(fCode, "code_other_kg", "code", other.Code)
		}
	case code == "" && at(fName) != "":
		switch same := rd.in.byName[foldName(at(fName))]; len(same) {
		case 1:
			old, known = same[0], true
		case 0:
		default:
			bad(fName, "ambiguous_name", "name", at(fName), "n", len(same))
		}
	}
	here := cell(rd.column1(fCode), n)
	if code != "" {
		if first, dup := rd.seenCode[code]; dup {
			bad(fCode, "duplicate_code", "code", rawCode, "first", first)
		} else {
			rd.seenCode[code] = here
		}
	}
	if known {
		if first, dup := rd.seenChild[old.ID]; dup && code == "" {
			bad(fName, "same_child", "code", old.Code, "first", first)
		} else {
			rd.seenChild[old.ID] = here
		}
	}

	c := old
	if !known {
		c = data.Child{Code: code}
	}
	rd.fill(&c, at, bad)
	rd.validate(&c, at, bad)
	if len(p.Problems)+p.hidden > before {
		return
	}
	r := Row{Row: n, Code: c.Code, Group: rd.in.groupOf[c.GroupID].Code, child: c, noCode: code == ""}
	switch {
	case !known:
		r.Status = StatusNew
		p.New++
		if code == "" {
			rd.uncoded++
		}
	default:
		if r.Changed = changes(old, c); len(r.Changed) > 0 {
			r.Status = StatusChanged
			p.Changed++
		} else {
			r.Status = StatusUnchanged
			p.Unchanged++
		}
	}
	p.Rows = append(p.Rows, r)
}

// fill sets every field of c whose cell is not empty (an empty cell keeps
// what the database has).
func (rd *reader) fill(c *data.Child, at func(field) string, bad func(field, string, ...any)) {
	if v := at(fGroup); v != "" {
		if g, ok := rd.in.findGroup(v); ok {
			c.GroupID = g.ID
		} else {
			bad(fGroup, "unknown_group", "value", v, "codes", rd.in.codes())
		}
	} else if c.ID == 0 {
		bad(fGroup, "group_required")
	}
	if v := at(fName); v != "" {
		c.FullName = v
	}
	if v := at(fSex); v != "" {
		if sex, ok := parseSex(v); ok {
			c.Sex = sex
		} else {
			bad(fSex, "bad_sex", "value", v)
		}
	}
	dates := []struct {
		f   field
		dst *data.Date
	}{{fBirth, &c.BirthDate}, {fConsentDate, &c.ConsentDate}, {fLeftOn, &c.LeftOn}}
	for _, d := range dates {
		if v := at(d.f); v != "" {
			if got, ok := parseDate(v, rd.date1904); ok {
				*d.dst = got
			} else {
				bad(d.f, "bad_date", "value", v)
			}
		}
	}
	consent, given, ok := parseYesNo(at(fConsent))
	switch {
	case !ok:
		bad(fConsent, "bad_yes_no", "value", at(fConsent))
	case given && !consent && at(fConsentDate) != "":
		bad(fConsentDate, "consent_conflict")
	case given:
		c.Consent = consent
		if !consent {
			c.ConsentDate = data.Date{}
		}
	case at(fConsentDate) != "":
		c.Consent = true // a date of consent says there is one
	}
}

// validate applies data's rules for a child (Child.Validate, the one
// definition) and names the cell of every field it refuses: a refused
// field is set aside and the rest checked again.
func (rd *reader) validate(c *data.Child, at func(field) string, bad func(field, string, ...any)) {
	probe := *c
	if probe.GroupID == 0 {
		probe.GroupID = -1 // said by fill; the other fields are still checked
	}
	today := rd.p.store.Today()
	for range fields {
		err := probe.Validate(today, rd.win)
		var ve *data.ValidationError
		if !errors.As(err, &ve) {
			return
		}
		f := field(ve.Field)
		switch f {
		case fGroup:
			return // said by fill
		case fBirth, fConsentDate, fLeftOn:
			bad(f, string(f)+"_range", "value", at(f))
		default:
			bad(f, "invalid", "value", at(f))
		}
		switch f {
		case fBirth:
			probe.BirthDate = data.Date{}
		case fConsentDate:
			probe.ConsentDate = data.Date{}
		case fLeftOn:
			probe.LeftOn = data.Date{}
		case fSex:
			probe.Sex = ""
		default:
			return
		}
	}
}

// column is the letters of f's column ("" when the file has none).
func (rd *reader) column(f field) string {
	if c := rd.hdr.cols[f]; c > 0 {
		return colName(c)
	}
	return ""
}

func (rd *reader) column1(f field) int { return max(rd.hdr.cols[f], 1) }

// changes lists the fields in which c differs from old.
func changes(old, c data.Child) []string {
	var out []string
	add := func(f field, differ bool) {
		if differ {
			out = append(out, string(f))
		}
	}
	add(fGroup, old.GroupID != c.GroupID)
	add(fName, old.FullName != strings.Join(strings.Fields(c.FullName), " "))
	add(fSex, old.Sex != c.Sex)
	add(fBirth, old.BirthDate != c.BirthDate)
	add(fConsent, old.Consent != c.Consent)
	add(fConsentDate, old.ConsentDate != c.ConsentDate)
	add(fLeftOn, old.LeftOn != c.LeftOn)
	return out
}
