package regional

import (
	"strconv"

	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// annexes lists the pilot's groups (counts only) and the indicator framework.
func (b *builder) annexes() {
	f := b.f
	b.Doc.PageBreak()
	b.Doc.Unnumbered(b.T("regional.annex1"))
	if len(f.groups) == 0 {
		b.Missing(b.T("regional.annex1.none"))
	} else {
		var rows [][]string
		total := 0
		for i, g := range f.groups {
			total += g.Children
			name := g.Name
			if g.Code != "" {
				name += " (" + g.Code + ")"
			}
			rows = append(rows, []string{strconv.Itoa(i + 1), f.kgLabel(g.KindergartenID) + "\n" + name,
				b.T("labels.role." + g.Role), b.T("labels.age."+g.AgeGroup) + ", " + b.T("labels.glang."+g.Language), format.OrDash(g.Teacher),
				strconv.Itoa(g.Children)})
		}
		b.Table(b.T("regional.annex1.table"), pdfdoc.Table{
			Columns: []pdfdoc.Column{
				{Title: "№", Width: colNo, Align: pdfdoc.AlignCenter},
				{Title: b.T("regional.col.kg.group"), Weight: 1},
				{Title: b.T("regional.col.role"), Width: 31},
				{Title: b.T("regional.col.age.lang"), Width: 30},
				{Title: b.T("regional.col.teacher"), Weight: 1.1},
				{Title: b.T("regional.col.children"), Width: 17, Align: pdfdoc.AlignCenter},
			},
			Rows:  rows,
			Total: []string{"", b.T("regional.total"), "", "", "", strconv.Itoa(total)},
		})
	}
	b.Doc.PageBreak()
	b.Doc.Unnumbered(b.T("regional.annex2"))
	var rows [][]string
	for _, bl := range f.blocks {
		rows = append(rows, []string{bl.Code, bl.Name(f.opts.Lang)})
		for _, in := range f.inds {
			if in.BlockID == bl.ID {
				rows = append(rows, []string{in.Code, "    " + in.Name(f.opts.Lang)})
			}
		}
	}
	b.Table(b.T("regional.annex2.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("regional.col.code"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.block.indicator"), Weight: 1},
		},
		Rows: rows,
	})
	b.Para(b.T("regional.annex2.scale"))
	var rounds [][]string
	for _, r := range f.allRound {
		rounds = append(rounds, []string{r.Name(f.opts.Lang), r.Start.DMY() + " – " + r.End.DMY()})
	}
	if len(rounds) > 0 {
		b.Table(b.T("regional.annex2.rounds"), pdfdoc.Table{
			Columns: []pdfdoc.Column{
				{Title: b.T("regional.col.round"), Weight: 1},
				{Title: b.T("regional.col.dates"), Weight: 1, Align: pdfdoc.AlignCenter},
			},
			Rows: rounds,
		})
	}
}

// subgroupAnnex is annex 3 of the regional report: the gains of
// experimental and control children by sex, locality, language and age
// group, with Holm-adjusted p (descriptive).
func (b *builder) subgroupAnnex() {
	m := &b.f.mon
	if b.f.opts.Kind != Regional || m.main == nil || len(m.main.Subgroups) == 0 {
		return
	}
	b.Doc.PageBreak()
	b.Doc.Unnumbered(b.T("regional.annex3"))
	b.Para(b.T("regional.annex3.intro"))
	label := map[string]string{"sex": "labels.sex.", "locality": "labels.locality.", "language": "labels.glang.", "age_group": "labels.age."}
	var rows [][]string
	for _, r := range m.main.Subgroups {
		rows = append(rows, []string{b.T("regional.sub." + r.Dimension), b.T(label[r.Dimension] + r.Value),
			format.Pair(b.Lang, r.PairedE, r.PairedC), format.Signed(b.Lang, r.GainE, 2), format.Signed(b.Lang, r.GainC, 2),
			format.Signed(b.Lang, r.DiD, 2), format.PValue(b.Lang, r.WelchP), format.PValue(b.Lang, r.WelchPHolm)})
	}
	b.Table(b.T("regional.annex3.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("regional.col.subgroup"), Weight: 1},
			{Title: b.T("regional.col.value"), Weight: 1},
			{Title: b.T("regional.col.pairs"), Width: 19, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.gain.e"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.gain.c"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("labels.term.did.symbol"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.p.welch"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.p.holm"), Width: 18, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
}

// signature closes the report: the signatory chosen for it (else the
// settings'), the seal, the date and the executor line.
func (b *builder) signature() {
	f, o := b.f, b.f.opts
	f.off.Close(b.Doc, f.off.Signer(o.SignatoryName, o.SignatoryPosition), format.DateWords(o.Lang, f.today))
}
