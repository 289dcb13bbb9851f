package roster

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"baulu/data"
	"baulu/data/text"
)

// Status is what importing a row would do to its child.
type Status string

// Row statuses.
const (
	StatusNew       Status = "new"
	StatusChanged   Status = "changed"
	StatusUnchanged Status = "unchanged"
)

// Row is one child of the file as the import sees it.
type Row struct {
	Row     int    // Excel row number
	Code    string // the child's code; a new child without one gets it on Apply
	Group   string // the group's code
	Status  Status
	Changed []string // field keys that change (full_name, sex, birth_date …)
	child   data.Child
	noCode  bool // the file's code cell is empty: Apply generates the code
}

// Problem is one thing wrong in the file, where it is and why.
type Problem struct {
	Row    int    // Excel row; 0 = the whole file
	Column string // Excel column letters; "" = the whole row or file
	Reason string // key of the message under roster.problem.
	Args   []any  // the message's name/value pairs
}

// Cell is the problem's place: "E7", "7" or "".
func (p Problem) Cell() string {
	if p.Row == 0 {
		return p.Column
	}
	return p.Column + strconv.Itoa(p.Row)
}

// Message is the problem's sentence in lang (kk, ru, en).
func (p Problem) Message(lang string) string {
	return text.T(lang, "roster.problem."+p.Reason, p.Args...)
}

// Note is something the user should know that does not stop the import.
type Note struct {
	Reason string // key under roster.note.
	Args   []any
}

// Message is the note's sentence in lang.
func (n Note) Message(lang string) string { return text.T(lang, "roster.note."+n.Reason, n.Args...) }

// Preview is what a roster would change, checked but not written.
type Preview struct {
	Kindergarten            data.Kindergarten // zero when the file's kindergarten is not usable
	Sheet                   string
	HeaderRow               int
	Rows                    []Row
	New, Changed, Unchanged int
	Problems                []Problem
	Notes                   []Note

	store   *data.Store
	hidden  int    // problems past maxProblems
	file    []byte // the workbook as read, for WriteCodes
	codeCol int    // the code column's number
}

// maxProblems caps the list (a wrong file can have a problem in every cell).
const maxProblems = 300

// OK reports whether the preview can be applied.
func (p *Preview) OK() bool { return len(p.Problems) == 0 }

func (p *Preview) problem(pr Problem) {
	if len(p.Problems) >= maxProblems {
		p.hidden++
		return
	}
	p.Problems = append(p.Problems, pr)
}

// Apply writes every new and changed child in one transaction and fills in
// the codes of the new ones. It refuses (ErrHasProblems) while the preview
// lists any problem. Applying again writes nothing new.
func (p *Preview) Apply(ctx context.Context) (data.RosterCounts, error) {
	if !p.OK() {
		return data.RosterCounts{}, ErrHasProblems
	}
	var writes []data.Child
	var at []int
	for i, r := range p.Rows {
		if r.Status != StatusUnchanged {
			writes = append(writes, r.child)
			at = append(at, i)
		}
	}
	n, err := p.store.SaveRoster(ctx, p.Kindergarten.ID, writes)
	if err != nil {
		var re *data.RosterError
		if errors.As(err, &re) {
			return n, fmt.Errorf("row %d: %w", p.Rows[at[re.Index]].Row, err)
		}
		return n, fmt.Errorf("write roster: %w", err)
	}
	for j, i := range at {
		p.Rows[i].Code = writes[j].Code
		p.Rows[i].child = writes[j]
	}
	n.Unchanged += p.Unchanged
	return n, nil
}

// Sentinel errors: the whole file is refused; ErrorMessage has the sentence.
var (
	ErrNoKindergarten = errors.New("roster: the file does not say which kindergarten")
	ErrScoreTemplate  = errors.New("roster: this is a score template, not a roster")
	ErrNoHeader       = errors.New("roster: no header row with the roster's columns")
	ErrNoChildren     = errors.New("roster: the file lists no children")
	ErrHasProblems    = errors.New("roster: the file has problems; nothing was written")
)
