package settings

import (
	"errors"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// backupsTab lists the backups beside the database (the automatic ones of
// every start and those taken before an upgrade), writes a backup to a file
// of the user's choice, restores one, and checks the database.
type backupsTab struct {
	h           shell
	dir         string
	table       *kit.RecordTable[data.BackupInfo]
	now         *widget.Button
	restore     *widget.Button
	restoreFile *widget.Button
	check       *widget.Button
	lastDir     string
}

func newBackupsTab(h shell) *backupsTab {
	b := &backupsTab{h: h, dir: data.BackupDir(h.Store().Path())}
	b.table = kit.NewRecordTable([]kit.Column[data.BackupInfo]{
		{Title: i18n.T("bak.col.date"), Width: 170, Text: func(x data.BackupInfo) string { return kit.Stamp(x.Time) },
			Less: func(x, y data.BackupInfo) bool { return x.Time.Before(y.Time) }},
		{Title: i18n.T("bak.col.size"), Width: 110, Text: func(x data.BackupInfo) string { return sizeText(x.Size) },
			Less: func(x, y data.BackupInfo) bool { return x.Size < y.Size }},
		{Title: i18n.T("bak.col.kind"), Width: 190, Text: backupKind},
		{Title: i18n.T("bak.col.file"), Width: 330, Text: func(x data.BackupInfo) string { return filepath.Base(x.Path) }},
	}, nil)
	b.now = widget.NewButtonWithIcon(i18n.T("bak.now"), theme.DocumentSaveIcon(), b.onBackupNow)
	b.now.Importance = widget.HighImportance
	b.restore = widget.NewButtonWithIcon(i18n.T("bak.restore"), theme.HistoryIcon(), b.onRestore)
	b.restoreFile = widget.NewButtonWithIcon(i18n.T("bak.restore_file"), theme.FolderOpenIcon(), b.onRestoreFile)
	b.check = widget.NewButtonWithIcon(i18n.T("bak.check"), theme.ConfirmIcon(), b.onCheck)
	b.reload()
	return b
}

func (b *backupsTab) content() fyne.CanvasObject {
	shown := b.dir
	if abs, err := filepath.Abs(b.dir); err == nil {
		shown = abs // where to look in Explorer
	}
	r := data.DefaultRetention
	head := container.NewVBox(kit.Wrapped(i18n.T("bak.hint", "last", r.Last, "daily", r.Daily, "weekly", r.Weekly, "monthly", r.Monthly)), kit.Wrapped(i18n.T("bak.folder", "path", shown)))
	buttons := kit.ButtonRow(b.now, b.restore, b.restoreFile, b.check)
	return container.NewBorder(head, buttons, nil, nil, b.table.Content())
}

// reload lists the backups folder again.
func (b *backupsTab) reload() {
	list, err := data.ListBackups(b.dir)
	if err != nil {
		reliabilityError(b.h, err)
	}
	b.table.SetRows(list)
}

func backupKind(x data.BackupInfo) string {
	if x.BeforeMigration {
		return i18n.T("bak.kind.migration")
	}
	return i18n.T("bak.kind.auto")
}

// sizeText writes a file size in KB below a megabyte, in MB above.
func sizeText(n int64) string {
	const kb, mb = 1024, 1024 * 1024
	if n < mb {
		return i18n.T("bak.size.kb", "size", kit.FormatFloat(float64(n)/kb, 0))
	}
	return i18n.T("bak.size.mb", "size", kit.FormatFloat(float64(n)/mb, 1))
}

func (b *backupsTab) onBackupNow() {
	// The name the backups folder uses, so a copy saved there is listed.
	b.h.Dialogs().SaveAs("baulu-"+time.Now().Format("20060102-150405")+".db", ".db", b.backupTo, b.lastDir)
}

// backupTo writes a backup to path (the file dialog's choice; tests call it
// directly). The file dialog has already created an empty file there,
// which BackupTo replaces atomically.
func (b *backupsTab) backupTo(path string) {
	if !strings.EqualFold(filepath.Ext(path), ".db") {
		path += ".db"
	}
	b.lastDir = filepath.Dir(path)
	h := b.h
	h.Runner().Busy(i18n.T("bak.writing"), func() error { return h.Store().BackupTo(h.Context(), path) }, func(err error) {
		if err != nil {
			kit.RemoveIfEmpty(path)
			fileError(h, err, path)
			return
		}
		b.reload()
		msg := i18n.T("bak.written", "path", path)
		h.Status(msg)
		h.Dialogs().ShowMessage(i18n.T("set.tab.backups"), msg)
	})
}

func (b *backupsTab) onRestore() {
	x, ok := b.table.Current()
	if !ok {
		b.h.Dialogs().ShowMessage(i18n.T("bak.restore.title"), i18n.T("bak.pick"))
		return
	}
	restoreFrom(b.h, x.Path, x.Time)
}

func (b *backupsTab) onRestoreFile() {
	b.h.Dialogs().OpenAs(".db", func(path string) { restoreFrom(b.h, path, fileTime(path)) }, b.dir)
}

// onCheck runs the full integrity and foreign-key check off the UI
// goroutine and answers in one sentence.
func (b *backupsTab) onCheck() {
	h := b.h
	var rep data.CheckReport
	h.Runner().Busy(i18n.T("bak.checking"), func() (err error) {
		rep, err = h.Store().Check(h.Context())
		return err
	}, func(err error) {
		switch {
		case err == nil:
			h.Status(i18n.T("bak.check.ok"))
			h.Dialogs().ShowMessage(i18n.T("bak.check"), i18n.T("bak.check.ok"))
		case errors.Is(err, data.ErrCorrupt):
			fyne.LogError("baulu: check", err)
			h.Dialogs().ShowMessage(i18n.T("bak.check"), i18n.T("bak.check.bad", "integrity", len(rep.Integrity), "foreign_keys", len(rep.ForeignKeys)))
		default:
			reliabilityError(h, err)
		}
	})
}
