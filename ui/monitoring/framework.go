package monitoring

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

// monFramework edits the indicator framework: blocks with their indicators
// in a tree, in the order they are scored and printed. Retired indicators
// stay in the tree, greyed, so they can be restored; their past scores are
// kept either way.
type monFramework struct {
	h       shell
	blocks  []data.Block
	inds    map[int64][]data.Indicator // by block, in order, retired included
	shown   map[int64][]data.Indicator // after the search
	tree    *widget.Tree
	search  *widget.Entry
	count   *widget.Label
	current string // selected node: "b<id>", "i<id>" or ""

	addBlock, addInd, edit, up, down, retire, del *widget.Button
	offer                                         *widget.Button // «retire instead» of the last refused delete
}

func newMonFramework(h shell) *monFramework {
	f := &monFramework{h: h, count: widget.NewLabel("")}
	f.search = widget.NewEntry()
	f.search.SetPlaceHolder(i18n.T("search.placeholder"))
	f.search.OnChanged = func(string) { f.apply() }
	f.tree = widget.NewTree(f.children, func(uid string) bool { return uid == "" || uid[0] == 'b' },
		func(bool) fyne.CanvasObject { return newFrameworkRow() }, f.updateNode)
	f.tree.OnSelected = f.onSelected
	f.tree.OnUnselected = func(string) { f.current = ""; f.updateButtons() }
	f.addBlock = widget.NewButtonWithIcon(i18n.T("mon.fw.add_block"), theme.FolderNewIcon(), func() { f.editBlock(data.Block{}) })
	f.addInd = widget.NewButtonWithIcon(i18n.T("mon.fw.add_indicator"), theme.ContentAddIcon(), f.onAddIndicator)
	f.edit = widget.NewButtonWithIcon(i18n.T("button.edit"), theme.DocumentCreateIcon(), f.onEdit)
	f.up = widget.NewButtonWithIcon(i18n.T("mon.fw.up"), theme.MoveUpIcon(), func() { f.onMove(true) })
	f.down = widget.NewButtonWithIcon(i18n.T("mon.fw.down"), theme.MoveDownIcon(), func() { f.onMove(false) })
	f.retire = widget.NewButtonWithIcon(i18n.T("mon.fw.retire"), theme.VisibilityOffIcon(), f.onRetire)
	f.del = widget.NewButtonWithIcon(i18n.T("button.delete"), theme.DeleteIcon(), f.onDelete)
	f.reload()
	return f
}

func (f *monFramework) content() fyne.CanvasObject {
	hint := kit.Wrapped(i18n.T("mon.fw.hint"))
	buttons := kit.ButtonRow(f.addBlock, f.addInd, f.edit, f.up, f.down, f.retire, f.del)
	return container.NewBorder(container.NewVBox(hint, f.search), container.NewVBox(f.count, buttons), nil, nil, f.tree)
}

// reload reads the framework, keeping the selection.
func (f *monFramework) reload() {
	blocks, err := f.h.Store().Blocks(f.h.Context())
	if err != nil {
		f.h.ShowError(err)
		return
	}
	all, err := f.h.Store().Indicators(f.h.Context(), true)
	if err != nil {
		f.h.ShowError(err)
		return
	}
	f.blocks, f.inds = blocks, map[int64][]data.Indicator{}
	for _, in := range all {
		f.inds[in.BlockID] = append(f.inds[in.BlockID], in)
	}
	f.apply()
}

// apply filters by the search text (a block that matches shows all its
// indicators) and redraws the tree with every block open.
func (f *monFramework) apply() {
	q := strings.ToLower(strings.TrimSpace(f.search.Text))
	match := func(parts ...string) bool {
		return q == "" || strings.Contains(strings.ToLower(strings.Join(parts, "\n")), q)
	}
	f.shown = map[int64][]data.Indicator{}
	active, retired := 0, 0
	for _, b := range f.blocks {
		whole := match(b.Code, b.NameKK, b.NameRU, b.NameEN)
		for _, in := range f.inds[b.ID] {
			if in.Retired() {
				retired++
			} else {
				active++
			}
			if whole || match(in.Code, in.NameKK, in.NameRU, in.NameEN) {
				f.shown[b.ID] = append(f.shown[b.ID], in)
			}
		}
		if whole && f.shown[b.ID] == nil {
			f.shown[b.ID] = []data.Indicator{}
		}
	}
	f.count.SetText(i18n.T("mon.fw.count", "blocks", len(f.blocks), "active", active, "retired", retired))
	f.tree.Refresh()
	f.tree.OpenAllBranches()
	if f.current != "" {
		if _, _, ok := f.node(f.current); ok {
			f.tree.Select(f.current)
			f.tree.ScrollTo(f.current)
		} else {
			f.tree.UnselectAll()
			f.current = ""
		}
	}
	f.updateButtons()
}

