package kindergartens

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// kgGroups lists a kindergarten's groups; the chosen group's children are
// shown beside them.
type kgGroups struct {
	h        shell
	k        data.Kindergarten
	table    *kit.RecordTable[data.Group]
	children *kgChildren
	roster   *kgRoster // the children's list in Excel
	right    *fyne.Container
	kit.CrudButtons
}

func newKgGroups(h shell, k data.Kindergarten) *kgGroups {
	g := &kgGroups{h: h, k: k, right: container.NewStack()}
	g.table = kit.NewRecordTable([]kit.Column[data.Group]{
		{Title: i18n.T("field.code"), Width: 60, Text: func(g data.Group) string { return g.Code }},
		{Title: i18n.T("field.group_name"), Width: 150, Text: func(g data.Group) string { return g.Name }},
		{Title: i18n.T("field.role"), Width: 150, Text: func(g data.Group) string { return i18n.T("role.short." + g.Role) }},
		{Title: i18n.T("field.age_group"), Width: 140, Text: func(g data.Group) string { return i18n.T("age.short." + g.AgeGroup) }},
		{Title: i18n.T("field.teacher"), Width: 170, Text: func(g data.Group) string { return g.Teacher }},
		{Title: i18n.T("field.children"), Width: 80, Text: func(g data.Group) string { return strconv.Itoa(g.Children) },
			Less: func(a, b data.Group) bool { return a.Children < b.Children }},
	}, g.onGroupSelected)
	g.CrudButtons = kit.NewCrudButtons(h.Status, g.table, func() {
		g.editGroup(data.Group{KindergartenID: k.ID, AgeGroup: "senior", Language: "kk"})
	}, g.editGroup, g.onDelete)
	g.roster = newKgRoster(h, k, g.reload)
	g.reload()
	return g
}

func (g *kgGroups) reload() {
	groups, err := g.h.Store().Groups(g.h.Context(), g.k.ID)
	if err != nil {
		g.h.ShowError(err)
		return
	}
	g.table.SetRows(groups)
	g.children = nil
	hint := widget.NewLabel(i18n.T("kg.groups.pick"))
	hint.Wrapping = fyne.TextWrapWord
	g.right.Objects = []fyne.CanvasObject{hint}
	g.right.Refresh()
}

func (g *kgGroups) content() fyne.CanvasObject {
	left := container.NewBorder(nil, container.NewVBox(g.Row(), g.roster.row()), nil, nil, g.table.Content())
	split := container.NewVSplit(left, g.right)
	split.Offset = 0.4
	return split
}

func (g *kgGroups) onGroupSelected(gr data.Group) {
	g.children = newKgChildren(g.h, gr, func() {
		// counts in the group list follow the children
		if groups, err := g.h.Store().Groups(g.h.Context(), g.k.ID); err == nil {
			g.table.Refresh(groups)
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
	planned := ""
	if gr.PlannedSize > 0 {
		planned = strconv.Itoa(gr.PlannedSize)
	}
	pick := func(keys []string, prefix, value string) *kit.Choice {
		c := kit.NewChoice(keys, func(k string) string { return kit.Label(prefix, k) }, nil)
		c.SetKey(value)
		return c
	}
	form := kit.NewForm(
		kit.Text("group_name", gr.Name),
		kit.Pick("role", pick(roleKeys, "role.", gr.Role)),
		kit.Pick("age_group", pick(ageKeys, "age.", gr.AgeGroup)),
		kit.Pick("group_language", pick(groupLangKey, "group.lang.", gr.Language)),
		kit.Text("teacher", gr.Teacher),
		kit.Text("planned_size", planned),
	)
	title := i18n.T("kg.groups.add")
	if gr.ID != 0 {
		title = i18n.T("kg.groups.edit", "code", gr.Code)
	}
	g.h.Dialogs().NewFormDialog(title, form, func() error {
		n, err := kit.ParseInt("planned_size", form.Text("planned_size"))
		if err != nil {
			return err
		}
		gr.Name, gr.Teacher, gr.PlannedSize = form.Text("group_name"), form.Text("teacher"), n
		gr.Role, gr.AgeGroup, gr.Language = form.Choice("role").Key(), form.Choice("age_group").Key(), form.Choice("group_language").Key()
		if err := g.h.Store().SaveGroup(g.h.Context(), &gr); err != nil {
			return err
		}
		g.reload()
		g.h.Status(i18n.T("status.saved"))
		return nil
	}).Show()
}

func (g *kgGroups) onDelete(gr data.Group) {
	what := i18n.T("kg.groups.what", "name", gr.Name)
	if gr.Children > 0 {
		what += " " + i18n.N("kg.groups.delete.children", gr.Children)
	}
	g.h.Dialogs().ConfirmDelete(what, func() {
		if err := g.h.Store().DeleteGroup(g.h.Context(), gr.ID); err != nil {
			g.h.ShowError(err)
			return
		}
		g.reload()
		g.h.Status(i18n.T("status.deleted"))
	})
}
