package data

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"baulu/data/text"
)

// The reliability domain of the catalogue is complete: every key in kk, ru
// and en with the same placeholders (text.Check), each one sentence.
func TestEveryReliabilityMessageInThreeLanguages(t *testing.T) {
	if err := text.Check(); err != nil {
		t.Fatal(err)
	}
	keys := text.Keys("reliability")
	if len(keys) < 30 {
		t.Fatalf("%d keys in the reliability domain", len(keys))
	}
	for _, k := range keys {
		kk, _ := text.Lookup("kk", k)
		ru, _ := text.Lookup("ru", k)
		en, _ := text.Lookup("en", k)
		for _, s := range []string{kk, ru, en} {
			if !strings.HasSuffix(s, ".") {
				t.Errorf("%s: %q is not one sentence", k, s)
			}
		}
		if kk == ru || ru == en {
			t.Errorf("%s: a translation is missing", k)
		}
		if !strings.ContainsAny(ru, "абвгдеёжзийклмнопрстуфхцчшщыэюя") {
			t.Errorf("%s: the ru text is not Russian", k)
		}
		if !strings.ContainsAny(kk, "әғқңөұүһі") {
			t.Errorf("%s: the kk text has no Kazakh letter", k)
		}
	}
}

// sqliteErr makes the error the driver returns for a result code.
func sqliteErr(t *testing.T, code int) error {
	t.Helper()
	// The driver's errors come only from SQLite: provoke the code through
	// a real connection where that is cheap, else skip.
	switch code {
	case sqlite3.SQLITE_READONLY:
		path := t.TempDir() + "/ro.db"
		os.WriteFile(path, nil, 0o600)
		db, _ := openReadOnly(path)
		defer db.Close()
		_, err := db.Exec(`CREATE TABLE x(a)`)
		var se *sqlite.Error
		if err == nil || !asSQLite(err, &se) {
			t.Fatalf("no read-only error: %v", err)
		}
		return err
	}
	t.Fatalf("no way to make SQLite code %d", code)
	return nil
}

func asSQLite(err error, se **sqlite.Error) bool {
	e, ok := err.(*sqlite.Error)
	*se = e
	return ok
}

