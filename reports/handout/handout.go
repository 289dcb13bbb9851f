// Package handout makes the one-page PDF for parents of a group: what the
// children practised this quarter in a direction and simple things to do
// at home, in Kazakh or Russian. The pilot's order asks parents to
// reinforce the skills at home; the texts are edited per direction
// (data.HandoutText).
package handout

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"baulu/data"
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

// Year is the pilot year.
const Year = 2026

// Options choose the handout.
type Options struct {
	GroupID int64
	// Direction is the direction's code (cooking, garden …).
	Direction string
	// Lang is "kk" or "ru".
	Lang string
	// Quarter is 1–4 of 2026; 0 means the quarter of Now.
	Quarter int
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
	o.Quarter = o.quarter()
	if o.Quarter < 1 || o.Quarter > 4 {
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
	text, err := s.HandoutText(ctx, dir.ID, o.Lang)
	if err != nil {
		return fmt.Errorf("handout: text: %w", err)
	}
	return write(w, compose(o, kg, g, dir, text))
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

// quarter is the chosen quarter, or that of Now (today when zero).
func (o Options) quarter() int {
	if o.Quarter != 0 {
		return o.Quarter
	}
	if o.Now.IsZero() {
		return data.DateOf(time.Now()).Quarter()
	}
	return data.DateOf(o.Now).Quarter()
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

// words of the handout in each language.
var words = map[string]map[string]string{
	"kk": {
		"title":     "Ата-аналарға арналған жадынама",
		"direction": "«%s» бағыты",
		"period":    "%d жылғы %s тоқсан",
		"group":     "Топ: «%s»",
		"hello": "Құрметті ата-аналар! Біздің балабақшамыз «Ерте жастан еңбекке және кәсіпке баулу» пилоттық " +
			"жобасына қатысады. Осы тоқсанда балалар «%s» бағыты бойынша көп нәрсеге үйренді. Үйде бірге " +
			"атқарылған шағын істер балаға жаңа дағдыларын бекітуге көмектеседі.",
		"practised": "Осы тоқсанда балалар не үйренді",
		"at_home":   "Үйде бірге не істеуге болады",
		"close": "Балаңыздың еңбегін мақтап, көмегі үшін алғыс айтыңыз – бұл еңбекке деген сүйіспеншілікті " +
			"арттырады. Сұрақтарыңыз болса, топ тәрбиешісіне хабарласыңыз.",
		"teacher": "Тәрбиеші: %s",
	},
	"ru": {
		"title":     "Памятка для родителей",
		"direction": "Направление «%s»",
		"period":    "%[2]s квартал %[1]d года",
		"group":     "Группа «%s»",
		"hello": "Уважаемые родители! Наш детский сад участвует в пилотном проекте «Ерте жастан еңбекке және " +
			"кәсіпке баулу». В этом квартале дети многому научились по направлению «%s». Небольшие дела, " +
			"сделанные дома вместе, помогут ребёнку закрепить новые умения.",
		"practised": "Чему научились дети в этом квартале",
		"at_home":   "Что можно сделать дома вместе",
		"close": "Хвалите ребёнка за труд и благодарите за помощь – это воспитывает любовь к труду. Если у вас " +
			"есть вопросы, обращайтесь к воспитателю группы.",
		"teacher": "Воспитатель: %s",
	},
}

// compose lays out the page: kindergarten, title, direction, group and
// quarter, greeting, the two lists, closing words and the teacher.
func compose(o Options, kg data.Kindergarten, g data.Group, dir data.Direction, text data.HandoutText) *pdfdoc.Document {
	w := words[o.Lang]
	name := dir.Name(o.Lang)
	d := pdfdoc.New(pdfdoc.Meta{Title: w["title"], Subject: fmt.Sprintf(w["direction"], name), Author: kg.Name,
		Keywords: "Baulu", Date: o.Now})
	d.Text(pdfdoc.Para{Text: kg.Name, Align: pdfdoc.AlignCenter, Size: pdfdoc.TableSize, SpaceAfter: 4})
	d.Text(pdfdoc.Para{Text: w["title"], Align: pdfdoc.AlignCenter, Bold: true, Size: pdfdoc.TitleSize, SpaceAfter: 1})
	d.Text(pdfdoc.Para{Text: fmt.Sprintf(w["direction"], name), Align: pdfdoc.AlignCenter, Bold: true})
	roman := [...]string{"I", "II", "III", "IV"}[o.Quarter-1]
	d.Text(pdfdoc.Para{Text: fmt.Sprintf(w["group"], strings.Trim(g.Name, "«» ")) + ", " +
		fmt.Sprintf(w["period"], Year, roman), Align: pdfdoc.AlignCenter, SpaceAfter: 5})
	d.Paragraph(fmt.Sprintf(w["hello"], name))
	d.Space(3)
	d.Text(pdfdoc.Para{Text: w["practised"], Bold: true, SpaceAfter: 1})
	d.Bullets(text.PractisedItems()...)
	d.Space(3)
	d.Text(pdfdoc.Para{Text: w["at_home"], Bold: true, SpaceAfter: 1})
	d.Bullets(text.AtHomeItems()...)
	d.Space(3)
	d.Paragraph(w["close"])
	if t := strings.TrimSpace(g.Teacher); t != "" {
		d.Space(4)
		d.Text(pdfdoc.Para{Text: fmt.Sprintf(w["teacher"], t), Align: pdfdoc.AlignRight})
	}
	return d
}

// FileName suggests a file name: «Жадынама-Құлыншақ-Аспаздық-аймағы-3-тоқсан.pdf».
func FileName(g data.Group, dir data.Direction, o Options) string {
	part := func(s string) string { return strings.Join(strings.Fields(strings.Trim(s, "«» ")), "-") }
	q := strconv.Itoa(o.quarter())
	if o.Lang == "ru" {
		return "Памятка-" + part(g.Name) + "-" + part(dir.Name("ru")) + "-" + q + "-квартал.pdf"
	}
	return "Жадынама-" + part(g.Name) + "-" + part(dir.Name("kk")) + "-" + q + "-тоқсан.pdf"
}
