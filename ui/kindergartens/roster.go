package kindergartens

import (
	"errors"
	"io/fs"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/atomicfile"
	"baulu/reports/roster"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// kgRoster is the groups tab's Excel list of a kindergarten's children
// (reports/roster): the list as it is, without names, to fill in and
// import back, and its import, previewed before anything is written.
type kgRoster struct {
	h          shell
	k          data.Kindergarten
	save       *widget.Button
	open       *widget.Button
	afterApply func() // the groups and children shown follow the import
	lastDir    string
	preview    *rosterPreview
}

func newKgRoster(h shell, k data.Kindergarten, afterApply func()) *kgRoster {
	r := &kgRoster{h: h, k: k, afterApply: afterApply}
	r.save = widget.NewButtonWithIcon(i18n.T("kg.roster.template"), theme.DocumentSaveIcon(), r.onSave)
	r.open = widget.NewButtonWithIcon(i18n.T("kg.roster.import"), theme.FolderOpenIcon(), r.onOpen)
	return r
}

func (r *kgRoster) row() fyne.CanvasObject { return container.NewHBox(r.save, r.open) }

func (r *kgRoster) onSave() {
	name, err := roster.FileName(r.h.Context(), r.h.Store(), r.k.ID)
	if err != nil {
		r.h.ShowError(err)
		return
	}
	r.h.Dialogs().SaveAs(name, ".xlsx", r.saveTo, r.lastDir)
}

// saveTo writes the roster to path (the file dialog's choice; tests call
// it directly).
func (r *kgRoster) saveTo(path string) {
	r.lastDir = filepath.Dir(path)
	kit.WriteChosen(r.h.Runner(), path, ".xlsx", i18n.T("kg.roster.writing"), func(path string) error {
		return roster.SaveTemplate(r.h.Context(), r.h.Store(), r.k.ID, path)
	}, func(path string, err error) {
		if err != nil {
			r.fileError(err)
			return
		}
		msg := i18n.T("kg.roster.saved", "path", path)
		r.h.Status(msg)
		r.h.Dialogs().ShowMessage(i18n.T("kg.roster.title"), msg)
	})
}

func (r *kgRoster) onOpen() { r.h.Dialogs().OpenAs(".xlsx", r.importFrom, r.lastDir) }

// importFrom reads a filled roster off the UI goroutine and shows what it
// would change; nothing is written before «Apply». A list without the
// roster's metadata is taken as this kindergarten's.
func (r *kgRoster) importFrom(path string) {
	r.lastDir = filepath.Dir(path)
	var p *roster.Preview
	r.h.Runner().Busy(i18n.T("kg.roster.reading"), func() (err error) {
		p, err = roster.ImportFile(r.h.Context(), r.h.Store(), path, roster.Options{KindergartenID: r.k.ID})
		return err
	}, func(err error) {
		if err != nil {
			r.fileError(err)
			return
		}
		r.preview = newRosterPreview(r, path, p)
		r.preview.dlg.Show()
	})
}

// apply writes the previewed roster, then the new children's codes into
// the file itself, so that importing it again finds them.
func (r *kgRoster) apply(path string, p *roster.Preview, done func(err error)) {
	var n data.RosterCounts
	codes, codesErr := 0, error(nil)
	r.h.Runner().Busy(i18n.T("kg.roster.writing"), func() (err error) {
		if n, err = p.Apply(r.h.Context()); err != nil {
			return err
		}
		if codes = p.CodesToWrite(); codes > 0 {
			codesErr = atomicfile.WriteFile(path, p.WriteCodes)
		}
		return nil
	}, func(err error) {
		done(err)
		if err != nil {
			r.fileError(err)
			return
		}
		if r.afterApply != nil {
			r.afterApply()
		}
		lang := i18n.Current()
		msg := roster.Written(lang, n.New, n.Changed)
		r.h.Status(msg)
		switch {
		case codesErr != nil:
			fyne.LogError("baulu: roster codes", codesErr)
			msg += "\n" + i18n.T("kg.roster.codes_not_written", "file", filepath.Base(path))
		case codes > 0:
			msg += "\n" + i18n.T("kg.roster.codes_written", "file", filepath.Base(path), "n", codes)
		}
		r.h.Dialogs().ShowMessage(i18n.T("kg.roster.title"), msg)
	})
}

// fileError says in one sentence why a file was refused or not written.
func (r *kgRoster) fileError(err error) {
	fyne.LogError("baulu: roster", err)
	msg := roster.ErrorMessage(err, i18n.Current())
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = i18n.T("kg.roster.file_error", "path", pe.Path)
	} else if !roster.Known(err) {
		r.h.ShowError(err)
		return
	}
	r.h.Dialogs().ShowMessage(i18n.T("error.title"), msg)
}
