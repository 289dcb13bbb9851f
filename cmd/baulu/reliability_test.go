package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"baulu/data"
)

// captureAll runs the command and returns its status, standard output and
// standard error.
func captureAll(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var outB, errB bytes.Buffer
	rOut, wOut, _ := os.Pipe()
	rErr, wErr, _ := os.Pipe()
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = wOut, wErr
	done := make(chan struct{})
	go func() { io.Copy(&outB, rOut); close(done) }()
	errDone := make(chan struct{})
	go func() { io.Copy(&errB, rErr); close(errDone) }()
	code = run(args)
	wOut.Close()
	wErr.Close()
	<-done
	<-errDone
	os.Stdout, os.Stderr = oldOut, oldErr
	return code, outB.String(), errB.String()
}

// demoDB is a database with the demo data of one region.
func demoDB(t *testing.T, region string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "baulu.db")
	copyDemo(t, db, region)
	return db
}

// demoFiles are the databases `baulu demo --region R` made in this test
// binary, once per region: a test gets a copy (a file copy instead of a
// generation, which costs seconds under the race detector).
var demoFiles struct {
	sync.Mutex
	dir      string
	byRegion map[string]string
}

// copyDemo writes the demo database of region to db (its folder made).
func copyDemo(t *testing.T, db, region string) {
	t.Helper()
	demoFiles.Lock()
	src, ok := demoFiles.byRegion[region]
	if !ok {
		if demoFiles.dir == "" {
			dir, err := os.MkdirTemp("", "baulu-cmd-demo-*")
			if err != nil {
				demoFiles.Unlock()
				t.Fatal(err)
			}
			demoFiles.dir, demoFiles.byRegion = dir, map[string]string{}
		}
		src = filepath.Join(demoFiles.dir, region, "baulu.db")
		if code, _, errs := captureAll(t, "demo", "--db", src, "--region", region); code != 0 {
			demoFiles.Unlock()
			t.Fatalf("demo: %d %s", code, errs)
		}
		demoFiles.byRegion[region] = src
	}
	demoFiles.Unlock()
	if err := os.MkdirAll(filepath.Dir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// removeDemoFiles removes the demo databases at the end of the test binary.
func removeDemoFiles() {
	if demoFiles.dir != "" {
		os.RemoveAll(demoFiles.dir)
	}
}

// addGroup adds a group to the database's first kindergarten of region
// ULY (kindergarten 76), as a user would after a backup.
func addGroup(t *testing.T, db, name string) {
	t.Helper()
	s, err := data.Open(context.Background(), db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g := data.Group{KindergartenID: 76, Name: name, Role: data.RoleControl, AgeGroup: "senior", Language: "kk"}
	if err := s.SaveGroup(context.Background(), &g); err != nil {
		t.Fatal(err)
	}
}

func hasGroup(t *testing.T, db, name string) bool {
	t.Helper()
	s, err := data.Open(context.Background(), db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	gs, err := s.Groups(context.Background(), 76)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gs {
		if g.Name == name {
			return true
		}
	}
	return false
}

func TestBackupRestoreAndCheckCommands(t *testing.T) {
	db := demoDB(t, "ULY")
	dir := filepath.Dir(db)

	// backup without --out: an automatic backup in the backups folder.
	code, out, _ := captureAll(t, "backup", "--db", db)
	auto := strings.TrimSpace(out)
	if code != 0 || filepath.Dir(auto) != data.BackupDir(db) {
		t.Fatalf("backup: %d %q", code, out)
	}
	if list, _ := data.ListBackups(data.BackupDir(db)); len(list) != 1 || list[0].Path != auto {
		t.Fatalf("backups folder: %+v", list)
	}
	// backup --out FILE, the flag after the command's other flags.
	copyPath := filepath.Join(dir, "copy.db")
	if code, out, _ := captureAll(t, "backup", "--db", db, "--out", copyPath); code != 0 || strings.TrimSpace(out) != copyPath {
		t.Fatalf("backup --out: %d %q", code, out)
	}
	if _, err := data.CheckBackup(copyPath); err != nil {
		t.Fatal(err)
	}

	// Work after the backup, then restore: the work is gone, the file
	// holding it is kept aside and named.
	addGroup(t, db, "Кейінгі топ")
	code, out, errs := captureAll(t, "restore", copyPath, "--db", db)
	if code != 0 || !strings.Contains(out, "қалпына келтірілді") {
		t.Fatalf("restore: %d %q %q", code, out, errs)
	}
	aside, _ := filepath.Glob(db + ".before-restore-*")
	if len(aside) != 1 || !strings.Contains(out, aside[0]) {
		t.Fatalf("kept aside %v, said %q", aside, out)
	}
	if hasGroup(t, db, "Кейінгі топ") {
		t.Fatal("the group added after the backup survived the restore")
	}
	if !hasGroup(t, aside[0], "Кейінгі топ") {
		t.Fatal("the file kept aside lost the group")
	}

	// check: sound, then in Russian, then damaged.
	if code, out, _ := captureAll(t, "check", "--db", db); code != 0 || strings.TrimSpace(out) != "Дерекқор тексерілді: ақау табылған жоқ." {
		t.Fatalf("check: %d %q", code, out)
	}
	if code, out, _ := captureAll(t, "check", "--db", db, "--lang", "ru"); code != 0 || !strings.Contains(out, "повреждений не найдено") {
		t.Fatalf("check --lang ru: %d %q", code, out)
	}
	overwrite(t, db, 0, 100)
	code, out, errs = captureAll(t, "check", "--db", db)
	if code != 1 || out != "" || strings.TrimSpace(errs) != db+" дерекқор файлы зақымданған: Baulu оған жазбайды, оны резервтік көшірмеден қалпына келтіріңіз." {
		t.Fatalf("check of a damaged file: %d %q %q", code, out, errs)
	}

	// Bad input: no database, no such backup, a file that is no backup.
	missing := filepath.Join(dir, "none.db")
	if code, _, errs := captureAll(t, "backup", "--db", missing); code != 1 || !strings.Contains(errs, "табылмады") {
		t.Fatalf("backup of a missing database: %d %q", code, errs)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Fatal("backup created the missing database")
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("not a database "), 300), 0o644)
	if code, _, errs := captureAll(t, "restore", junk, "--db", copyPath); code != 1 || !strings.Contains(errs, "көшірмесі емес") {
		t.Fatalf("restore of junk: %d %q", code, errs)
	}
	if _, err := data.CheckBackup(copyPath); err != nil {
		t.Fatalf("a refused restore changed the database: %v", err)
	}
	if code, _, _ := captureAll(t, "restore", "--db", db); code != 2 {
		t.Fatalf("restore without a file: status %d", code)
	}
}

// overwrite writes n bytes of garbage at off.
func overwrite(t *testing.T, path string, off int64, n int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xA5}, n), off); err != nil {
		t.Fatal(err)
	}
}

