package regional

import (
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/format"
	"baulu/reports/labels"
	"baulu/reports/pdfdoc"
)

// practicesSection is section 6: best practices and their dissemination.
func (b *builder) practicesSection() {
	f := b.f
	b.Doc.Section(1, b.T("regional.s6"))
	if len(f.practices) == 0 {
		b.Missing(b.T("regional.s6.none"))
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
				spread = append(spread, b.T("labels.event."+e.Kind)+", "+e.HeldOn.DMY())
			}
		}
		who := f.kgLabel(p.KindergartenID)
		if t := strings.TrimSpace(p.Teacher); t != "" {
			who += ", " + t
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Title, who, format.OrDash(f.dirName(p.DirectionID)),
			b.T("labels.practice." + p.Status), format.OrDash(strings.Join(spread, "; "))})
	}
	b.Para(b.T("regional.s6.summary", "total", len(f.practices), "candidate", byStatus[data.PracticeCandidate], "recommended", byStatus[data.PracticeRecommended], "disseminated", byStatus[data.PracticeDisseminated]))
	b.Table(b.T("regional.s6.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.title"), Weight: 1.5},
			{Title: b.T("regional.col.who"), Weight: 1.1},
			{Title: b.T("regional.col.direction"), Weight: 1},
			{Title: b.T("regional.col.status"), Width: 26},
			{Title: b.T("regional.col.spread"), Width: 29},
		},
		Rows: rows,
	})
	for _, p := range f.practices {
		text := quoted(p.Title) + ". " + strings.TrimSpace(p.Description)
		if ev := strings.TrimSpace(p.Evidence); ev != "" {
			text += " " + b.T("regional.s6.evidence", "evidence", ev)
		}
		b.Para(text)
	}
}

// Risk matrix fills: light enough for black text and a photocopier; each
// cell also names its level, so the matrix reads without colour.
var riskFills = map[string]pdfdoc.RGB{
	data.RiskLow:    {R: 0xD8, G: 0xEE, B: 0xD2},
	data.RiskMedium: {R: 0xFC, G: 0xEB, B: 0xB4},
	data.RiskHigh:   {R: 0xF6, G: 0xC9, B: 0xC0},
}

// risksSection is section 7: the 3 × 3 matrix and the list of risks.
func (b *builder) risksSection() {
	f := b.f
	b.Doc.Section(1, b.T("regional.s7"))
	if len(f.risks) == 0 {
		b.Missing(b.T("regional.s7.none"))
		return
	}
	var matrix [4][4]int
	var rows [][]string
	for i, r := range f.risks {
		matrix[r.Likelihood][r.Impact]++
		what := r.Description
		if r.KindergartenID != 0 {
			what += " (" + f.kgLabel(r.KindergartenID) + ")"
		}
		what += "\n" + b.T("regional.s7.category", "category", b.T("labels.risk."+r.Category))
		measures := format.OrDash(r.Mitigation)
		if o := strings.TrimSpace(r.Owner); o != "" {
			measures += "\n" + b.T("regional.s7.owner", "owner", o)
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), what,
			strconv.Itoa(r.Likelihood) + " × " + strconv.Itoa(r.Impact) + " = " + strconv.Itoa(r.Score()),
			measures, b.T("labels.riskstatus." + r.Status)})
	}
	t := data.TallyRisks(f.risks)
	b.Para(b.T("regional.s7.summary", "total", t.Total, "levels", b.count("risklevel.", data.RiskLevels(), t.ByLevel),
		"statuses", b.count("riskstatus.", data.RiskStatuses(), t.ByStatus)))
	var mrows [][]string
	var fills [][]pdfdoc.RGB
	for l := 3; l >= 1; l-- {
		row := []string{b.T("regional.scale." + strconv.Itoa(l) + ".f")}
		fill := []pdfdoc.RGB{{}}
		for i := 1; i <= 3; i++ {
			// The cell names its level: the fill alone is lost in grey.
			level := data.Risk{Likelihood: l, Impact: i}.Level()
			row = append(row, strconv.Itoa(matrix[l][i])+"\n"+labels.Of(b.Lang, "risklevel.", level))
			fill = append(fill, riskFills[level])
		}
		mrows, fills = append(mrows, row), append(fills, fill)
	}
	b.Table(b.T("regional.s7.matrix"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("regional.col.likelihood"), Width: 52},
			{Title: b.T("regional.scale.1"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.scale.2"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.scale.3"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows:  mrows,
		Fills: fills,
	})
	b.Note(b.T("regional.note.matrix"))
	b.Table(b.T("regional.s7.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.risk"), Weight: 1},
			{Title: b.T("regional.col.score"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.mitigation"), Weight: 1},
			{Title: b.T("regional.col.status"), Width: 25},
		},
		Rows: rows,
	})
}

