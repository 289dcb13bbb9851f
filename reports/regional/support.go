package regional

import (
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// eventSums are the totals of a list of events.
type eventSums struct {
	events                    int
	hours                     float64
	teachers, parents, others int
	byKind                    map[string]int
}

func (e eventSums) people() int { return e.teachers + e.parents + e.others }

func sumEvents(events []data.Event) eventSums {
	s := eventSums{byKind: map[string]int{}}
	for _, e := range events {
		t, p, o := e.Participants()
		s.events++
		s.hours += e.Hours
		s.teachers, s.parents, s.others = s.teachers+t, s.parents+p, s.others+o
		s.byKind[e.Kind]++
	}
	return s
}

// support is section 3: events, attendance by kindergarten, visits.
func (b *builder) support() {
	b.Doc.Section(1, b.T("regional.s3"))
	b.Doc.Section(2, b.T("regional.s3.1"))
	b.events()
	b.Doc.Section(2, b.T("regional.s3.2"))
	b.attendance()
	b.Doc.Section(2, b.T("regional.s3.3"))
	b.visits()
}

func (b *builder) events() {
	f := b.f
	if len(f.events) == 0 {
		b.Missing(b.T("regional.s3.none"))
		return
	}
	s := sumEvents(f.events)
	b.Para(b.T("regional.s3.summary", "events", s.events, "hours", format.Hours(b.Lang, s.hours), "kinds", b.count("event.", data.EventKinds(), s.byKind)))
	b.Para(b.T("regional.s3.people", "total", s.people(), "teachers", s.teachers, "parents", s.parents, "others", s.others))
	var rows [][]string
	for i, e := range f.events {
		t, p, _ := e.Participants()
		rows = append(rows, []string{strconv.Itoa(i + 1),
			e.HeldOn.DMY() + "\n" + b.T("labels.event."+e.Kind) + ", " + b.T("labels.format."+e.Format), e.Topic, format.Hours(b.Lang, e.Hours),
			format.Pair(b.Lang, t, p)})
	}
	b.Table(b.T("regional.s3.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.date.kind"), Width: 34},
			{Title: b.T("regional.col.topic"), Weight: 1},
			{Title: b.T("regional.col.hours"), Width: 15, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.teachers.parents"), Width: 28, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: []string{"", b.T("regional.total"), "", format.Hours(b.Lang, s.hours), format.Pair(b.Lang, s.teachers, s.parents)},
	})
	if f.opts.Kind == Regional {
		b.quarters()
	}
}

// quarters adds the table of events per quarter of the period.
func (b *builder) quarters() {
	byQ := make([][]data.Event, 4)
	for _, e := range b.f.events {
		q := e.HeldOn.Quarter()
		byQ[q-1] = append(byQ[q-1], e)
	}
	var rows [][]string
	last := b.f.period.to.Quarter()
	for q := 1; q <= last; q++ {
		s := sumEvents(byQ[q-1])
		rows = append(rows, []string{b.T("regional.quarter", "q", format.Roman(q)), strconv.Itoa(s.events), format.Hours(b.Lang, s.hours),
			strconv.Itoa(s.teachers), strconv.Itoa(s.parents), strconv.Itoa(s.others), strconv.Itoa(s.people())})
	}
	s := sumEvents(b.f.events)
	b.Table(b.T("regional.s3.quarters"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("regional.col.quarter"), Weight: 1.3},
			{Title: b.T("regional.col.events"), Weight: 1.2, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.hours"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.teachers"), Weight: 1.2, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.parents"), Weight: 1.2, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.others"), Weight: 1.1, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.all"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
		Total: []string{b.T("regional.total"), strconv.Itoa(s.events), format.Hours(b.Lang, s.hours), strconv.Itoa(s.teachers),
			strconv.Itoa(s.parents), strconv.Itoa(s.others), strconv.Itoa(s.people())},
	})
}

