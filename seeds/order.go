package seeds

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// orderText is a byte-for-byte copy of the official order
// (/work/shared/reference/pilot-order-kk.txt); a test guards the copy.
//
//go:embed pilot-order-kk.txt
var orderText string

// OrderText returns the embedded text of the order, e.g. for an annex.
func OrderText() string { return orderText }

const (
	regionCount        = 20
	perRegion          = 5
	kindergartenCount  = regionCount * perRegion
	listEndMarker      = "Ескерту" // the abbreviations note after the list
	columnHeaderPrefix = "№\t"     // «№ | Мектепке дейінгі ұйымның атауы»
)

var (
	// listTitle finds the title of appendix 2, «…100 мектепке дейінгі
	// ұйымның тізбесі». The word must end there: «тізбесіне» in chapter 1
	// is an earlier mention, not the list.
	listTitle = regexp.MustCompile(`тізбесі(?:[^\p{L}]|$)`)
	// kindergartenLine is «N.<TAB>name».
	kindergartenLine = regexp.MustCompile(`^(\d+)\.\t(.*)$`)
)

// Kindergarten is one of the 100 preschool organisations in the order.
type Kindergarten struct {
	// SeedNo is the line number in the order (1..100), the kindergarten's
	// stable identity across all installations.
	SeedNo     int
	RegionCode string
	// Position is the place within the region (1..5), as listed.
	Position int
	// Name is exactly the order's text for that line, trimmed.
	Name string
	// ShortName is Name without a trailing form token (ЖШС, ЖК, КМҚК,
	// МКҚК), for display: the order nests quotes as «"Тамаша" бөбекжай-
	// бақшасы» but prints both as «», leaving a closing » without its
	// opening one, which is dropped here («Тамаша» бөбекжай-бақшасы).
	// For «жекеменшік» names and the branch it equals Name.
	ShortName string
	Form      Form
	// Note (English), NoteKK and NoteRU explain anything the name leaves
	// open; they are set only for the branch (№86).
	Note, NoteKK, NoteRU string
}

// Code is the region code and position, e.g. "ULY-03", the prefix of the
// kindergarten's group and child codes.
func (k Kindergarten) Code() string {
	return fmt.Sprintf("%s-%02d", k.RegionCode, k.Position)
}

var (
	parseOnce sync.Once
	parsed    []Kindergarten
)

// all parses the embedded order once. The file is ours and a test parses
// it, so a failure here is a build defect, not a user error: panic.
func all() []Kindergarten {
	parseOnce.Do(func() {
		ks, err := parseOrder(orderText)
		if err != nil {
			panic(fmt.Sprintf("seeds: embedded pilot order: %v", err))
		}
		parsed = ks
	})
	return parsed
}

// Kindergartens returns all 100 kindergartens in seed order (a copy).
func Kindergartens() []Kindergarten {
	return append([]Kindergarten(nil), all()...)
}

// KindergartensOf returns the five kindergartens of a region in the order's
// sequence, or nil for an unknown code.
func KindergartensOf(regionCode string) []Kindergarten {
	var out []Kindergarten
	for _, k := range all() {
		if k.RegionCode == regionCode {
			out = append(out, k)
		}
	}
	return out
}

// KindergartenBySeed finds a kindergarten by its seed number (1..100).
func KindergartenBySeed(seedNo int) (Kindergarten, bool) {
	ks := all()
	if seedNo < 1 || seedNo > len(ks) {
		return Kindergarten{}, false
	}
	return ks[seedNo-1], true
}

