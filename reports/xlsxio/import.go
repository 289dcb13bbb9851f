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

// Note is something the import did that the user should know, such as a
// teacher's copy of a sheet taken instead of the template's.
type Note struct {
	Sheet  string
	Reason string // the message is the catalogue's "xlsxio.note."+Reason
	Args   []any  // name/value pairs for its placeholders
}

// Message is the note's sentence in lang.
func (n Note) Message(lang string) string { return text.T(lang, "xlsxio.note."+n.Reason, n.Args...) }

// SheetSummary counts one group sheet's scores.
type SheetSummary struct {
	Sheet                   string
	GroupID                 int64
	GroupCode               string
	New, Changed, Unchanged int
	Absent                  int
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
	// Absent counts the cells marked as not assessed (н/б, -, жоқ …): they
	// are neither scores nor problems.
	Absent   int
	Problems []Problem
	Notes    []Note // what the user should know that does not stop the import
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
	if err := p.readGroups(ctx, f, m, in); err != nil {
		return nil, err
	}
	if p.hidden > 0 {
		p.Problems = append(p.Problems, Problem{Reason: ReasonTooManyProblems, Args: []any{"n", p.hidden}})
	}
	if p.OK() && p.New+p.Changed+p.Unchanged+p.Absent == 0 {
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
	seen       map[string]string         // child code → where first seen (sheets taken so far)
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

// shorten keeps a cell's text readable inside a message.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
