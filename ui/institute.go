package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/history"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// The Institute's national copy (issue 20) has no region of its own: its
// first run offers «Institute (national copy)» beside the twenty regions,
// and the screens that only make sense for a region's centre say so
// instead of showing empty tables.

// instituteKey is the first-run choice of the Institute's copy.
const instituteKey = "institute"

// regionOrInstitute is the first run's region choice: the Institute's
// national copy first, then the twenty regions.
func regionOrInstitute(h kit.Host) *kit.Choice {
	keys := []string{instituteKey}
	names := map[string]string{instituteKey: i18n.T("firstrun.institute")}
	regions, err := h.Store().Regions(h.Context())
	if err != nil {
		fyne.LogError("regions", err)
	}
	for _, r := range regions {
		keys = append(keys, r.Code)
		names[r.Code] = r.Name(i18n.Current())
	}
	return kit.NewChoice(keys, func(k string) string { return names[k] }, nil)
}

// startInstitute makes the database the Institute's copy and opens the
// National view.
func (f *firstRun) startInstitute() {
	if err := f.u.store.StartInstitute(f.u.ctx, i18n.Current()); err != nil {
		f.errText.SetText(kit.ErrorText(err))
		return
	}
	if err := f.u.reloadSettings(); err != nil {
		f.u.ShowError(err)
		return
	}
	f.u.build()
	f.u.shell.open(kit.National)
}

// forInstitute are the sections that show the Institute's copy what they
// show every centre: the regions, their history, the settings.
var forInstitute = map[string]bool{kit.National: true, history.Section: true, kit.Settings: true}

// screen makes a section's screen; in the Institute's copy a centre's
// screen is a note that points to the National view.
func (u *UI) screen(sec section) kit.Screen {
	if u.settings.Institute && !forInstitute[sec.key] {
		return centreOnly{u: u, key: sec.key}
	}
	return sec.make(u)
}

// centreOnly stands for a centre's screen in the Institute's copy.
type centreOnly struct {
	u   *UI
	key string
}

func (c centreOnly) Content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(i18n.T("nav."+c.key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	open := widget.NewButtonWithIcon(i18n.T("institute.open"), theme.StorageIcon(), func() { c.u.shell.open(kit.National) })
	open.Importance = widget.HighImportance
	return container.NewVBox(title, kit.Wrapped(i18n.T("institute.centre_only")), container.NewHBox(open))
}
