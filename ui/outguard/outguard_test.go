package outguard

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"baulu/data"
)

// Issue 13 item 1 in the window: Fyne's save dialog truncates the chosen
// file before Baulu sees its name; choosing the database (or a file in the
// backups folder) in a save dialog must neither truncate it nor write it.
func TestFyneWriterRefusesTheDatabase(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "baulu.db")
	s, err := data.Open(context.Background(), db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(db)
	Install(func() string { return db })

	for _, p := range []string{db, db + "-wal", filepath.Join(data.BackupDir(db), "x.pdf")} {
		w, err := storage.Writer(storage.NewFileURI(p))
		var oe *data.OutputError
		if !errors.As(err, &oe) {
			if w != nil {
				w.Close()
			}
			t.Errorf("%s: writer %v, want a refusal", p, err)
		}
	}
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Fatal("the database was truncated through the dialog's writer")
	}
	w, err := storage.Writer(storage.NewFileURI(filepath.Join(dir, "report.pdf")))
	if err != nil {
		t.Fatalf("an ordinary file: %v", err)
	}
	w.Close()
}
