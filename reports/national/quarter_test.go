package national

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
	"baulu/reports/national/nationaltest"
)

// TestQuarterlyNote: the Institute's note for the fourth quarter of the
// national copy (three regions' packages) in kk and ru: 3–6 pages, the
// quarter's events, visits and risks of each region as the data have
// them, the completeness of the final round, the seventeen regions that
// sent nothing named, the Institute's signature; as Word too.
func TestQuarterlyNote(t *testing.T) {
	ctx := context.Background()
	s := nationaltest.Store(t)
	p, err := s.Period(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from, to := p.Quarter(4)
	rounds, _ := s.Rounds(ctx)
	// The figures the note must print, counted here from the data.
	type want struct{ events, visits, unclosed int }
	wants := map[string]want{}
	for _, code := range []string{nationaltest.OnTime, nationaltest.Resent, nationaltest.Late} {
		var w want
		tot, _ := s.EventTotals(ctx, code, 0)
		w.events = tot[3].Events
		visits, _ := s.Visits(ctx, code)
		for _, v := range visits {
			if !v.VisitedOn.Before(from) && !v.VisitedOn.After(to) {
				w.visits++
			}
		}
		risks, _ := s.Risks(ctx, code)
		for _, r := range risks {
			if !r.IdentifiedOn.After(to) && (r.Open() || r.ClosedOn.After(to)) {
				w.unclosed++
			}
		}
		wants[code] = w
	}
	for _, lang := range []string{"kk", "ru"} {
		o := Options{Lang: lang, Quarter: 4, Now: nationaltest.Today}
		var buf bytes.Buffer
		if err := GenerateQuarter(ctx, s, &buf, o); err != nil {
			t.Fatal(err)
		}
		pages := pdftest.Text(t, buf.Bytes())
		if len(pages) < 3 || len(pages) > 6 {
			t.Errorf("%s: %d pages, want 3–6", lang, len(pages))
		}
		doc := squash(strings.Join(pages, " "))
		var lines []string
		for _, pg := range pdftest.Layout(t, buf.Bytes()) {
			for _, l := range pg {
				lines = append(lines, squash(l))
			}
		}
		line := func(cells ...string) bool {
			w := squash(strings.Join(cells, ""))
			for _, l := range lines {
				if strings.Contains(l, w) {
					return true
				}
			}
			return false
		}
		tr := func(k string, args ...any) string { return text.T(lang, "national."+k, args...) }
		for _, w := range []string{tr("q.title", "quarter", "IV", "year", "2026"), tr("q.s1"), tr("q.s2"), tr("q.s3"), tr("q.s4"), tr("q.s5"),
			text.T(lang, "official.sign.institute")} {
			if !strings.Contains(doc, squash(w)) {
				t.Errorf("%s: the note lacks %q", lang, w)
			}
		}
		for code, w := range wants {
			r, _ := s.Region(ctx, code)
			name := format.Capitalize(r.Name(lang))
			if !line(name, format.Int(lang, w.events)) {
				t.Errorf("%s: no activity row %s %d", lang, name, w.events)
			}
			if !line(name, format.Int(lang, w.unclosed)) {
				t.Errorf("%s: no risks row %s %d", lang, name, w.unclosed)
			}
		}
		final := format.Lower(rounds[len(rounds)-1].Name(lang))
		if !strings.Contains(doc, squash(final)) {
			t.Errorf("%s: the final round of the quarter is not named", lang)
		}
		kar, _ := s.Region(ctx, "KAR")
		silent := tr("q.s5.list", "n", 17, "total", 20, "from", from.DMY(), "list", "")
		if !strings.Contains(doc, squash(silent[:strings.LastIndex(silent, ":")])) ||
			!strings.Contains(doc, squash(kar.Name(lang))) {
			t.Errorf("%s: the seventeen silent regions are not named", lang)
		}
		var word bytes.Buffer
		if err := GenerateQuarterDOCX(ctx, s, &word, o); err != nil || !bytes.HasPrefix(word.Bytes(), []byte("PK")) {
			t.Errorf("%s: the Word file: %v", lang, err)
		}
	}
	// A quarter the period does not have is refused.
	if err := GenerateQuarter(ctx, s, &bytes.Buffer{}, Options{Quarter: 5}); !errors.Is(err, ErrOptions) {
		t.Errorf("quarter 5: %v", err)
	}
}
