package kindergartens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// kgEnvironment is the subject-developing environment checklist of one
// kindergarten: for each chosen direction, every item is not started,
// partly or fully equipped. A change is saved at once with today's date.
type kgEnvironment struct {
	h        shell
	kgID     int
	dirs     []data.Direction
	items    []data.EnvItem
	dirPick  *kit.Choice
	rows     *fyne.Container
	statuses map[int64]*kit.Choice // by item ID, for the chosen direction
}

var envStatusKeys = []string{"0", "1", "2"}

func newKgEnvironment(h shell, kgID int) *kgEnvironment {
	e := &kgEnvironment{h: h, kgID: kgID, rows: container.NewVBox()}
	e.reload()
	return e
}

// reload reads the kindergarten's chosen directions and the items.
func (e *kgEnvironment) reload() {
	all, err := e.h.Store().Directions(e.h.Context(), true)
	if err != nil {
		e.h.ShowError(err)
		return
	}
	chosen, err := e.h.Store().KindergartenDirections(e.h.Context(), e.kgID)
	if err != nil {
		e.h.ShowError(err)
		return
	}
	e.items, err = e.h.Store().EnvItems(e.h.Context())
	if err != nil {
		e.h.ShowError(err)
		return
	}
	e.dirs = nil
	var keys []string
	names := map[string]string{}
	for _, d := range all {
		for _, id := range chosen {
			if id == d.ID {
				e.dirs = append(e.dirs, d)
				keys = append(keys, d.Code)
				names[d.Code] = d.Name(i18n.Current())
			}
		}
	}
	prev := ""
	if e.dirPick != nil {
		prev = e.dirPick.Key()
	}
	e.dirPick = kit.NewChoice(keys, func(k string) string { return names[k] }, func(string) { e.showDirection() })
	if prev != "" {
		e.dirPick.SetKey(prev)
	} else if len(keys) > 0 {
		e.dirPick.SetSelectedIndex(0)
	}
	e.showDirection()
}

func (e *kgEnvironment) content() fyne.CanvasObject {
	pick := container.NewBorder(nil, nil, widget.NewLabelWithStyle(i18n.T("field.direction"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, e.dirPick)
	return container.NewBorder(container.NewVBox(pick, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(e.rows))
}

func (e *kgEnvironment) direction() (data.Direction, bool) {
	i := e.dirPick.SelectedIndex()
	if i < 0 || i >= len(e.dirs) {
		return data.Direction{}, false
	}
	return e.dirs[i], true
}

// showDirection lists the items of the chosen direction with their status.
func (e *kgEnvironment) showDirection() {
	e.statuses = map[int64]*kit.Choice{}
	d, ok := e.direction()
	if !ok {
		msg := widget.NewLabel(i18n.T("kg.environment.none"))
		msg.Wrapping = fyne.TextWrapWord
		e.rows.Objects = []fyne.CanvasObject{msg}
		e.rows.Refresh()
		return
	}
	ratings, err := e.h.Store().EnvRatings(e.h.Context(), e.kgID, d.ID)
	if err != nil {
		e.h.ShowError(err)
		return
	}
	byItem := map[int64]data.EnvRating{}
	for _, r := range ratings {
		byItem[r.ItemID] = r
	}
	rows := container.NewVBox()
	for _, it := range e.items {
		it := it
		r, rated := byItem[it.ID]
		dateL := widget.NewLabel("")
		if rated {
			dateL.SetText(r.RatedOn.DMY())
		}
		c := kit.NewChoice(envStatusKeys, func(k string) string { return kit.Label("env.status.", k) }, nil)
		if rated {
			c.SetSelectedIndex(r.Status)
		}
		c.OnChanged = func(string) { e.onStatusChanged(d.ID, it.ID, c.SelectedIndex(), dateL) }
		e.statuses[it.ID] = c
		right := container.NewHBox(container.NewGridWrap(fyne.NewSize(230, c.MinSize().Height), c),
			container.NewGridWrap(fyne.NewSize(100, c.MinSize().Height), dateL))
		rows.Add(container.NewBorder(nil, nil, nil, right, kit.Wrapped(it.Name(i18n.Current()))))
		rows.Add(widget.NewSeparator())
	}
	e.rows.Objects = []fyne.CanvasObject{rows}
	e.rows.Refresh()
}

func (e *kgEnvironment) onStatusChanged(dirID, itemID int64, status int, dateL *widget.Label) {
	if status < 0 {
		return
	}
	r := data.EnvRating{KindergartenID: e.kgID, DirectionID: dirID, ItemID: itemID, Status: status, RatedOn: e.h.Store().Today()}
	if err := e.h.Store().SetEnvRating(e.h.Context(), r); err != nil {
		e.h.ShowError(err)
		return
	}
	dateL.SetText(r.RatedOn.DMY())
	e.h.Status(i18n.T("status.saved"))
}
