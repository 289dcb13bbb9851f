// Package handout makes the one-page PDF for parents of a group: what the
// children practised this quarter in a direction and simple things to do
// at home, in Kazakh or Russian. The pilot's order asks parents to
// reinforce the skills at home; the texts are edited per direction
// (data.HandoutText).
package handout

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/official"
	"baulu/reports/pdfdoc"
)

// Errors of Generate; test with errors.Is.
var (
	// ErrOptions marks a language other than kk or ru, or a quarter
	// outside 1–4.
	ErrOptions = errors.New("invalid handout options")
	// ErrTooLong: the texts do not fit on one page.
	ErrTooLong = errors.New("the handout does not fit on one page")
)

// Options choose the handout.
type Options struct {
	GroupID int64
	// Direction is the direction's code (cooking, garden …).
	Direction string
	// Lang is "kk" or "ru".
	Lang string
	// Quarter is 1–4 of the period; 0 means the quarter of Now.
	Quarter int
	// Period is the pilot period; zero: the one the database shows.
	Period data.Period
	// Now is the date of the handout; zero means today.
	Now time.Time
}

// Generate writes the handout as a one-page PDF to w.
func Generate(ctx context.Context, s *data.Store, w io.Writer, o Options) error {
	if o.Lang != "kk" && o.Lang != "ru" {
		return fmt.Errorf("handout language %q: %w", o.Lang, ErrOptions)
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.Period.Start.IsZero() {
		p, err := s.Period(ctx)
		if err != nil {
			return fmt.Errorf("handout: period: %w", err)
		}
		o.Period = p
	}
	o.Quarter = o.quarter()
	if o.Quarter < 1 || o.Quarter > o.Period.Quarters() {
		return fmt.Errorf("quarter %d: %w", o.Quarter, ErrOptions)
	}
	g, err := s.Group(ctx, o.GroupID)
	if err != nil {
		return fmt.Errorf("handout: group %d: %w", o.GroupID, err)
	}
	kg, err := s.Kindergarten(ctx, g.KindergartenID)
	if err != nil {
		return fmt.Errorf("handout: kindergarten %d: %w", g.KindergartenID, err)
	}
	dir, err := direction(ctx, s, o.Direction)
	if err != nil {
		return err
	}
	body, err := s.HandoutText(ctx, dir.ID, o.Lang)
	if err != nil {
		return fmt.Errorf("handout: text: %w", err)
	}
	return write(w, compose(o, kg, g, dir, body))
}

// write lays the page out and writes it, unless it takes more than one
// page: a handout is one sheet for the fridge door.
func write(w io.Writer, doc *pdfdoc.Document) error {
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		return fmt.Errorf("handout: %w", err)
	}
	if doc.Pages() > 1 {
		return ErrTooLong
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// quarter is the chosen quarter, or that of Now (today when zero) in the
// period (a calendar quarter without one).
func (o Options) quarter() int {
	if o.Quarter != 0 {
		return o.Quarter
	}
	now := data.DateOf(o.Now)
	if o.Now.IsZero() {
		now = data.DateOf(time.Now())
	}
	if q := o.Period.QuarterOf(now); q > 0 {
		return q
	}
	return now.Quarter()
}

// direction finds a direction by its code.
func direction(ctx context.Context, s *data.Store, code string) (data.Direction, error) {
	dirs, err := s.Directions(ctx, true)
	if err != nil {
		return data.Direction{}, fmt.Errorf("handout: directions: %w", err)
	}
	for _, d := range dirs {
		if d.Code == code {
			return d, nil
		}
	}
	return data.Direction{}, fmt.Errorf("handout: direction %q: %w", code, data.ErrNotFound)
}

// The handout's wording is the catalogue's "handoutpdf." texts (texts/*.json,
// kk and ru; not "handout.", which the screens use).
//
//go:embed texts
var texts embed.FS

func init() { text.MustRegister("handoutpdf", texts, "texts") }

// compose lays out the page: kindergarten, title, direction, group and
// quarter, greeting, the two lists, closing words and the teacher.
func compose(o Options, kg data.Kindergarten, g data.Group, dir data.Direction, body data.HandoutText) *pdfdoc.Document {
	t := func(key string, args ...any) string { return text.T(o.Lang, key, args...) }
	name := dir.Name(o.Lang)
	// The kindergarten's official name in the handout's language.
	kgName := official.New(o.Lang, data.Settings{}, data.Region{}).KindergartenName(kg)
	d := pdfdoc.New(pdfdoc.Meta{Title: t("handoutpdf.title"), Subject: t("handoutpdf.direction", "direction", name), Author: kgName,
		Keywords: "Baulu", Lang: o.Lang, Date: o.Now})
	d.Text(pdfdoc.Para{Text: kgName, Align: pdfdoc.AlignCenter, Size: pdfdoc.TableSize, SpaceAfter: 4})
	d.Text(pdfdoc.Para{Text: t("handoutpdf.title"), Align: pdfdoc.AlignCenter, Bold: true, Size: pdfdoc.TitleSize, SpaceAfter: 1})
	d.Text(pdfdoc.Para{Text: t("handoutpdf.direction", "direction", name), Align: pdfdoc.AlignCenter, Bold: true})
	d.Text(pdfdoc.Para{Text: t("handoutpdf.group", "group", strings.Trim(g.Name, "«» ")) + ", " +
		t("handoutpdf.period", "year", o.Period.Label(), "quarter", format.Roman(o.Quarter)), Align: pdfdoc.AlignCenter, SpaceAfter: 5})
	d.Paragraph(t("handoutpdf.hello", "direction", name))
	d.Space(3)
	d.Text(pdfdoc.Para{Text: t("handoutpdf.practised"), Bold: true, SpaceAfter: 1})
	d.Bullets(body.PractisedItems()...)
	d.Space(3)
	d.Text(pdfdoc.Para{Text: t("handoutpdf.at_home"), Bold: true, SpaceAfter: 1})
	d.Bullets(body.AtHomeItems()...)
	d.Space(3)
	d.Paragraph(t("handoutpdf.close"))
	if teacher := strings.TrimSpace(g.Teacher); teacher != "" {
		d.Space(4)
		d.Text(pdfdoc.Para{Text: t("handoutpdf.teacher", "teacher", teacher), Align: pdfdoc.AlignRight})
	}
	return d
}

// FileName suggests a file name: «Жадынама-Құлыншақ-Аспаздық-аймағы-3-тоқсан.pdf».
func FileName(g data.Group, dir data.Direction, o Options) string {
	part := func(s string) string { return strings.Join(strings.Fields(strings.Trim(s, "«» ")), "-") }
	return text.T(o.Lang, "handoutpdf.file", "group", part(g.Name), "direction", part(dir.Name(o.Lang)), "quarter", o.quarter())
}