func (f *monFramework) children(uid string) []string {
	var out []string
	if uid == "" {
		for _, b := range f.blocks {
			if _, ok := f.shown[b.ID]; ok {
				out = append(out, "b"+strconv.FormatInt(b.ID, 10))
			}
		}
		return out
	}
	if uid[0] != 'b' {
		return nil
	}
	id, _ := strconv.ParseInt(uid[1:], 10, 64)
	for _, in := range f.shown[id] {
		out = append(out, "i"+strconv.FormatInt(in.ID, 10))
	}
	return out
}

// node finds the block or indicator of a tree id.
func (f *monFramework) node(uid string) (*data.Block, *data.Indicator, bool) {
	if len(uid) < 2 {
		return nil, nil, false
	}
	id, _ := strconv.ParseInt(uid[1:], 10, 64)
	for i, b := range f.blocks {
		if uid[0] == 'b' && b.ID == id {
			return &f.blocks[i], nil, true
		}
		for j, in := range f.inds[b.ID] {
			if uid[0] == 'i' && in.ID == id {
				return &f.blocks[i], &f.inds[b.ID][j], true
			}
		}
	}
	return nil, nil, false
}

func (f *monFramework) updateNode(uid string, _ bool, o fyne.CanvasObject) {
	row := o.(*frameworkRow)
	b, in, ok := f.node(uid)
	switch {
	case !ok:
		row.set("", "", "", "", false, false)
	case in == nil:
		row.set(b.Code, b.NameKK, b.NameRU, "", true, false)
	default:
		status := ""
		if in.Retired() {
			status = i18n.T("mon.fw.retired_on", "date", in.RetiredOn.DMY())
		}
		row.set(in.Code, in.NameKK, in.NameRU, status, false, in.Retired())
	}
}

func (f *monFramework) onSelected(uid string) {
	f.current = uid
	f.updateButtons()
}

// selectNode selects a block or indicator by id (tests and after a save).
func (f *monFramework) selectNode(uid string) { f.tree.Select(uid) }

// updateButtons enables what makes sense for the selection; the retire
// button restores a retired indicator.
func (f *monFramework) updateButtons() {
	_, in, ok := f.node(f.current)
	for _, b := range []*widget.Button{f.edit, f.up, f.down, f.del} {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	f.retire.SetText(i18n.T("mon.fw.retire"))
	f.retire.SetIcon(theme.VisibilityOffIcon())
	if in == nil {
		f.retire.Disable()
		return
	}
	f.retire.Enable()
	if in.Retired() {
		f.retire.SetText(i18n.T("mon.fw.restore"))
		f.retire.SetIcon(theme.VisibilityIcon())
	}
}

// frameworkRow is one line of the tree: code, kk and ru text, status.
type frameworkRow struct {
	widget.BaseWidget
	code, kk, ru, status *widget.Label
}

func newFrameworkRow() *frameworkRow {
	r := &frameworkRow{}
	for _, l := range []**widget.Label{&r.code, &r.kk, &r.ru, &r.status} {
		*l = widget.NewLabel("")
		(*l).Truncation = fyne.TextTruncateEllipsis
	}
	r.ExtendBaseWidget(r)
	return r
}

func (r *frameworkRow) set(code, kk, ru, status string, bold, retired bool) {
	imp := widget.MediumImportance
	if retired {
		imp = widget.LowImportance
	}
	for _, l := range []*widget.Label{r.code, r.kk, r.ru, r.status} {
		l.TextStyle.Bold = bold
		l.Importance = imp
	}
	r.code.SetText(code)
	r.kk.SetText(kk)
	r.ru.SetText(ru)
	r.status.SetText(status)
}

func (r *frameworkRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(frameworkRowLayout{}, r.code, r.kk, r.ru, r.status))
}

// frameworkRowLayout gives the code and the status fixed widths and shares
// the rest between the Kazakh and Russian texts.
type frameworkRowLayout struct{}

const fwCodeWidth, fwStatusWidth = 70, 190

func (frameworkRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	text := (size.Width - fwCodeWidth - fwStatusWidth) / 2
	x := float32(0)
	for i, w := range []float32{fwCodeWidth, text, text, fwStatusWidth} {
		objs[i].Move(fyne.NewPos(x, 0))
		objs[i].Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (frameworkRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(fwCodeWidth+fwStatusWidth+200, objs[0].MinSize().Height)
}
