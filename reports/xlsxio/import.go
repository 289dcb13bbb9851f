package xlsxio

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/text"
)

// maxProblems caps the list: past it, one more problem says how many were
// left out (a wrong file can have a problem in every cell).
const maxProblems = 500

// Options narrow an import to what the user picked on screen; zero fields
// accept any kindergarten of the region, any round.
type Options struct {
	KindergartenID int
	RoundID        int64
	// FileName names the file in the history (ImportFile: the path's).
	FileName string
}

// Problem is one thing wrong in the file, where it is and why.
type Problem struct {
	Sheet  string // "" = the whole file
	Row    int    // Excel row number; 0 = the whole sheet
	Column string // Excel column letters; "" = the whole row or sheet
	Reason Reason
	Args   []any // name/value pairs for the message's placeholders (see the Reason constants)
}

// Cell is the problem's place on its sheet: "C7", "A7", "7" or "".
func (p Problem) Cell() string {
	if p.Row == 0 {
		return p.Column
	}
	return p.Column + strconv.Itoa(p.Row)
}

// Message is the problem's sentence in lang (kk, ru, en).
func (p Problem) Message(lang string) string {
	return text.T(lang, "xlsxio.problem."+string(p.Reason), p.Args...)
}

// SheetSummary counts one group sheet's scores.
type SheetSummary struct {
	Sheet                   string
	GroupID                 int64
	GroupCode               string
	New, Changed, Unchanged int
}

// Preview is what a filled template would change, checked but not written.
type Preview struct {
	Region       string
	Kindergarten data.Kindergarten // zero when the file's kindergarten is unknown
	Round        data.Round        // zero when the file's round is unknown
	// FrameworkChanged: the framework was edited after the template was made.
	// Only informative: columns are checked one by one (see the package doc).
	FrameworkChanged        bool
	Sheets                  []SheetSummary
	New, Changed, Unchanged int
	Problems                []Problem
	// File and SHA256 name the file in the change history (its name
	// without the folder, when known).
	File, SHA256 string

	store  *data.Store
	writes []data.Score // new and changed scores
	hidden int          // problems past maxProblems
}

// OK reports whether the preview can be applied.
func (p *Preview) OK() bool { return len(p.Problems) == 0 }

// Apply writes every new and changed score in one transaction. It refuses
// (ErrHasProblems) while the preview lists any problem, so a file is taken
// whole or not at all. Applying again writes nothing new.
func (p *Preview) Apply(ctx context.Context) error {
	if !p.OK() {
		return ErrHasProblems
	}
	if err := p.store.WriteScores(ctx, p.writes, data.WriteOptions{Source: data.SourceImport, KindergartenID: p.Kindergarten.ID,
		File: p.File, SHA256: p.SHA256}); err != nil {
		return fmt.Errorf("write scores: %w", err)
	}
	return nil
}

// Import reads a filled template and previews it against the database.
// Nothing is written: call Preview.Apply. A file that cannot be a template
// gives one of the sentinel errors (ErrorMessage has its sentence).
func Import(ctx context.Context, s *data.Store, r io.Reader) (*Preview, error) {
	return ImportWith(ctx, s, r, Options{})
}