// parseOrder reads appendix 2 of the order: region header lines («… облысы»
// or «… қаласы», a tab after) each followed by five «N.<TAB>name» lines,
// with stray blank lines in between, up to the «Ескерту» note.
func parseOrder(text string) ([]Kindergarten, error) {
	lines := strings.Split(text, "\n")
	start := -1
	for i, l := range lines {
		if listTitle.MatchString(l) {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return nil, errors.New("list title «тізбесі» not found")
	}

	var (
		ks     []Kindergarten
		region Region
		seen   = map[string]bool{}
		pos    int
	)
	closeRegion := func(lineNo int) error {
		if region.Code != "" && pos != perRegion {
			return fmt.Errorf("line %d: %s has %d kindergartens, want %d", lineNo, region.NameKK, pos, perRegion)
		}
		return nil
	}
	lineNo := start
scan:
	for _, raw := range lines[start:] {
		lineNo++
		raw = strings.TrimRight(raw, "\r")
		text := strings.TrimSpace(raw)
		switch {
		case text == "" || strings.HasPrefix(raw, columnHeaderPrefix):
			continue
		case strings.HasPrefix(text, listEndMarker):
			break scan
		}
		if m := kindergartenLine.FindStringSubmatch(raw); m != nil {
			no, err := strconv.Atoi(m[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: number %q: %w", lineNo, m[1], err)
			}
			if no != len(ks)+1 {
				return nil, fmt.Errorf("line %d: kindergarten number %d, want %d", lineNo, no, len(ks)+1)
			}
			if region.Code == "" {
				return nil, fmt.Errorf("line %d: kindergarten %d before any region header", lineNo, no)
			}
			if pos == perRegion {
				return nil, fmt.Errorf("line %d: %s has more than %d kindergartens", lineNo, region.NameKK, perRegion)
			}
			pos++
			k, err := newKindergarten(no, region.Code, pos, m[2])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", lineNo, err)
			}
			ks = append(ks, k)
			continue
		}
		if strings.HasSuffix(text, "облысы") || strings.HasSuffix(text, "қаласы") {
			r, ok := regionByNameKK(text)
			if !ok {
				return nil, fmt.Errorf("line %d: unknown region %q", lineNo, text)
			}
			if seen[r.Code] {
				return nil, fmt.Errorf("line %d: region %q listed twice", lineNo, text)
			}
			if err := closeRegion(lineNo); err != nil {
				return nil, err
			}
			seen[r.Code], region, pos = true, r, 0
			continue
		}
		return nil, fmt.Errorf("line %d: neither a region nor a kindergarten: %q", lineNo, text)
	}
	if err := closeRegion(lineNo); err != nil {
		return nil, err
	}
	if len(seen) != regionCount || len(ks) != kindergartenCount {
		return nil, fmt.Errorf("found %d regions and %d kindergartens, want %d and %d",
			len(seen), len(ks), regionCount, kindergartenCount)
	}
	return ks, nil
}

// newKindergarten builds a kindergarten from one line of the list.
func newKindergarten(no int, regionCode string, pos int, rawName string) (Kindergarten, error) {
	name := strings.TrimSpace(rawName)
	if name == "" {
		return Kindergarten{}, fmt.Errorf("kindergarten %d has no name", no)
	}
	form, short, err := splitForm(name)
	if err != nil {
		return Kindergarten{}, fmt.Errorf("kindergarten %d: %w", no, err)
	}
	k := Kindergarten{SeedNo: no, RegionCode: regionCode, Position: pos,
		Name: name, ShortName: balanceQuotes(short), Form: form}
	if form == FormBranch {
		k.Note = "A branch (филиал) of a state kindergarten; the order gives no ownership form in its name, so it is counted as state-owned."
		k.NoteKK = "Мемлекеттік балабақшаның филиалы; бұйрықтағы атауында меншік нысаны көрсетілмеген, сондықтан мемлекеттік ұйымдар қатарына жатқызылды."
		k.NoteRU = "Филиал государственного детского сада; в приказе форма собственности в названии не указана, поэтому он отнесен к государственным организациям."
	}
	return k, nil
}

// splitForm finds the ownership form in a name. The legal form is the LAST
// of ЖШС/ЖК/КМҚК/МКҚК standing as a separate word: №24 «Толағай KIDS»
// жекеменшік балабақшасы «ОРДА Султан» ЖШС is a ЖШС, although «жекеменшік»
// comes first. Without one, «жекеменшік» means private and «филиал…» a branch;
// anything else is an error, not a guess.
func splitForm(name string) (Form, string, error) {
	words := strings.Fields(name)
	for i := len(words) - 1; i >= 0; i-- {
		switch f := Form(words[i]); f {
		case FormKMKK, FormMKKK, FormZhShS, FormZhK:
			short := name
			if i == len(words)-1 {
				short = strings.TrimSpace(strings.TrimSuffix(name, words[i]))
			}
			return f, short, nil
		}
	}
	for _, w := range words {
		if w == string(FormPrivate) {
			return FormPrivate, name, nil
		}
	}
	for _, w := range words {
		if strings.HasPrefix(strings.ToLower(w), string(FormBranch)) {
			return FormBranch, name, nil
		}
	}
	return "", "", fmt.Errorf("no ownership form in %q", name)
}

// balanceQuotes drops the last closing » while there are more » than «.
func balanceQuotes(s string) string {
	for strings.Count(s, "»") > strings.Count(s, "«") {
		i := strings.LastIndex(s, "»")
		s = strings.Join(strings.Fields(s[:i]+s[i+len("»"):]), " ")
	}
	return s
}
