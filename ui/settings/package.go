package settings

import (
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/atomicfile"
	"baulu/reports/regionpkg"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// packageTab writes the region package the centre sends to the Institute
// and imports the packages of other regions into the Institute's national
// copy (import is in set_package_import.go).
type packageTab struct {
	h               shell
	form            *kit.Form // the passphrase, twice
	export, importB *widget.Button
	lastDir         string
	prompt          *passPrompt // the passphrase question, while shown
	manifest        string      // the last package description shown for confirmation
	now             func() time.Time
}

func newPackageTab(h shell) *packageTab {
	p := &packageTab{h: h, now: time.Now}
	p.form = kit.NewForm(kit.Password("passphrase"), kit.Password("passphrase_confirm"))
	p.export = widget.NewButtonWithIcon(i18n.T("pkg.export"), theme.UploadIcon(), p.onExport)
	p.export.Importance = widget.HighImportance
	p.importB = widget.NewButtonWithIcon(i18n.T("pkg.import"), theme.DownloadIcon(), p.onImport)
	p.importB.Importance = widget.HighImportance
	return p
}

func (p *packageTab) content() fyne.CanvasObject {
	bold := func(key string) *widget.Label {
		return widget.NewLabelWithStyle(i18n.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	body := container.NewVBox(
		bold("pkg.export.title"),
		kit.Wrapped(i18n.T("pkg.export.hint")),
		container.NewGridWithColumns(2, p.form.Widget),
		container.NewHBox(p.export),
		widget.NewSeparator(),
		bold("pkg.import.title"),
		kit.Wrapped(i18n.T("pkg.import.hint")),
		container.NewHBox(p.importB),
	)
	return container.NewVScroll(container.NewPadded(body))
}

// passphrase checks that both fields agree; an empty one means no
// encryption.
func (p *packageTab) passphrase() (string, error) {
	pass := p.form.Text("passphrase")
	if pass != p.form.Text("passphrase_confirm") {
		return "", &data.ValidationError{Field: "passphrase_confirm", Reason: "mismatch"}
	}
	return pass, nil
}

func (p *packageTab) onExport() {
	if _, err := p.passphrase(); err != nil {
		p.h.ShowError(err)
		return
	}
	p.h.Dialogs().SaveAs(regionpkg.FileName(p.h.Settings().RegionCode, p.now()), regionpkg.FileExt, p.exportTo, p.lastDir)
}

// exportTo writes the package of the database's region to path (the file
// dialog's choice; tests call it directly) off the UI goroutine, through a
// temporary file, so a failure leaves no half package.
func (p *packageTab) exportTo(path string) {
	pass, err := p.passphrase()
	if err != nil {
		p.h.ShowError(err)
		return
	}
	if !strings.EqualFold(filepath.Ext(path), regionpkg.FileExt) {
		path += regionpkg.FileExt
	}
	p.lastDir = filepath.Dir(path)
	h, region := p.h, p.h.Settings().RegionCode
	opts := regionpkg.ExportOptions{Passphrase: pass, Now: p.now(), AppVersion: kit.Version}
	h.Runner().Busy(i18n.T("pkg.exporting"), func() error {
		return atomicfile.WriteFile(path, func(w io.Writer) error {
			return regionpkg.Export(h.Context(), h.Store(), region, w, opts)
		})
	}, func(err error) {
		if err != nil {
			kit.RemoveIfEmpty(path)
			p.packageError(err, path)
			return
		}
		p.form.Entry("passphrase").SetText("")
		p.form.Entry("passphrase_confirm").SetText("")
		msg := i18n.T("pkg.exported", "path", path)
		h.Status(msg)
		h.Dialogs().ShowMessage(i18n.T("pkg.export.title"), msg)
	})
}

// packageError says in one sentence why the package at path was refused
// or not written.
func (p *packageTab) packageError(err error, path string) {
	if msg := regionpkg.Message(err, i18n.Current()); msg != "" {
		fyne.LogError("baulu: region package", err)
		p.h.Dialogs().ShowMessage(i18n.T("error.title"), msg)
		return
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fileError(p.h, err, path)
		return
	}
	fyne.LogError("baulu: region package", err)
	p.h.Dialogs().ShowMessage(i18n.T("error.title"), kit.ErrorText(err))
}
