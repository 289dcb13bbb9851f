package ui

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// monRounds lists the monitoring rounds (baseline, intermediate, final and
// any extra) with their dates. A round with scores cannot be deleted.
type monRounds struct {
	u              *UI
	table          *recordTable[roundRow]
	add, edit, del *widget.Button
}

// roundRow is a round with the number of scores recorded in it.
type roundRow struct {
	data.Round
	scores int
}

var roundKinds = []string{data.RoundBaseline, data.RoundIntermediate, data.RoundFinal, data.RoundExtra}

func newMonRounds(u *UI) *monRounds {
	r := &monRounds{u: u}
	byStart := func(a, b roundRow) bool { return a.Start.Before(b.Start) }
	r.table = newRecordTable([]column[roundRow]{
		{title: i18n.T("field.name_kk"), width: 210, text: func(r roundRow) string { return r.NameKK }},
		{title: i18n.T("field.name_ru"), width: 210, text: func(r roundRow) string { return r.NameRU }},
		{title: i18n.T("field.round_kind"), width: 150, text: func(r roundRow) string { return i18n.T("mon.kind." + r.Kind) }},
		{title: i18n.T("field.start"), width: 130, text: func(r roundRow) string { return r.Start.DMY() }, less: byStart},
		{title: i18n.T("field.end"), width: 130, text: func(r roundRow) string { return r.End.DMY() },
			less: func(a, b roundRow) bool { return a.End.Before(b.End) }},
		{title: i18n.T("mon.rounds.scores"), width: 90, text: func(r roundRow) string { return strconv.Itoa(r.scores) },
			less: func(a, b roundRow) bool { return a.scores < b.scores }},
	}, nil)
	r.table.extra = func(r roundRow) string { return r.Code + "\n" + r.NameEN }
	r.add = widget.NewButtonWithIcon(i18n.T("button.add"), theme.ContentAddIcon(), func() {
		r.editRound(data.Round{Kind: data.RoundIntermediate})
	})
	r.edit = widget.NewButtonWithIcon(i18n.T("button.edit"), theme.DocumentCreateIcon(), func() {
		if row, ok := r.table.current(); ok {
			r.editRound(row.Round)
		}
	})
	r.del = widget.NewButtonWithIcon(i18n.T("button.delete"), theme.DeleteIcon(), r.onDelete)
	r.reload()
	return r
}

func (r *monRounds) content() fyne.CanvasObject {
	hint := wrapped(i18n.T("mon.rounds.hint"))
	return container.NewBorder(hint, container.NewHBox(r.add, r.edit, r.del), nil, nil, r.table.content())
}

func (r *monRounds) reload() {
	rounds, err := r.u.store.Rounds(r.u.ctx)
	if err != nil {
		r.u.showError(err)
		return
	}
	rows := make([]roundRow, len(rounds))
	for i, rd := range rounds {
		rows[i].Round = rd
		if rows[i].scores, err = r.u.store.RoundScores(r.u.ctx, rd.ID); err != nil {
			r.u.showError(err)
			return
		}
	}
	r.table.setRows(rows)
}

func (r *monRounds) editRound(rd data.Round) {
	kind := newChoice(roundKinds, func(k string) string { return i18n.T("mon.kind." + k) }, nil)
	kind.setKey(rd.Kind)
	_, kk, ru, en, names := nameEntries("", rd.NameKK, rd.NameRU, rd.NameEN)
	start, end := newDateEntry("start", true), newDateEntry("end", true)
	start.setDate(rd.Start)
	end.setDate(rd.End)
	title := i18n.T("mon.rounds.add")
	if rd.ID != 0 {
		title = i18n.T("mon.rounds.edit", "name", rd.Name(r.u.lang()))
	}
	items := append([]*widget.FormItem{widget.NewFormItem(i18n.T("field.round_kind"), kind)}, names[1:]...)
	items = append(items, widget.NewFormItem(i18n.T("field.start"), start), widget.NewFormItem(i18n.T("field.end"), end))
	r.u.newFormDialog(title, items, func() error {
		var err error
		if rd.Start, err = start.date(); err != nil {
			return err
		}
		if rd.End, err = end.date(); err != nil {
			return err
		}
		rd.Kind, rd.NameKK, rd.NameRU, rd.NameEN = kind.key(), kk.Text, ru.Text, en.Text
		if err := r.u.store.SaveRound(r.u.ctx, &rd); err != nil {
			return renameField(err, "kind", "round_kind")
		}
		r.reload()
		r.u.status(i18n.T("status.saved"))
		return nil
	}).show()
}

// renameField gives a validation error a more precise field name for the
// message ("kind" is an event's kind elsewhere).
func renameField(err error, from, to string) error {
	var ve *data.ValidationError
	if errors.As(err, &ve) && ve.Field == from {
		ve.Field = to
	}
	return err
}

func (r *monRounds) onDelete() {
	row, ok := r.table.current()
	if !ok {
		return
	}
	name := row.Name(r.u.lang())
	if row.scores > 0 {
		r.u.showMessage(i18n.T("error.title"), i18n.T("mon.rounds.in_use", "name", name, "n", row.scores))
		return
	}
	r.u.confirmDelete(i18n.T("mon.rounds.what", "name", name), func() {
		if err := r.u.store.DeleteRound(r.u.ctx, row.ID); err != nil {
			r.u.showError(err)
			return
		}
		r.reload()
		r.u.status(i18n.T("status.deleted"))
	})
}
