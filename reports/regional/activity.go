package regional

import (
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/pdfdoc"
)

// practicesSection is section 6: best practices and their dissemination.
func (b *builder) practicesSection() {
	f := b.f
	b.Doc.Section(1, b.T("s6"))
	if len(f.practices) == 0 {
		b.Missing("s6.none")
		return
	}
	byStatus := map[string]int{}
	events := map[int64]data.Event{}
	for _, e := range f.events {
		events[e.ID] = e
	}
	var rows [][]string
	for i, p := range f.practices {
		byStatus[p.Status]++
		var spread []string
		for _, id := range p.EventIDs {
			if e, ok := events[id]; ok {
				spread = append(spread, b.T("event."+e.Kind)+", "+e.HeldOn.DMY())
			}
		}
		who := f.kgLabel(p.KindergartenID)
		if t := strings.TrimSpace(p.Teacher); t != "" {
			who += ", " + t
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Title, who, orDash(f.dirName(p.DirectionID)),
			b.T("practice." + p.Status), orDash(strings.Join(spread, "; "))})
	}
	b.Para(b.Tf("s6.summary", len(f.practices), byStatus[data.PracticeCandidate], byStatus[data.PracticeRecommended],
		byStatus[data.PracticeDisseminated]))
	b.Table("s6.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.title"), Weight: 1.5},
			{Title: b.T("col.who"), Weight: 1.1},
			{Title: b.T("col.direction"), Weight: 1},
			{Title: b.T("col.status"), Width: 26},
			{Title: b.T("col.spread"), Width: 29},
		},
		Rows: rows,
	})
	for _, p := range f.practices {
		text := "«" + strings.Trim(p.Title, "«» ") + "». " + strings.TrimSpace(p.Description)
		if ev := strings.TrimSpace(p.Evidence); ev != "" {
			text += " " + b.Tf("s6.evidence", ev)
		}
		b.Para(text)
	}
}

// Risk matrix fills: light enough for black text and a photocopier.
var riskFills = map[string]pdfdoc.RGB{
	data.RiskLow:    {R: 0xD8, G: 0xEE, B: 0xD2},
	data.RiskMedium: {R: 0xFC, G: 0xEB, B: 0xB4},
	data.RiskHigh:   {R: 0xF6, G: 0xC9, B: 0xC0},
}

// risksSection is section 7: the 3 × 3 matrix and the list of risks.
func (b *builder) risksSection() {
	f := b.f
	b.Doc.Section(1, b.T("s7"))
	if len(f.risks) == 0 {
		b.Missing("s7.none")
		return
	}
	var matrix [4][4]int
	levels, status := map[string]int{}, map[string]int{}
	var rows [][]string
	for i, r := range f.risks {
		matrix[r.Likelihood][r.Impact]++
		levels[r.Level()]++
		status[r.Status]++
		what := r.Description
		if r.KindergartenID != 0 {
			what += " (" + f.kgLabel(r.KindergartenID) + ")"
		}
		what += "\n" + b.Tf("s7.category", b.T("risk."+r.Category))
		measures := orDash(r.Mitigation)
		if o := strings.TrimSpace(r.Owner); o != "" {
			measures += "\n" + b.Tf("s7.owner", o)
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), what,
			strconv.Itoa(r.Likelihood) + " × " + strconv.Itoa(r.Impact) + " = " + strconv.Itoa(r.Score()),
			measures, b.T("riskstatus." + r.Status)})
	}
	b.Para(b.Tf("s7.summary", len(f.risks), levels[data.RiskHigh], levels[data.RiskMedium], levels[data.RiskLow],
		status[data.RiskOpen], status[data.RiskMitigating], status[data.RiskClosed]))
	var mrows [][]string
	var fills [][]pdfdoc.RGB
	for l := 3; l >= 1; l-- {
		row := []string{b.T("scale." + strconv.Itoa(l) + ".f")}
		fill := []pdfdoc.RGB{{}}
		for i := 1; i <= 3; i++ {
			row = append(row, strconv.Itoa(matrix[l][i]))
			fill = append(fill, riskFills[data.Risk{Likelihood: l, Impact: i}.Level()])
		}
		mrows, fills = append(mrows, row), append(fills, fill)
	}
	b.Table("s7.matrix", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("col.likelihood"), Width: 52},
			{Title: b.T("scale.1"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("scale.2"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("scale.3"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows:  mrows,
		Fills: fills,
	})
	b.Note(b.T("note.matrix"))
	b.Table("s7.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.risk"), Weight: 1},
			{Title: b.T("col.score"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.mitigation"), Weight: 1},
			{Title: b.T("col.status"), Width: 25},
		},
		Rows: rows,
	})
}

// feedbackSection is section 8: feedback received and corrections made.
func (b *builder) feedbackSection() {
	f := b.f
	b.Doc.Section(1, b.T("s8"))
	if len(f.feedback) == 0 {
		b.Missing("s8.none")
	} else {
		src := map[string]int{}
		var rows [][]string
		for i, x := range f.feedback {
			src[x.Source]++
			rows = append(rows, []string{strconv.Itoa(i + 1), x.ReceivedOn.DMY(), b.T("source." + x.Source),
				f.kgLabel(x.KindergartenID), x.Text})
		}
		b.Para(b.Tf("s8.summary", len(f.feedback), src[data.SourceTeacher], src[data.SourceParent],
			src[data.SourceDirector], src[data.SourceOther]))
		b.Table("s8.table", pdfdoc.Table{
			Columns: []pdfdoc.Column{
				{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
				{Title: b.T("col.date"), Width: colDate, Align: pdfdoc.AlignCenter},
				{Title: b.T("col.source"), Width: 25},
				{Title: b.T("col.kindergarten"), Width: 26},
				{Title: b.T("col.content"), Weight: 1},
			},
			Rows: rows,
		})
	}
	if len(f.corrections) == 0 {
		b.Missing("s8.no_corrections")
		return
	}
	fb := map[int64]data.Feedback{}
	for _, x := range f.feedback {
		fb[x.ID] = x
	}
	var rows [][]string
	for i, c := range f.corrections {
		basis := b.T("s8.basis.none")
		if x, ok := fb[c.FeedbackID]; ok {
			basis = b.Tf("s8.basis", x.ReceivedOn.DMY(), b.T("source."+x.Source))
		} else if c.FeedbackID != 0 {
			basis = b.T("s8.basis.earlier")
		}
		effect := strings.TrimSpace(c.Effect)
		switch {
		case effect == "":
			effect = b.T("s8.no_effect")
		case !c.EffectOn.IsZero():
			effect += " (" + c.EffectOn.DMY() + ")"
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), c.ChangedOn.DMY(), c.Change, basis, effect})
	}
	b.Para(b.Tf("s8.corrections", len(f.corrections)))
	b.Table("s8.corr.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.date"), Width: colDate, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.change"), Weight: 1.3},
			{Title: b.T("col.basis"), Width: 28},
			{Title: b.T("col.effect.result"), Weight: 1},
		},
		Rows: rows,
	})
}