// feedbackSection is section 8: feedback received and corrections made.
func (b *builder) feedbackSection() {
	f := b.f
	b.Doc.Section(1, b.T("regional.s8"))
	if len(f.feedback) == 0 {
		b.Missing(b.T("regional.s8.none"))
	} else {
		src := map[string]int{}
		var rows [][]string
		for i, x := range f.feedback {
			src[x.Source]++
			rows = append(rows, []string{strconv.Itoa(i + 1), x.ReceivedOn.DMY(), b.T("labels.source." + x.Source),
				f.kgLabel(x.KindergartenID), x.Text})
		}
		b.Para(b.T("regional.s8.summary", "total", len(f.feedback), "teachers", src[data.SourceTeacher], "parents", src[data.SourceParent], "directors", src[data.SourceDirector], "others", src[data.SourceOther]))
		b.Table(b.T("regional.s8.table"), pdfdoc.Table{
			Columns: []pdfdoc.Column{
				{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
				{Title: b.T("regional.col.date"), Width: colDate, Align: pdfdoc.AlignCenter},
				{Title: b.T("regional.col.source"), Width: 25},
				{Title: b.T("regional.col.kindergarten"), Width: 26},
				{Title: b.T("regional.col.content"), Weight: 1},
			},
			Rows: rows,
		})
	}
	if len(f.corrections) == 0 {
		b.Missing(b.T("regional.s8.no_corrections"))
		return
	}
	fb := map[int64]data.Feedback{}
	for _, x := range f.feedback {
		fb[x.ID] = x
	}
	var rows [][]string
	for i, c := range f.corrections {
		basis := b.T("regional.s8.basis.none")
		if x, ok := fb[c.FeedbackID]; ok {
			basis = b.T("regional.s8.basis", "date", x.ReceivedOn.DMY(), "source", b.T("labels.source."+x.Source))
		} else if c.FeedbackID != 0 {
			basis = b.T("regional.s8.basis.earlier")
		}
		effect := strings.TrimSpace(c.Effect)
		switch {
		case effect == "":
			effect = b.T("regional.s8.no_effect")
		case !c.EffectOn.IsZero():
			effect += " (" + c.EffectOn.DMY() + ")"
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), c.ChangedOn.DMY(), c.Change, basis, effect})
	}
	b.Para(b.T("regional.s8.corrections", "n", len(f.corrections)))
	b.Table(b.T("regional.s8.corr.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.date"), Width: colDate, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.change"), Weight: 1.3},
			{Title: b.T("regional.col.basis"), Width: 28},
			{Title: b.T("regional.col.effect.result"), Weight: 1},
		},
		Rows: rows,
	})
}

// quoted sets a title typed by the user in guillemets, unless it carries
// its own: «Кішкентай зергер»: ою-өрнек stays as typed, where quotes around
// it would leave one » without its «.
func quoted(title string) string {
	title = strings.TrimSpace(title)
	if strings.ContainsAny(title, "«»") {
		return title
	}
	return "«" + title + "»"
}
