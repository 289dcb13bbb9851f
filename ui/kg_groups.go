package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// kgGroups lists a kindergarten's groups; the chosen group's children are
// shown beside them.
type kgGroups struct {
	u        *UI
	k        data.Kindergarten
	table    *recordTable[data.Group]
	children *kgChildren
	right    *fyne.Container
	crudButtons
}

func newKgGroups(u *UI, k data.Kindergarten) *kgGroups {
	g := &kgGroups{u: u, k: k, right: container.NewStack()}
	g.table = newRecordTable([]column[data.Group]{
		{title: i18n.T("field.code"), width: 60, text: func(g data.Group) string { return g.Code }},
		{title: i18n.T("field.group_name"), width: 150, text: func(g data.Group) string { return g.Name }},
		{title: i18n.T("field.role"), width: 150, text: func(g data.Group) string { return i18n.T("role.short." + g.Role) }},
		{title: i18n.T("field.age_group"), width: 140, text: func(g data.Group) string { return i18n.T("age.short." + g.AgeGroup) }},
		{title: i18n.T("field.teacher"), width: 170, text: func(g data.Group) string { return g.Teacher }},
		{title: i18n.T("field.children"), width: 80, text: func(g data.Group) string { return strconv.Itoa(g.Children) },
			less: func(a, b data.Group) bool { return a.Children < b.Children }},
	}, g.onGroupSelected)
	g.crudButtons = newCrudButtons(u, g.table, func() {
		g.editGroup(data.Group{KindergartenID: k.ID, AgeGroup: "senior", Language: "kk"})
	}, g.editGroup, g.onDelete)
	g.reload()
	return g
}

func (g *kgGroups) reload() {
	groups, err := g.u.store.Groups(g.u.ctx, g.k.ID)
	if err != nil {
		g.u.showError(err)
		return
	}
	g.table.setRows(groups)
	g.children = nil
	hint := widget.NewLabel(i18n.T("kg.groups.pick"))
	hint.Wrapping = fyne.TextWrapWord
	g.right.Objects = []fyne.CanvasObject{hint}
	g.right.Refresh()
}

func (g *kgGroups) content() fyne.CanvasObject {
	left := container.NewBorder(nil, g.row(), nil, nil, g.table.content())
	split := container.NewVSplit(left, g.right)
	split.Offset = 0.4
	return split
}

func (g *kgGroups) onGroupSelected(gr data.Group) {
	g.children = newKgChildren(g.u, gr, func() {
		// counts in the group list follow the children
		if groups, err := g.u.store.Groups(g.u.ctx, g.k.ID); err == nil {
			sel := g.table.selected
			g.table.all = groups
			g.table.apply()
			if sel >= 0 {
				g.table.selected = sel
			}
		}
	})
	g.right.Objects = []fyne.CanvasObject{g.children.content()}
	g.right.Refresh()
}

var (
	roleKeys     = []string{data.RoleExperimental, data.RoleControl}
	ageKeys      = []string{"senior", "preschool", "mixed"}
	groupLangKey = []string{"kk", "ru", "mixed"}
)

func (g *kgGroups) editGroup(gr data.Group) {
	name, teacher, planned := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	name.SetText(gr.Name)
	teacher.SetText(gr.Teacher)
	if gr.PlannedSize > 0 {
		planned.SetText(strconv.Itoa(gr.PlannedSize))
	}
	role := newChoice(roleKeys, func(k string) string { return i18n.T("role." + k) }, nil)
	role.setKey(gr.Role)
	age := newChoice(ageKeys, func(k string) string { return i18n.T("age." + k) }, nil)
	age.setKey(gr.AgeGroup)
	lang := newChoice(groupLangKey, func(k string) string { return i18n.T("group.lang." + k) }, nil)
	lang.setKey(gr.Language)
	title := i18n.T("kg.groups.add")
	if gr.ID != 0 {
		title = i18n.T("kg.groups.edit", "code", gr.Code)
	}
	g.u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.group_name"), name),
		widget.NewFormItem(i18n.T("field.role"), role),
		widget.NewFormItem(i18n.T("field.age_group"), age),
		widget.NewFormItem(i18n.T("field.group_language"), lang),
		widget.NewFormItem(i18n.T("field.teacher"), teacher),
		widget.NewFormItem(i18n.T("field.planned_size"), planned),
	}, func() error {
		n, err := parseInt("planned_size", planned.Text)
		if err != nil {
			return err
		}
		gr.Name, gr.Role, gr.AgeGroup, gr.Language, gr.Teacher, gr.PlannedSize = name.Text, role.key(), age.key(), lang.key(), teacher.Text, n
		if err := g.u.store.SaveGroup(g.u.ctx, &gr); err != nil {
			return err
		}
		g.reload()
		g.u.status(i18n.T("status.saved"))
		return nil
	}).show()
}

func (g *kgGroups) onDelete(gr data.Group) {
	what := i18n.T("kg.groups.what", "name", gr.Name)
	if gr.Children > 0 {
		what += " " + i18n.N("kg.groups.delete.children", gr.Children)
	}
	g.u.confirmDelete(what, func() {
		if err := g.u.store.DeleteGroup(g.u.ctx, gr.ID); err != nil {
			g.u.showError(err)
			return
		}
		g.reload()
		g.u.status(i18n.T("status.deleted"))
	})
}
