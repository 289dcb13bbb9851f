package xlsxio

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"baulu/data"
)

// sheetRead is one sheet read as one group's: what it would write and what
// is wrong in it, kept apart until the import knows which of the group's
// sheets (the template's own or a teacher's copy) it takes.
type sheetRead struct {
	name     string // the sheet's name in the file
	shifted  shift  // where its table moved from the template's place
	moved    bool
	layout   layout
	summary  SheetSummary
	problems []Problem
	writes   []data.Score
	coded    []codedRow        // rows with something entered, for duplicates across sheets
	content  map[string]string // child code|indicator → the cell's text, to compare copies
}

// codedRow is a row with something entered and the child code it carries.
type codedRow struct {
	code, raw string
	row       int
	col       string
}

// layout is where a sheet's table is: the template's places, shifted.
type layout struct {
	codeRow, firstRow, firstCol, codeCol int
}

func (r *sheetRead) problem(pr Problem) { r.problems = append(r.problems, pr) }

// column is one indicator column of a sheet as the import sees it.
type column struct {
	col       int
	code      string
	indicator data.Indicator
	usable    bool   // the header matches and the indicator takes scores
	unusable  Reason // why values in it cannot be taken, when the header is fine
	reported  bool
}

// readGroupSheet reads sheet name of file f as group g's sheet ms. The
// table is looked for where the template put it and, failing that, shifted
// by rows or columns the teacher inserted before it.
func (p *Preview) readGroupSheet(ctx context.Context, f *excelize.File, rows [][]string, m *meta, ms metaSheet, name string,
	g data.Group, in *lookups) *sheetRead {
	r := &sheetRead{name: name, content: map[string]string{},
		summary: SheetSummary{Sheet: name, GroupID: g.ID, GroupCode: g.Code}}
	at := cellAt(rows)
	sh, found := locateHeader(at, m.CodeRow, m.FirstCol, ms.Indicators)
	r.shifted, r.moved = sh, found && sh != shift{}
	r.layout = layout{codeRow: m.CodeRow + sh.rows, firstRow: m.FirstRow + sh.rows, firstCol: m.FirstCol + sh.cols, codeCol: 1 + sh.cols}
	cols, ok := r.checkHeader(ms, at, in)
	if !ok {
		return r // a header out of place makes every cell below doubtful
	}
	for row := r.layout.firstRow; row <= len(rows); row++ {
		r.readRow(ctx, p, f, row, at, cols, g, in)
	}
	return r
}

// cellAt reads a cell of rows by Excel row and column numbers.
func cellAt(rows [][]string) func(row, col int) string {
	return func(row, col int) string {
		if row >= 1 && col >= 1 && row-1 < len(rows) && col-1 < len(rows[row-1]) {
			return rows[row-1][col-1]
		}
		return ""
	}
}

// checkHeader compares the visible code row with the metadata.
func (r *sheetRead) checkHeader(ms metaSheet, at func(int, int) string, in *lookups) ([]*column, bool) {
	ok := true
	cols := make([]*column, len(ms.Indicators))
	row := r.layout.codeRow
	for j, code := range ms.Indicators {
		c := &column{col: r.layout.firstCol + j, code: code}
		cols[j] = c
		got := at(row, c.col)
		switch norm := normCode(got); {
		case norm == "":
			r.problem(Problem{Sheet: r.name, Row: row, Column: colName(c.col), Reason: ReasonHeaderMissing, Args: []any{"code", code}})
			ok = false
			continue
		case norm != normCode(code):
			r.problem(Problem{Sheet: r.name, Row: row, Column: colName(c.col), Reason: ReasonHeaderEdited,
				Args: []any{"code", code, "found", shorten(got)}})
			ok = false
			continue
		}
		ind, found := in.indicators[normCode(code)]
		switch {
		case !found:
			c.unusable = ReasonIndicatorGone
		case ind.Retired():
			c.unusable = ReasonIndicatorRetired
		default:
			c.indicator, c.usable = ind, true
		}
	}
	return cols, ok
}

