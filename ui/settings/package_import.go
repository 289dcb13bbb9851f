package settings

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/comparison"
	"baulu/reports/regionpkg"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// passPrompt asks for a package's passphrase; a wrong one is said inside
// it, so the user can type again.
type passPrompt struct {
	dlg     *dialog.CustomDialog
	entry   *widget.Entry
	errText *widget.Label
	ok      *widget.Button
}

func (p *packageTab) onImport() {
	p.h.Dialogs().OpenAs(regionpkg.FileExt, p.importFrom, p.lastDir)
}

// importFrom checks the package at path (the file dialog's choice; tests
// call it directly), asks for its passphrase when it is encrypted, shows
// its manifest and imports it after confirmation. Nothing is written
// before that, and nothing at all when anything is wrong.
func (p *packageTab) importFrom(path string) {
	p.lastDir = filepath.Dir(path)
	p.inspect(path, "")
}

// readPackage runs fn on the open file.
func readPackage[T any](path string, fn func(f *os.File) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return fn(f)
}

// inspect checks the file off the UI goroutine (decryption takes about a
// second by design).
func (p *packageTab) inspect(path, pass string) {
	var m *regionpkg.Manifest
	p.h.Runner().Busy(i18n.T("pkg.reading"), func() (err error) {
		m, err = readPackage(path, func(f *os.File) (*regionpkg.Manifest, error) { return regionpkg.Inspect(f, pass) })
		return err
	}, func(err error) {
		switch {
		case errors.Is(err, regionpkg.ErrNeedPassphrase):
			p.askPassphrase(path, "")
		case errors.Is(err, regionpkg.ErrPassphrase):
			p.askPassphrase(path, regionpkg.Message(err, i18n.Current()))
		case err != nil:
			p.closePrompt()
			p.packageError(err, path)
		default:
			p.closePrompt()
			p.confirmImport(path, pass, m)
		}
	})
}

// askPassphrase shows the passphrase question, with problem (a wrong
// passphrase) under the field when there is one.
func (p *packageTab) askPassphrase(path, problem string) {
	if p.prompt == nil {
		pp := &passPrompt{entry: widget.NewPasswordEntry(), errText: kit.Wrapped("")}
		pp.errText.Importance = widget.DangerImportance
		submit := func() { p.inspect(path, pp.entry.Text) }
		pp.entry.OnSubmitted = func(string) { submit() }
		pp.ok = widget.NewButtonWithIcon(i18n.T("pkg.passphrase.ok"), theme.ConfirmIcon(), submit)
		pp.ok.Importance = widget.HighImportance
		cancel := widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), p.closePrompt)
		body := kit.FixedColumn(440, kit.Wrapped(regionpkg.Text("need_passphrase", i18n.Current(), nil)), pp.entry, pp.errText)
		pp.dlg = dialog.NewCustomWithoutButtons(i18n.T("pkg.passphrase.title"), body, p.h.Dialogs().Window())
		pp.dlg.SetButtons([]fyne.CanvasObject{cancel, pp.ok})
		p.prompt = pp
		pp.dlg.Show()
		p.h.Dialogs().Window().Canvas().Focus(pp.entry)
	}
	p.prompt.errText.SetText(problem)
	if problem != "" {
		p.prompt.entry.SetText("")
	}
}

func (p *packageTab) closePrompt() {
	if p.prompt != nil {
		p.prompt.dlg.Hide()
		p.prompt = nil
	}
}

// manifestText describes a package before it is imported: whose it is,
// when it was made, what it holds, and what it replaces.
func (p *packageTab) manifestText(m *regionpkg.Manifest) string {
	h := p.h
	name := m.Region
	if r, err := h.Store().Region(h.Context(), m.Region); err == nil {
		name = r.Name(i18n.Current())
	}
	c := m.Counts
	lines := []string{
		i18n.T("pkg.manifest.region", "region", name),
		i18n.T("pkg.manifest.centre", "centre", kit.InWindowLanguage(m.CentreName, m.CentreNameRU)),
		i18n.T("pkg.manifest.created", "time", kit.Stamp(m.Created)),
		i18n.T("pkg.manifest.counts", "kindergartens", c.Kindergartens, "groups", c.Groups, "children", c.Children, "assessments", c.Assessments, "events", c.Events),
	}
	if m.Encrypted {
		lines = append(lines, i18n.T("pkg.manifest.encrypted"))
	}
	if srcs, err := comparison.RegionSources(h.Context(), h.Store()); err == nil {
		for _, s := range srcs {
			if s.Region == m.Region && !s.Created.IsZero() {
				lines = append(lines, i18n.T("pkg.manifest.replaces", "time", kit.Stamp(s.Created)))
			}
		}
	}
	return strings.Join(append(lines, "", i18n.T("pkg.manifest.question")), "\n")
}

func (p *packageTab) confirmImport(path, pass string, m *regionpkg.Manifest) {
	p.manifest = p.manifestText(m)
	p.h.Dialogs().ConfirmAction(i18n.T("pkg.manifest.title"), p.manifest, i18n.T("pkg.import"), theme.DownloadIcon(), func() {
		p.runImport(path, pass, false)
	})
}

// runImport backs the database up and writes the package in one
// transaction off the UI goroutine (regionpkg.ImportWithBackup). A package
// older than the one imported before, one of the database's own region or
// an empty one is refused with its reason and what it would remove, and the
// user may insist (force).
func (p *packageTab) runImport(path, pass string, force bool) {
	h := p.h
	var res regionpkg.ImportResult
	h.Runner().Busy(i18n.T("pkg.importing"), func() (err error) {
		res, err = readPackage(path, func(f *os.File) (regionpkg.ImportResult, error) {
			res, _, err := regionpkg.ImportWithBackup(h.Context(), h.Store(), f, regionpkg.ImportOptions{Passphrase: pass, Force: force, FileName: filepath.Base(path)})
			return res, err
		})
		return err
	}, func(err error) {
		switch {
		case err == nil:
			msg := regionpkg.ImportedText(res, i18n.Current())
			h.Status(msg)
			h.Dialogs().ShowMessage(i18n.T("pkg.import.title"), msg)
		case !force && regionpkg.NeedsConfirm(err):
			fyne.LogError("baulu: region package", err)
			h.Dialogs().ConfirmAction(i18n.T("pkg.force.title"), regionpkg.Message(err, i18n.Current()), i18n.T("pkg.force"), theme.WarningIcon(), func() {
				p.runImport(path, pass, true)
			})
		default:
			p.packageError(fmt.Errorf("import %s: %w", path, err), path)
		}
	})
}