// ImportFile is Import of a file on disk.
func ImportFile(ctx context.Context, s *data.Store, path string, opt Options) (*Preview, error) {
	fh, err := readFile(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	if opt.FileName == "" {
		opt.FileName = filepath.Base(path)
	}
	return ImportWith(ctx, s, fh, opt)
}

// ImportWith is Import that also checks the file is for the kindergarten
// and round in opt.
func ImportWith(ctx context.Context, s *data.Store, r io.Reader, opt Options) (*Preview, error) {
	sum := sha256.New()
	f, err := openWorkbook(io.TeeReader(r, sum))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := readMeta(f)
	if err != nil {
		return nil, err
	}
	p := &Preview{store: s, Region: m.Region, File: opt.FileName, SHA256: hex.EncodeToString(sum.Sum(nil))}
	in, err := p.checkFile(ctx, s, m, opt)
	if err != nil || !p.OK() {
		return p, err
	}
	for _, ms := range m.Sheets {
		if err := p.readSheet(ctx, f, m, ms, in); err != nil {
			return nil, err
		}
	}
	if p.hidden > 0 {
		p.Problems = append(p.Problems, Problem{Reason: ReasonTooManyProblems, Args: []any{"n", p.hidden}})
	}
	if p.OK() && p.New+p.Changed+p.Unchanged == 0 {
		return nil, ErrNoScores
	}
	return p, nil
}

func (p *Preview) problem(pr Problem) {
	if len(p.Problems) >= maxProblems {
		p.hidden++
		return
	}
	p.Problems = append(p.Problems, pr)
}

// lookups is what the sheets are checked against.
type lookups struct {
	indicators map[string]data.Indicator // by code, retired ones too
	groups     map[int64]data.Group      // the kindergarten's
	children   map[string]childRef       // the kindergarten's, by code
	existing   map[int64]map[int64]int   // child → indicator → score in the round
	seen       map[string]string         // child code → where first seen
}

type childRef struct {
	child data.Child
	group data.Group
}

// checkFile checks what the metadata says against the database and the
// options, and loads the lookups when all is well.
func (p *Preview) checkFile(ctx context.Context, s *data.Store, m *meta, opt Options) (*lookups, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	if m.Region != st.RegionCode {
		p.problem(Problem{Reason: ReasonOtherRegion, Args: []any{"file_region", m.Region, "region", st.RegionCode}})
		return nil, nil
	}
	kg, err := s.Kindergarten(ctx, m.KindergartenID)
	switch {
	case errors.Is(err, data.ErrNotFound) || err == nil && kg.RegionCode != m.Region:
		p.problem(Problem{Reason: ReasonUnknownKG, Args: []any{"seed", m.KindergartenID}})
	case err != nil:
		return nil, err
	case opt.KindergartenID != 0 && opt.KindergartenID != kg.ID:
		p.problem(Problem{Reason: ReasonOtherKG, Args: []any{"file_seed", kg.ID, "seed", opt.KindergartenID}})
	default:
		p.Kindergarten = kg
	}
	round, err := s.RoundByCode(ctx, m.Round)
	switch {
	case errors.Is(err, data.ErrNotFound):
		p.problem(Problem{Reason: ReasonUnknownRound, Args: []any{"round", m.Round}})
	case err != nil:
		return nil, err
	case opt.RoundID != 0 && opt.RoundID != round.ID:
		want, err := s.Round(ctx, opt.RoundID)
		if err != nil {
			return nil, err
		}
		p.problem(Problem{Reason: ReasonOtherRound, Args: []any{"file_round", roundName(round), "round", roundName(want)}})
	default:
		p.Round = round
	}
	if !p.OK() {
		return nil, nil
	}
	// An approved round takes no import: say so before anything is read.
	if rs, err := s.RoundStatusOf(ctx, kg.ID, round.ID); err != nil {
		return nil, err
	} else if rs.Approved() {
		p.problem(Problem{Reason: ReasonRoundApproved, Args: []any{"round", roundName(round), "seed", kg.ID,
			"by", rs.ApprovedBy, "at", rs.ApprovedAt.Local().Format("02.01.2006 15:04")}})
		return nil, nil
	}
	p.FrameworkChanged = m.Framework != st.FrameworkVersion
	return loadLookups(ctx, s, kg.ID, round.ID)
}

func roundName(r data.Round) string { return r.NameKK + " / " + r.NameRU }

func loadLookups(ctx context.Context, s *data.Store, kgID int, roundID int64) (*lookups, error) {
	in := &lookups{indicators: map[string]data.Indicator{}, groups: map[int64]data.Group{},
		children: map[string]childRef{}, existing: map[int64]map[int64]int{}, seen: map[string]string{}}
	inds, err := s.Indicators(ctx, true)
	if err != nil {
		return nil, err
	}
	for _, i := range inds {
		in.indicators[normCode(i.Code)] = i
	}
	groups, err := s.Groups(ctx, kgID)
	if err != nil {
		return nil, err
	}
	for _, g := range groups {
		in.groups[g.ID] = g
		kids, err := s.Children(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		for _, c := range kids {
			in.children[normCode(c.Code)] = childRef{c, g}
		}
		scores, err := s.GroupScores(ctx, g.ID, roundID)
		if err != nil {
			return nil, err
		}
		for c, m := range scores {
			in.existing[c] = m
		}
	}
	return in, nil
}

// column is one indicator column of a sheet as the import sees it.
type column struct {
	col       int
	code      string
	indicator data.Indicator
	usable    bool   // the header matches and the indicator takes scores
	unusable  Reason // why values in it cannot be taken, when the header is fine
	reported  bool
}

// readSheet checks one group sheet and counts its scores.
func (p *Preview) readSheet(ctx context.Context, f *excelize.File, m *meta, ms metaSheet, in *lookups) error {
	if idx, err := f.GetSheetIndex(ms.Name); err != nil || idx < 0 {
		p.problem(Problem{Reason: ReasonSheetMissing, Args: []any{"sheet", ms.Name}})
		return nil
	}
	g, ok := in.groups[ms.GroupID]
	if !ok || g.Code != ms.GroupCode {
		reason := ReasonUnknownGroup
		if other, err := p.store.Group(ctx, ms.GroupID); err == nil && !ok && other.Code == ms.GroupCode {
			reason = ReasonGroupOtherKG
		}
		p.problem(Problem{Sheet: ms.Name, Reason: reason, Args: []any{"group", ms.GroupCode}})
		return nil
	}
	rows, err := sheetRows(f, ms.Name)
	if err != nil {
		p.problem(Problem{Sheet: ms.Name, Reason: ReasonUnreadableSheet})
		return nil
	}
	at := func(row, col int) string {
		if row-1 < len(rows) && col-1 < len(rows[row-1]) {
			return rows[row-1][col-1]
		}
		return ""
	}
	cols, ok := p.checkHeader(ms, m, at, in)
	if !ok {
		return nil // a shifted header makes every cell below doubtful
	}
	sum := SheetSummary{Sheet: ms.Name, GroupID: g.ID, GroupCode: g.Code}
	for row := m.FirstRow; row <= len(rows); row++ {
		p.readRow(ctx, ms.Name, row, at, cols, g, in, &sum)
	}
	p.Sheets = append(p.Sheets, sum)
	p.New, p.Changed, p.Unchanged = p.New+sum.New, p.Changed+sum.Changed, p.Unchanged+sum.Unchanged
	return nil
}

// checkHeader compares the visible code row with the metadata.
func (p *Preview) checkHeader(ms metaSheet, m *meta, at func(int, int) string, in *lookups) ([]*column, bool) {
	ok := true
	cols := make([]*column, len(ms.Indicators))
	for j, code := range ms.Indicators {
		c := &column{col: m.FirstCol + j, code: code}
		cols[j] = c
		got := at(m.CodeRow, c.col)
		switch norm := normCode(got); {
		case norm == "":
			p.problem(Problem{Sheet: ms.Name, Row: m.CodeRow, Column: colName(c.col), Reason: ReasonHeaderMissing, Args: []any{"code", code}})
			ok = false
			continue
		case norm != normCode(code):
			p.problem(Problem{Sheet: ms.Name, Row: m.CodeRow, Column: colName(c.col), Reason: ReasonHeaderEdited,
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
func (p *Preview) readRow(ctx context.Context, sheet string, row int, at func(int, int) string, cols []*column, g data.Group, in *lookups, sum *SheetSummary) {
	type value struct {
		c *column
		v int
	}
	var values []value
	for _, c := range cols {
		raw := at(row, c.col)
		v, err := ParseScore(raw)
		switch {
		case err != nil:
			reason := ReasonValueUnreadable
			if errors.Is(err, ErrScoreRange) {
				reason = ReasonValueOutOfRange
			}
			p.problem(Problem{Sheet: sheet, Row: row, Column: colName(c.col), Reason: reason, Args: []any{"value", shorten(raw)}})
			values = append(values, value{c, 0})
		case v != 0:
			values = append(values, value{c, v})
		}
	}
	if len(values) == 0 {
		return // nothing entered in this row: its code does not matter
	}
	rawCode := at(row, 1)
	code := normCode(rawCode)
	rowOK := true
	var ref childRef
	switch r, known := in.children[code]; {
	case code == "":
		p.problem(Problem{Sheet: sheet, Row: row, Column: "A", Reason: ReasonMissingChildCode})
		rowOK = false
	case !known:
		reason := ReasonUnknownChild
		if p.childElsewhere(ctx, rawCode, code) {
			reason = ReasonChildOtherKG
		}
		p.problem(Problem{Sheet: sheet, Row: row, Column: "A", Reason: reason, Args: []any{"child", shorten(rawCode)}})
		rowOK = false
	case r.group.ID != g.ID:
		p.problem(Problem{Sheet: sheet, Row: row, Column: "A", Reason: ReasonChildOtherGroup, Args: []any{"child", r.child.Code, "group", r.group.Code}})
		rowOK = false
	default:
		ref = r
	}
	if code != "" {
		here := fmt.Sprintf("%s!A%d", sheet, row)
		if first, dup := in.seen[code]; dup {
			p.problem(Problem{Sheet: sheet, Row: row, Column: "A", Reason: ReasonDuplicateChild, Args: []any{"child", shorten(rawCode), "first", first}})
			rowOK = false
		} else {
			in.seen[code] = here
		}
	}
	for _, v := range values {
		if !v.c.usable {
			if !v.c.reported {
				v.c.reported = true
				p.problem(Problem{Sheet: sheet, Column: colName(v.c.col), Reason: v.c.unusable, Args: []any{"code", v.c.code}})
			}
			continue
		}
		if !rowOK || v.v == 0 {
			continue
		}
		old := in.existing[ref.child.ID][v.c.indicator.ID]
		switch {
		case old == v.v:
			sum.Unchanged++
			continue
		case old == 0:
			sum.New++
		default:
			sum.Changed++
		}
		p.writes = append(p.writes, data.Score{ChildID: ref.child.ID, RoundID: p.Round.ID, IndicatorID: v.c.indicator.ID, Value: v.v})
	}
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

// shorten keeps a cell's text readable inside a message.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