// readRow checks one child row and counts its scores.
func (r *sheetRead) readRow(ctx context.Context, p *Preview, f *excelize.File, row int, at func(int, int) string,
	cols []*column, g data.Group, in *lookups) {
	type value struct {
		c *column
		v int
	}
	rawCode := at(row, r.layout.codeCol)
	code := normCode(rawCode)
	codeCol := colName(r.layout.codeCol)
	var values []value
	entered := false
	for _, c := range cols {
		raw := at(row, c.col)
		if strings.TrimSpace(raw) == "" {
			continue
		}
		entered = true
		key := code
		if key == "" {
			key = fmt.Sprintf("#%d", row)
		}
		r.content[key+"|"+c.code] = clean(raw)
		if IsAbsent(raw) {
			r.summary.Absent++
			continue
		}
		v, err := ParseScore(raw)
		if err != nil {
			pr := Problem{Sheet: r.name, Row: row, Column: colName(c.col), Reason: ReasonValueUnreadable, Args: []any{"value", shorten(raw)}}
			if date, ok := shownDate(f, r.name, cell(c.col, row), raw); ok {
				pr.Reason, pr.Args = ReasonValueIsDate, []any{"date", date}
			} else if errors.Is(err, ErrScoreRange) {
				pr.Reason = ReasonValueOutOfRange
			}
			r.problem(pr)
			values = append(values, value{c, 0})
			continue
		}
		values = append(values, value{c, v})
	}
	if !entered {
		return // nothing entered in this row: its code does not matter
	}
	rowOK := true
	var ref childRef
	switch known, ok := in.children[code]; {
	case len(values) == 0:
		return // only absence marks: nothing to write, so whose row it is does not matter
	case code == "":
		r.problem(Problem{Sheet: r.name, Row: row, Column: codeCol, Reason: ReasonMissingChildCode})
		rowOK = false
	case !ok:
		reason := ReasonUnknownChild
		if p.childElsewhere(ctx, rawCode, code) {
			reason = ReasonChildOtherKG
		}
		r.problem(Problem{Sheet: r.name, Row: row, Column: codeCol, Reason: reason, Args: []any{"child", shorten(rawCode)}})
		rowOK = false
	case known.group.ID != g.ID:
		r.problem(Problem{Sheet: r.name, Row: row, Column: codeCol, Reason: ReasonChildOtherGroup,
			Args: []any{"child", known.child.Code, "group", known.group.Code}})
		rowOK = false
	default:
		ref = known
	}
	if code != "" {
		r.coded = append(r.coded, codedRow{code: code, raw: rawCode, row: row, col: codeCol})
	}
	for _, v := range values {
		if !v.c.usable {
			if !v.c.reported {
				v.c.reported = true
				r.problem(Problem{Sheet: r.name, Column: colName(v.c.col), Reason: v.c.unusable, Args: []any{"code", v.c.code}})
			}
			continue
		}
		if !rowOK || v.v == 0 {
			continue
		}
		old := in.existing[ref.child.ID][v.c.indicator.ID]
		switch {
		case old == v.v:
			r.summary.Unchanged++
			continue
		case old == 0:
			r.summary.New++
		default:
			r.summary.Changed++
		}
		r.writes = append(r.writes, data.Score{ChildID: ref.child.ID, RoundID: p.Round.ID, IndicatorID: v.c.indicator.ID, Value: v.v})
	}
}

// take adds a sheet read to the preview: its problems, scores and counts,
// and a child seen on an earlier sheet or row becomes a problem here.
func (p *Preview) take(r *sheetRead, in *lookups) {
	for _, pr := range r.problems {
		p.problem(pr)
	}
	for _, c := range r.coded {
		here := fmt.Sprintf("%s!%s%d", r.name, c.col, c.row)
		if first, dup := in.seen[c.code]; dup {
			p.problem(Problem{Sheet: r.name, Row: c.row, Column: c.col, Reason: ReasonDuplicateChild,
				Args: []any{"child", shorten(c.raw), "first", first}})
		} else {
			in.seen[c.code] = here
		}
	}
	if r.moved {
		p.Notes = append(p.Notes, Note{Sheet: r.name, Reason: "header_moved", Args: []any{"sheet", r.name,
			"cell", cell(r.layout.firstCol, r.layout.codeRow), "template", cell(r.layout.firstCol-r.shifted.cols, r.layout.codeRow-r.shifted.rows)}})
	}
	p.writes = append(p.writes, r.writes...)
	p.Sheets = append(p.Sheets, r.summary)
	s := r.summary
	p.New, p.Changed, p.Unchanged, p.Absent = p.New+s.New, p.Changed+s.Changed, p.Unchanged+s.Unchanged, p.Absent+s.Absent
}

// childElsewhere tells an unknown code from a child of another kindergarten.
func (p *Preview) childElsewhere(ctx context.Context, raw, norm string) bool {
	for _, c := range []string{raw, norm} {
		if _, err := p.store.ChildByCode(ctx, c); err == nil {
			return true
		}
	}
	return false
}