func TestExplainReliability(t *testing.T) {
	since := time.Date(2026, 11, 25, 9, 30, 0, 0, time.Local)
	pathErr := func(err error) error { return &fs.PathError{Op: "open", Path: "/data/Әсел/baulu.db", Err: err} }
	cases := []struct {
		err      error
		where    string
		code     string
		contains string
	}{
		{fmt.Errorf("open: %w", &LockError{Path: "x.lock", PID: 4242, Since: since, Holder: HolderWindow}), "", "locked_window", "4242"},
		{&LockError{Path: "x.lock", PID: 4242, Since: since, Holder: HolderCommand("restore")}, "", "locked_command", "baulu restore"},
		{&LockError{Path: "x.lock"}, "", "locked_unknown", ""},
		{pathErr(ErrLockSymlink), "", "lock_symlink", "/data/Әсел/baulu.db"},
		{fmt.Errorf("x: %w", &VersionError{Found: 7, Max: 2}), "", "too_new_versions", "7"},
		{fmt.Errorf("schema 3 > 2: %w", ErrTooNew), "", "too_new", ""},
		{fmt.Errorf("check: %w: Tree 3 page 4", ErrCorrupt), "", "corrupt", ""},
		{pathErr(fmt.Errorf("%w: Tree 3 page 4", ErrCorrupt)), "", "corrupt_at", "/data/Әсел/baulu.db"},
		{pathErr(ErrEmptyFile), "", "empty_file", "0"},
		{pathErr(ErrNotDatabase), "", "foreign_file", "/data/Әсел/baulu.db"},
		{fmt.Errorf("x: %w", ErrNotDatabase), "", "not_database", ""},
		{fmt.Errorf("x: %w", ErrNoBackup), "", "no_backup", ""},
		{pathErr(syscall.ENOSPC), "", "disk_full", "/data/Әсел/baulu.db"},
		{fmt.Errorf("write: %w", syscall.ENOSPC), "", "disk_full_any", ""},
		{fmt.Errorf("write: %w", syscall.ENOSPC), "/mnt/usb/x.pdf", "disk_full", "/mnt/usb/x.pdf"},
		{sqliteErr(t, sqlite3.SQLITE_READONLY), "/data/baulu.db", "read_only", "/data/baulu.db"},
		{pathErr(syscall.EROFS), "", "read_only", "/data/Әсел/baulu.db"},
		{pathErr(os.ErrPermission), "", "read_only", "/data/Әсел/baulu.db"},
		{pathErr(syscall.EIO), "", "io_error", "/data/Әсел/baulu.db"},
		{pathErr(fmt.Errorf("%w: %w", ErrBackupUnverified, ErrCorrupt)), "", "backup_unverified", "/data/Әсел/baulu.db"},
		{pathErr(fmt.Errorf("%w: %w", ErrBackupOfDamaged, ErrCorrupt)), "", "backup_of_damaged", ""},
		{&OutputError{Path: "/data/baulu.db", Reason: "is_database"}, "", "output_is_database", "/data/baulu.db"},
		{&OutputError{Path: "/tmp", Reason: "is_folder"}, "", "output_is_folder", "/tmp"},
		{&OutputError{Path: "/data/backups/x.pdf", Reason: "in_backups"}, "", "output_in_backups", "/data/backups/x.pdf"},
		{&OutputError{Path: "/no/such", Reason: "no_folder"}, "", "output_no_folder", "/no/such"},
		{fmt.Errorf("write: %w", syscall.EROFS), "", "read_only_any", ""},
		{fmt.Errorf("write: %w", syscall.EIO), "", "io_error_any", ""},
		{ErrNotFound, "", "", ""},
	}
	reached := map[string]bool{}
	for _, tc := range cases {
		code, _ := ReliabilityCode(tc.err, tc.where)
		if code != tc.code {
			t.Errorf("%v: code %q, want %q", tc.err, code, tc.code)
			continue
		}
		reached["reliability."+code] = true
		for _, lang := range []string{"kk", "ru", "en"} {
			msg := Explain(tc.err, lang, tc.where)
			if (msg == "") != (tc.code == "") || strings.Contains(msg, "{") || !strings.Contains(msg, tc.contains) {
				t.Errorf("%v in %s: %q", tc.err, lang, msg)
			}
			// The path once, never the error's English.
			if p := tc.contains; strings.HasPrefix(p, "/") && strings.Count(msg, p) != 1 {
				t.Errorf("%v in %s: the path %d times in %q", tc.err, lang, strings.Count(msg, p), msg)
			}
			if tc.err != nil && tc.code != "" && strings.Contains(msg, tc.err.Error()) {
				t.Errorf("%v in %s: the raw error in %q", tc.err, lang, msg)
			}
		}
	}
	// The key test of the whole program (cmd/baulu) takes every key under
	// "reliability." as used, since ReliabilityCode builds them: here each
	// is reached by an error above, or is a sentence its caller names.
	for _, code := range []string{"corrupt_moved", "corrupt_no_backup", // the start (cmd/baulu)
		"restored", "restored_fresh", "check_ok", "check_bad", "bad_backup", "file_missing", "no_database"} { // the commands
		reached["reliability."+code] = true
	}
	for _, k := range text.Keys("reliability") {
		if !reached[k] {
			t.Errorf("%s: no error gives it and no caller names it", k)
		}
	}
	if got := ReliabilityText("corrupt_moved", "ru", map[string]string{"path": "a.db.damaged", "time": "25.11.2026 09:30"}); !strings.Contains(got, "a.db.damaged") || !strings.Contains(got, "25.11.2026") {
		t.Errorf("filled text %q", got)
	}
	if kk, _ := text.Lookup("kk", "reliability.corrupt"); ReliabilityText("corrupt", "de", nil) != kk {
		t.Error("an unknown language should fall back to Kazakh")
	}
	if ReliabilityText("no_such_code", "kk", nil) != "" {
		t.Error("an unknown code should give nothing")
	}
}