func TestPackageExportAndImportCommands(t *testing.T) {
	src := demoDB(t, "ULY")
	dir := t.TempDir()
	pkg := filepath.Join(dir, "uly.baulu")
	dst := filepath.Join(dir, "institute.db")

	if code, _, _ := captureAll(t, "package", "export", "--db", src); code != 2 {
		t.Fatalf("export without --out: status %d", code)
	}
	t.Setenv(passphraseEnv, "Ұлытау 2026")
	code, out, errs := captureAll(t, "package", "export", "--db", src, "--out", pkg)
	if code != 0 || strings.TrimSpace(out) != "Өңір пакеті жазылды: "+pkg {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}

	// Without the passphrase, then with a wrong one: refused, nothing written.
	t.Setenv(passphraseEnv, "")
	if code, _, errs := captureAll(t, "package", "import", pkg, "--db", dst); code != 1 || !strings.HasPrefix(errs, "Пакет шифрланған") {
		t.Fatalf("import without passphrase: %d %q", code, errs)
	}
	wrong := filepath.Join(dir, "wrong.txt")
	os.WriteFile(wrong, []byte("Ұлытау 2025\n"), 0o600)
	if code, _, errs := captureAll(t, "package", "import", pkg, "--db", dst, "--passphrase-file", wrong, "--lang", "ru"); code != 1 ||
		!strings.HasPrefix(errs, "Парольная фраза не подходит") {
		t.Fatalf("import with a wrong passphrase: %d %q", code, errs)
	}
	if n := imports(t, dst); n != 0 {
		t.Fatalf("%d packages recorded after refusals", n)
	}

	right := filepath.Join(dir, "right.txt")
	os.WriteFile(right, []byte("Ұлытау 2026\r\n"), 0o600) // a Windows line end is not part of it
	code, out, errs = captureAll(t, "package", "import", "--passphrase-file", right, pkg, "--db", dst)
	if code != 0 || !strings.HasPrefix(out, "Ұлытау облысы пакеті") || !strings.Contains(out, "жүктелді") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	if n := imports(t, dst); n != 1 {
		t.Fatalf("%d packages recorded", n)
	}
	// Not a package at all.
	if code, _, errs := captureAll(t, "package", "import", right, "--db", dst); code != 1 || !strings.Contains(errs, "өңір пакеті емес") {
		t.Fatalf("import of a text file: %d %q", code, errs)
	}
	if code, _, _ := captureAll(t, "package", "frobnicate"); code != 2 {
		t.Fatalf("unknown package command: status %d", code)
	}
}

