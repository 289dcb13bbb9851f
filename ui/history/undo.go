package history

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// importList is the imports of filled templates, newest first; one can be
// undone as a whole: the plan first (how many scores go back, and every
// cell a later change touched, which stays as it is), then the undo.
type importList struct {
	h       shell
	changed func() // after an undo (the history re-reads)
	table   *kit.RecordTable[data.ChangeSet]
	undo    *widget.Button
	info    *widget.Label
}

// maxConflicts is how many conflicts the plan lists by name.
const maxConflicts = 12

func newImportList(h shell, changed func()) *importList {
	l := &importList{h: h, changed: changed, info: kit.Wrapped(i18n.T("history.imports.hint"))}
	l.table = kit.NewRecordTable([]kit.Column[data.ChangeSet]{
		{Title: i18n.T("history.col.when"), Width: 150, Text: func(cs data.ChangeSet) string { return kit.Stamp(cs.At) },
			Less: func(a, b data.ChangeSet) bool { return a.ID < b.ID }},
		{Title: i18n.T("history.col.file"), Width: 280, Text: func(cs data.ChangeSet) string { return cs.File }},
		{Title: i18n.T("history.col.who"), Width: 170, Text: func(cs data.ChangeSet) string { return cs.Who.String() }},
		kit.IntColumn(i18n.T("history.col.scores"), 80, func(cs data.ChangeSet) int { return cs.Scores }),
		{Title: i18n.T("field.status"), Width: 200, Text: func(cs data.ChangeSet) string {
			if cs.UndoneBy != 0 {
				return i18n.T("history.imports.undone")
			}
			return ""
		}},
	}, func(data.ChangeSet) { l.undo.Enable() }).SortInitially(0, true)
	l.table.Extra = func(cs data.ChangeSet) string { return cs.SHA256 }
	l.undo = widget.NewButtonWithIcon(i18n.T("history.undo"), theme.ContentUndoIcon(), l.onUndo)
	l.undo.Disable()
	return l
}

func (l *importList) content() fyne.CanvasObject {
	return container.NewBorder(l.info, container.NewHBox(l.undo), nil, nil, l.table.Content())
}

func (l *importList) reload() {
	sets, err := l.h.Store().ChangeSets(l.h.Context(), data.SourceImport, 0)
	if err != nil {
		l.h.ShowError(err)
		return
	}
	l.table.SetRows(sets)
	l.undo.Disable()
}

// onUndo shows the plan of the selected import and undoes it on
// confirmation.
func (l *importList) onUndo() {
	cs, ok := l.table.Current()
	if !ok {
		l.h.Status(i18n.T("list.pick_row"))
		return
	}
	plan, err := l.h.Store().PlanUndo(l.h.Context(), cs.ID)
	if err != nil {
		l.h.ShowError(err)
		return
	}
	l.h.Dialogs().ConfirmAction(i18n.T("history.undo_title", "file", cs.File), PlanText(plan), i18n.T("history.undo"), theme.ContentUndoIcon(), func() {
		done, err := l.h.Store().Undo(l.h.Context(), cs.ID)
		if err != nil {
			l.h.ShowError(err)
			return
		}
		msg := i18n.T("history.undone", "restored", len(done.Restore), "conflicts", len(done.Conflicts))
		l.h.Status(msg)
		l.h.Dialogs().ShowMessage(i18n.T("history.undo"), msg)
		if l.changed != nil {
			l.changed()
		}
	})
}

// PlanText says what an undo does: the scores it restores and the
// conflicts it leaves, each named (child, indicator, the import's value,
// today's value, who changed it since and when).
func PlanText(p data.UndoPlan) string {
	lines := []string{i18n.T("history.plan.restore", "n", len(p.Restore), "file", p.Set.File, "at", kit.Stamp(p.Set.At))}
	if len(p.Conflicts) == 0 {
		return strings.Join(append(lines, i18n.T("history.plan.no_conflicts")), "\n")
	}
	lines = append(lines, i18n.T("history.plan.conflicts", "n", len(p.Conflicts)))
	for i, c := range p.Conflicts {
		if i == maxConflicts {
			lines = append(lines, i18n.T("history.plan.more", "n", len(p.Conflicts)-maxConflicts))
			break
		}
		later := ""
		if c.Later.ID != 0 {
			later = kit.Label("history.source.", string(c.Later.Source)) + ", " + c.Later.Who.String() + ", " + kit.Stamp(c.Later.At)
		}
		lines = append(lines, "• "+i18n.T("history.plan.conflict", "child", c.ChildCode, "indicator", c.IndicatorCode,
			"imported", score(c.From), "now", score(c.Now), "later", later))
	}
	return strings.Join(lines, "\n")
}

func score(v int) string {
	if v == 0 {
		return "—"
	}
	return strconv.Itoa(v)
}
