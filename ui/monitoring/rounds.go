package monitoring

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// monRounds lists the monitoring rounds (baseline, intermediate, final and
// any extra) with their dates. A round with scores cannot be deleted.
type monRounds struct {
	h              shell
	table          *kit.RecordTable[roundRow]
	add, edit, del *widget.Button
}

// roundRow is a round with the number of scores recorded in it.
type roundRow struct {
	data.Round
	scores int
}

var roundKinds = []string{data.RoundBaseline, data.RoundIntermediate, data.RoundFinal, data.RoundExtra}

func newMonRounds(h shell) *monRounds {
	r := &monRounds{h: h}
	byStart := func(a, b roundRow) bool { return a.Start.Before(b.Start) }
	r.table = kit.NewRecordTable([]kit.Column[roundRow]{
		{Title: i18n.T("field.name_kk"), Width: 210, Text: func(r roundRow) string { return r.NameKK }},
		{Title: i18n.T("field.name_ru"), Width: 210, Text: func(r roundRow) string { return r.NameRU }},
		{Title: i18n.T("field.round_kind"), Width: 150, Text: func(r roundRow) string { return i18n.T("mon.kind." + r.Kind) }},
		{Title: i18n.T("field.start"), Width: 130, Text: func(r roundRow) string { return r.Start.DMY() }, Less: byStart},
		{Title: i18n.T("field.end"), Width: 130, Text: func(r roundRow) string { return r.End.DMY() },
			Less: func(a, b roundRow) bool { return a.End.Before(b.End) }},
		{Title: i18n.T("mon.rounds.scores"), Width: 90, Text: func(r roundRow) string { return strconv.Itoa(r.scores) },
			Less: func(a, b roundRow) bool { return a.scores < b.scores }},
	}, nil)
	r.table.Extra = func(r roundRow) string { return r.Code + "\n" + r.NameEN }
	r.add = widget.NewButtonWithIcon(i18n.T("button.add"), theme.ContentAddIcon(), func() {
		r.editRound(data.Round{Kind: data.RoundIntermediate})
	})
	r.edit = widget.NewButtonWithIcon(i18n.T("button.edit"), theme.DocumentCreateIcon(), func() {
		if row, ok := r.table.Current(); ok {
			r.editRound(row.Round)
		}
	})
	r.del = widget.NewButtonWithIcon(i18n.T("button.delete"), theme.DeleteIcon(), r.onDelete)
	r.reload()
	return r
}

func (r *monRounds) content() fyne.CanvasObject {
	hint := kit.Wrapped(i18n.T("mon.rounds.hint"))
	return container.NewBorder(hint, kit.ButtonRow(r.add, r.edit, r.del), nil, nil, r.table.Content())
}

func (r *monRounds) reload() {
	rounds, err := r.h.Store().Rounds(r.h.Context())
	if err != nil {
		r.h.ShowError(err)
		return
	}
	rows := make([]roundRow, len(rounds))
	for i, rd := range rounds {
		rows[i].Round = rd
		if rows[i].scores, err = r.h.Store().RoundScores(r.h.Context(), rd.ID); err != nil {
			r.h.ShowError(err)
			return
		}
	}
	r.table.SetRows(rows)
}

func (r *monRounds) editRound(rd data.Round) {
	kind := kit.NewChoice(roundKinds, func(k string) string { return i18n.T("mon.kind." + k) }, nil)
	kind.SetKey(rd.Kind)
	fields := []kit.Field{kit.Pick("round_kind", kind)}
	fields = append(fields, nameFields("", rd.NameKK, rd.NameRU, rd.NameEN)[1:]...) // rounds have no code to type
	fields = append(fields, kit.Date("start", rd.Start, true), kit.Date("end", rd.End, true))
	form := kit.NewForm(fields...)
	title := i18n.T("mon.rounds.add")
	if rd.ID != 0 {
		title = i18n.T("mon.rounds.edit", "name", rd.Name(i18n.Current()))
	}
	r.h.Dialogs().NewFormDialog(title, form, func() error {
		var err error
		if rd.Start, err = form.DateOf("start"); err != nil {
			return err
		}
		if rd.End, err = form.DateOf("end"); err != nil {
			return err
		}
		rd.Kind = kind.Key()
		rd.NameKK, rd.NameRU, rd.NameEN = names(form)
		if err := r.h.Store().SaveRound(r.h.Context(), &rd); err != nil {
			return kit.RenameField(err, "kind", "round_kind")
		}
		r.reload()
		r.h.Status(i18n.T("status.saved"))
		return nil
	}).Show()
}

func (r *monRounds) onDelete() {
	row, ok := r.table.Current()
	if !ok {
		return
	}
	name := row.Name(i18n.Current())
	if row.scores > 0 {
		r.h.Dialogs().ShowMessage(i18n.T("error.title"), i18n.T("mon.rounds.in_use", "name", name, "n", row.scores))
		return
	}
	r.h.Dialogs().ConfirmDelete(i18n.T("mon.rounds.what", "name", name), func() {
		if err := r.h.Store().DeleteRound(r.h.Context(), row.ID); err != nil {
			r.h.ShowError(err)
			return
		}
		r.reload()
		r.h.Status(i18n.T("status.deleted"))
	})
}