// attendance counts each kindergarten's participation in the period's events.
func (b *builder) attendance() {
	f := b.f
	if len(f.events) == 0 {
		b.Missing(b.T("regional.s3.none"))
		return
	}
	type reach struct{ events, teachers, parents, others int }
	by := map[int]*reach{}
	for _, e := range f.events {
		for _, p := range e.Participation {
			r := by[p.KindergartenID]
			if r == nil {
				r = &reach{}
				by[p.KindergartenID] = r
			}
			if p.Total() > 0 {
				r.events++
			}
			r.teachers, r.parents, r.others = r.teachers+p.Teachers, r.parents+p.Parents, r.others+p.Others
		}
	}
	var rows [][]string
	var absent []string
	var sum reach
	for _, k := range f.kgs {
		r := by[k.ID]
		if r == nil {
			r = &reach{}
		}
		if r.events == 0 {
			absent = append(absent, f.kgLabel(k.ID))
		}
		sum.teachers, sum.parents, sum.others = sum.teachers+r.teachers, sum.parents+r.parents, sum.others+r.others
		rows = append(rows, []string{f.kgName(k.ID), strconv.Itoa(r.events), strconv.Itoa(r.teachers), strconv.Itoa(r.parents),
			strconv.Itoa(r.others), strconv.Itoa(r.teachers + r.parents + r.others)})
	}
	if len(absent) > 0 {
		b.Para(b.T("regional.s3.absent", "list", strings.Join(absent, ", ")))
	} else {
		b.Para(b.T("regional.s3.all_took_part"))
	}
	b.Table(b.T("regional.s3.attendance"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("regional.col.kindergarten"), Weight: 1},
			{Title: b.T("regional.col.events"), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.teachers"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.parents"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.others"), Width: 19, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.all"), Width: 17, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
		Total: []string{b.T("regional.total"), "", strconv.Itoa(sum.teachers), strconv.Itoa(sum.parents), strconv.Itoa(sum.others),
			strconv.Itoa(sum.teachers + sum.parents + sum.others)},
	})
	b.Note(b.T("regional.note.participations"))
}

// visits lists the support visits and the state of their follow-ups.
func (b *builder) visits() {
	f := b.f
	if len(f.visits) == 0 {
		b.Missing(b.T("regional.s3.no_visits"))
		return
	}
	purposes, status := map[string]int{}, map[string]int{}
	overdue := 0
	var rows [][]string
	for i, v := range f.visits {
		purposes[v.Purpose]++
		status[v.FollowupStatus]++
		if v.Overdue(f.today) {
			overdue++
		}
		purpose := b.T("labels.purpose." + v.Purpose)
		if d := f.dirName(v.DirectionID); d != "" {
			purpose += " (" + d + ")"
		}
		found := strings.TrimSpace(v.Findings)
		if r := strings.TrimSpace(v.Recommendations); r != "" {
			found = strings.TrimSpace(found + "\n" + b.T("regional.s3.recommended", "text", r))
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), v.VisitedOn.DMY() + "\n" + f.kgLabel(v.KindergartenID), purpose,
			format.OrDash(found), b.followup(v)})
	}
	b.Para(b.T("regional.s3.visits", "n", len(f.visits), "purposes", b.count("purpose.", data.VisitPurposes(), purposes)))
	b.Para(b.T("regional.s3.followups", "done", status[data.FollowupDone], "planned", status[data.FollowupPlanned], "overdue", overdue, "cancelled", status[data.FollowupCancelled]))
	b.Table(b.T("regional.s3.visits.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.date.kg"), Width: 30},
			{Title: b.T("regional.col.purpose"), Width: 30},
			{Title: b.T("regional.col.findings"), Weight: 1},
			{Title: b.T("regional.col.followup"), Width: 28},
		},
		Rows: rows,
	})
}

// followup describes a visit's follow-up: status, date, overdue.
func (b *builder) followup(v data.Visit) string {
	s := b.T("labels.followup." + v.FollowupStatus)
	if !v.FollowupOn.IsZero() && v.FollowupStatus != data.FollowupNone {
		s += ", " + v.FollowupOn.DMY()
	}
	if v.Overdue(b.f.today) {
		s += " (" + b.T("labels.followup.overdue") + ")"
	}
	return s
}
