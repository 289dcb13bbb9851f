package roster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"baulu/data"
	"baulu/reports/xlsxio"

	"github.com/xuri/excelize/v2"
)

// maxFileSize is more than any workbook OpenWorkbook accepts.
const maxFileSize = 64 << 20

// Options say which kindergarten a list without the roster's metadata is
// for (a list in the methodologist's own layout); zero accepts only files
// that say it themselves.
type Options struct {
	KindergartenID int
}

// ImportFile is Import of a file on disk.
func ImportFile(ctx context.Context, s *data.Store, path string, opt Options) (*Preview, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer fh.Close()
	return Import(ctx, s, fh, opt)
}

// Import reads a filled roster and previews it against the database.
// Nothing is written: call Preview.Apply. A file that cannot be a roster
// gives a sentinel error (ErrorMessage has its sentence).
func Import(ctx context.Context, s *data.Store, r io.Reader, opt Options) (*Preview, error) {
	// The bytes are kept for WriteCodes; OpenWorkbook refuses a file past
	// its size limit, so reading a little more than that is enough.
	b, err := io.ReadAll(io.LimitReader(r, maxFileSize))
	if err != nil {
		return nil, fmt.Errorf("read roster: %w", err)
	}
	f, err := xlsxio.OpenWorkbook(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, hasMeta := readMeta(f)
	if !hasMeta && hasSheet(f, scoreMetaSheet) {
		return nil, ErrScoreTemplate
	}
	p := &Preview{store: s, file: b}
	kg, err := p.kindergarten(ctx, s, m, hasMeta, opt)
	if err != nil || !p.OK() {
		return p, err
	}
	sheet, rows, hdr, err := findHeader(f)
	if err != nil {
		return nil, err
	}
	p.Kindergarten, p.Sheet, p.HeaderRow, p.codeCol = kg, sheet, hdr.row, hdr.cols[fCode]
	if hasMeta && (hdr.row != headerRow || hdr.cols[fCode] != 1) {
		p.Notes = append(p.Notes, Note{Reason: "header_moved", Args: []any{"cell", cell(hdr.cols[fCode], hdr.row), "template", cell(1, headerRow)}})
	}
	for _, need := range []field{fCode, fGroup} {
		if hdr.cols[need] == 0 {
			p.problem(Problem{Row: hdr.row, Reason: "missing_column", Args: []any{"column", headerText(need)}})
		}
	}
	if !p.OK() {
		return p, nil
	}
	in, err := loadLookups(ctx, s, kg.ID)
	if err != nil {
		return nil, err
	}
	win, err := s.Window(ctx)
	if err != nil {
		return nil, err
	}
	rd := &reader{p: p, in: in, hdr: hdr, win: win, date1904: xlsxio.Date1904(f), seenCode: map[string]string{}, seenChild: map[int64]string{}}
	for i := hdr.row; i < len(rows); i++ {
		rd.row(ctx, i+1, rows[i])
	}
	if p.hidden > 0 {
		p.Problems = append(p.Problems, Problem{Reason: "too_many", Args: []any{"n", p.hidden}})
	}
	if p.OK() && len(p.Rows) == 0 {
		return nil, ErrNoChildren
	}
	if rd.uncoded > 0 {
		p.Notes = append(p.Notes, Note{Reason: "codes_generated", Args: []any{"n", rd.uncoded}})
	}
	return p, nil
}

// kindergarten decides which kindergarten the file is for and checks it
// against the database; a mismatch is a problem of the whole file.
func (p *Preview) kindergarten(ctx context.Context, s *data.Store, m meta, hasMeta bool, opt Options) (data.Kindergarten, error) {
	id := opt.KindergartenID
	switch {
	case hasMeta && id != 0 && m.KindergartenID != id:
		p.problem(Problem{Reason: "other_kg", Args: []any{"file", m.KindergartenID, "chosen", id}})
		return data.Kindergarten{}, nil
	case hasMeta:
		id = m.KindergartenID
	case id == 0:
		return data.Kindergarten{}, ErrNoKindergarten
	}
	st, err := s.Settings(ctx)
	if err != nil {
		return data.Kindergarten{}, err
	}
	if hasMeta && m.Region != st.RegionCode {
		p.problem(Problem{Reason: "other_region", Args: []any{"file", m.Region, "here", st.RegionCode}})
		return data.Kindergarten{}, nil
	}
	kg, err := s.Kindergarten(ctx, id)
	switch {
	case errors.Is(err, data.ErrNotFound) || err == nil && kg.RegionCode != st.RegionCode:
		p.problem(Problem{Reason: "unknown_kg", Args: []any{"kg", id}})
		return data.Kindergarten{}, nil
	case err != nil:
		return data.Kindergarten{}, err
	}
	return kg, nil
}

// header is where the roster's columns are: the row and, per field, the
// column number (0 = absent).
type header struct {
	row  int
	cols map[field]int
}

// findHeader finds the first visible sheet with a header row: a row among
// the first maxHeaderScan that names a group column and at least two more
// of the roster's columns.
func findHeader(f *excelize.File) (string, [][]string, header, error) {
	for _, name := range f.GetSheetList() {
		if name == metaSheetName || name == scoreMetaSheet {
			continue
		}
		if visible, err := f.GetSheetVisible(name); err != nil || !visible {
			continue
		}
		rows, err := xlsxio.SheetRows(f, name)
		if err != nil {
			continue
		}
		for i := 0; i < len(rows) && i < maxHeaderScan; i++ {
			h := header{row: i + 1, cols: map[field]int{}}
			for j, v := range rows[i] {
				if fl := recognise(v); fl != "" && h.cols[fl] == 0 {
					h.cols[fl] = j + 1
				}
			}
			if h.cols[fGroup] != 0 && len(h.cols) >= 3 {
				return name, rows, h, nil
			}
		}
	}
	return "", nil, header{}, ErrNoHeader
}

// lookups is what the rows are checked against.
type lookups struct {
	groups  []data.Group
	byCode  map[string]data.Child   // the kindergarten's children, by normalised code
	byName  map[string][]data.Child // … by folded full name
	groupOf map[int64]data.Group
}

func loadLookups(ctx context.Context, s *data.Store, kgID int) (*lookups, error) {
	in := &lookups{byCode: map[string]data.Child{}, byName: map[string][]data.Child{}, groupOf: map[int64]data.Group{}}
	var err error
	if in.groups, err = s.Groups(ctx, kgID); err != nil {
		return nil, err
	}
	for _, g := range in.groups {
		in.groupOf[g.ID] = g
		kids, err := s.Children(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		for _, c := range kids {
			in.byCode[xlsxio.NormCode(c.Code)] = c
			if n := foldName(c.FullName); n != "" {
				in.byName[n] = append(in.byName[n], c)
			}
		}
	}
	return in, nil
}

// findGroup reads a group cell: its code (E1, Е1, "E1 Балапан") or its name.
func (in *lookups) findGroup(v string) (data.Group, bool) {
	norm := xlsxio.NormCode(v)
	first := ""
	if w := strings.Fields(v); len(w) > 0 {
		first = xlsxio.NormCode(w[0])
	}
	for _, g := range in.groups {
		if c := xlsxio.NormCode(g.Code); c == norm || c == first || strings.EqualFold(strings.TrimSpace(v), g.Name) {
			return g, true
		}
	}
	return data.Group{}, false
}

func (in *lookups) codes() string {
	var cs []string
	for _, g := range in.groups {
		cs = append(cs, g.Code)
	}
	return strings.Join(cs, ", ")
}

// foldName makes two spellings of one name equal: case, spaces, ё/е.
func foldName(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(s), " ")), "ё", "е")
}