func imports(t *testing.T, db string) int {
	t.Helper()
	s, err := data.Open(context.Background(), db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	imports, err := s.RegionImports(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(imports)
}

// holdLockEnv names the database a helper process locks (see
// TestHelperHoldLock).
const holdLockEnv = "BAULU_TEST_HOLD_LOCK"

// TestHelperHoldLock is not a test: run as a child process by
// holdLockElsewhere, it holds the database's lock until its standard input
// closes, like a running Baulu window.
func TestHelperHoldLock(t *testing.T) {
	db := os.Getenv(holdLockEnv)
	if db == "" {
		t.Skip("helper process only")
	}
	release, err := data.Lock(db, data.HolderWindow)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	os.Stdout.WriteString("held\n")
	io.Copy(io.Discard, os.Stdin)
}

// holdLockElsewhere starts a second process holding db's lock and returns
// its PID and a function that ends it.
func holdLockElsewhere(t *testing.T, db string) (pid int, stop func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldLock$")
	cmd.Env = append(os.Environ(), holdLockEnv+"="+db)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "held\n" {
		cmd.Process.Kill()
		t.Fatalf("helper process: %q %v", line, err)
	}
	stopped := false
	stop = func() {
		if !stopped {
			stopped = true
			stdin.Close()
			cmd.Wait()
		}
	}
	t.Cleanup(stop)
	return cmd.Process.Pid, stop
}

func TestCommandsRefuseADatabaseOpenElsewhere(t *testing.T) {
	db := demoDB(t, "ULY")
	s, err := data.Open(context.Background(), db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.SetLanguage(context.Background(), "ru") // the sentence comes in the database's language
	s.Close()

	pid, stop := holdLockElsewhere(t, db)
	want := "Эта база данных уже открыта в другом окне Baulu (процесс " + strconv.Itoa(pid) + ", с "
	for _, args := range [][]string{
		{"backup", "--db", db},
		{"check", "--db", db},
		{"restore", "--db", db, db + ".none"},
		{"package", "export", "--db", db, "--out", db + ".baulu"},
		{"stats", "--db", db},
	} {
		code, out, errs := captureAll(t, args...)
		if code != exitLocked || out != "" || !strings.HasPrefix(errs, want) {
			t.Errorf("%s: status %d, out %q, err %q", args[0], code, out, errs)
		}
	}
	p, err := planStart(db)
	if err != nil || p.locked == nil || !strings.HasPrefix(p.message(), want) {
		t.Fatalf("start plan while locked: %v %+v", err, p)
	}
	if _, err := os.Stat(data.BackupDir(db)); err == nil {
		t.Fatal("a refused command wrote a backup")
	}

	// The lock goes with the process.
	stop()
	if code, _, errs := captureAll(t, "check", "--db", db); code != 0 {
		t.Fatalf("check after the other Baulu ended: %d %q", code, errs)
	}
}
