package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/atomicfile"
	"baulu/data/crashpoint"
	"baulu/reports/regionpkg"
)

// The crash-point harness, as SQLite tests itself. Each operation runs as
// `baulu …` in a child process (this test binary again, see TestMain) once
// with a trace of the named crash points it passes (data/crashpoint), then
// once per point and occurrence killed there (SIGKILL, no cleanup), and
// once with ENOSPC and once with EIO injected there. After every run:
//
//   - a good database is under the real name: PRAGMA integrity_check ok
//     and a Baulu schema (data.CheckBackup), where there was one before;
//   - the operation is all or nothing: what it changes (observe) is either
//     as before or as after a clean run;
//   - an injected error ends the command with status 1 and a sentence of
//     the catalogue, never the raw error, and leaves no temporary file;
//   - after the next start (`baulu check`, later than the sweep's age) no
//     temporary file of Baulu is left, and the database is still good.

// crashOp is one operation of the harness.
type crashOp struct {
	name string
	// setup builds the pristine fixture in dir (once; each run gets a copy).
	setup func(t *testing.T, dir string)
	// args is the command on the copy in dir.
	args func(dir string) []string
	// observe is the state the operation changes, all or nothing.
	observe func(t *testing.T, dir string) string
	// sample bounds the occurrences tried per point (0: every one).
	sample int
	// dbBefore: the database exists before the operation.
	dbBefore bool
	// out is the folder of a file the operation writes ("" for none).
	out string
	// rerun: after a kill that left the state as before, running the
	// command again must succeed.
	rerun bool
	// faultsAt limits the points errors are injected at (nil: all of them).
	faultsAt map[string]bool
}

// crashDB is the database of a fixture.
func crashDB(dir string) string { return filepath.Join(dir, "Baulu", "baulu.db") }

// in is a fixture's folder of inputs (a backup, a package, a workbook).
func in(dir, name string) string { return filepath.Join(dir, "in", name) }

func crashOps(t *testing.T) []crashOp {
	demoInto := func(t *testing.T, db, region string) {
		t.Helper()
		copyDemo(t, db, region)
	}
	groupsNamed := func(name string) func(t *testing.T, dir string) string {
		return func(t *testing.T, dir string) string {
			return roQuery(t, crashDB(dir), `SELECT count(*) FROM child_group WHERE name = '`+name+`'`)
		}
	}
	return []crashOp{{
		name: "restore",
		setup: func(t *testing.T, dir string) {
			demoInto(t, crashDB(dir), "ULY")
			os.MkdirAll(filepath.Join(dir, "in"), 0o700)
			if code, _, errs := captureAll(t, "backup", "--db", crashDB(dir), "--out", in(dir, "b.db")); code != 0 {
				t.Fatal(errs)
			}
			addGroup(t, crashDB(dir), "after-backup")
		},
		args:     func(dir string) []string { return []string{"restore", in(dir, "b.db"), "--db", crashDB(dir)} },
		observe:  groupsNamed("after-backup"),
		dbBefore: true,
	}, {
		name: "backup",
		setup: func(t *testing.T, dir string) {
			demoInto(t, crashDB(dir), "ULY")
			if code, _, errs := captureAll(t, "backup", "--db", crashDB(dir)); code != 0 {
				t.Fatal(errs)
			}
		},
		args:     func(dir string) []string { return []string{"backup", "--db", crashDB(dir)} },
		observe:  goodBackups,
		dbBefore: true,
	}, {
		name: "score import",
		setup: func(t *testing.T, dir string) {
			demoInto(t, crashDB(dir), "ULY")
			os.MkdirAll(filepath.Join(dir, "in"), 0o700)
			src := filledTemplate(t, crashDB(dir), filepath.Join(dir, "in"))
			os.Rename(src, in(dir, "t.xlsx"))
		},
		args: func(dir string) []string { return []string{"import", in(dir, "t.xlsx"), "--db", crashDB(dir)} },
		observe: func(t *testing.T, dir string) string {
			return roQuery(t, crashDB(dir), `SELECT count(*) || '/' || sum(score) FROM assessment`)
		},
		dbBefore: true,
	}, {
		name: "package import",
		setup: func(t *testing.T, dir string) {
			demoInto(t, crashDB(dir), "AST")
			uly := filepath.Join(dir, "in", "uly.db")
			demoInto(t, uly, "ULY")
			if code, _, errs := captureAll(t, "package", "export", "--db", uly, "--out", in(dir, "uly.baulu")); code != 0 {
				t.Fatal(errs)
			}
		},
		args: func(dir string) []string {
			return []string{"package", "import", in(dir, "uly.baulu"), "--db", crashDB(dir)}
		},
		observe: func(t *testing.T, dir string) string {
			return roQuery(t, crashDB(dir), `SELECT (SELECT count(*) FROM child c JOIN child_group g ON g.id = c.group_id
				JOIN kindergarten k ON k.id = g.kindergarten_id WHERE k.region_code = 'ULY') || '/' || (SELECT count(*) FROM region_import)`)
		},
		dbBefore: true,
	}, {
		name: "migration",
		setup: func(t *testing.T, dir string) {
			demoInto(t, crashDB(dir), "ULY")
			// Back one version, as the previous Baulu left it: each
			// migration is one transaction, so the upgrade by one version
			// is all or nothing (several versions stop between two).
			rollBack(t, crashDB(dir), data.SchemaVersion()-1)
		},
		args: func(dir string) []string { return []string{"stats", "--db", crashDB(dir), "--region", "ULY"} },
		observe: func(t *testing.T, dir string) string {
			return roQuery(t, crashDB(dir), `SELECT max(version) || '/' || (SELECT count(*) FROM child) FROM schema_version`)
		},
		dbBefore: true,
	}, {
		name: "package export (atomic write)",
		setup: func(t *testing.T, dir string) {
			demoInto(t, crashDB(dir), "ULY")
			os.MkdirAll(filepath.Join(dir, "out"), 0o700)
			os.WriteFile(filepath.Join(dir, "out", "uly.baulu"), []byte("the previous package"), 0o600)
		},
		args: func(dir string) []string {
			return []string{"package", "export", "--db", crashDB(dir), "--out", filepath.Join(dir, "out", "uly.baulu")}
		},
		observe: func(t *testing.T, dir string) string {
			b, err := os.ReadFile(filepath.Join(dir, "out", "uly.baulu"))
			switch {
			case err != nil:
				return "none"
			case string(b) == "the previous package":
				return "previous"
			}
			if _, err := regionpkg.Inspect(bytes.NewReader(b), ""); err != nil {
				return "broken: " + err.Error()
			}
			return "package"
		},
		dbBefore: true,
		out:      "out",
	}, {
		name:  "demo --all",
		setup: func(t *testing.T, dir string) { os.MkdirAll(filepath.Dir(crashDB(dir)), 0o700) },
		args:  func(dir string) []string { return []string{"demo", "--all", "--db", crashDB(dir)} },
		observe: func(t *testing.T, dir string) string {
			if _, err := os.Stat(crashDB(dir)); err != nil {
				return "none"
			}
			return roQuery(t, crashDB(dir), `SELECT count(DISTINCT k.region_code) FROM child c JOIN child_group g ON g.id = c.group_id
				JOIN kindergarten k ON k.id = g.kindergarten_id`)
		},
		// A thousand commits of its own: the first, middle and last are
		// cut; errors are injected at its own steps only (the commits'
		// are the other operations').
		sample:   3,
		rerun:    true,
		faultsAt: map[string]bool{"rebuild.swap": true, "restore.swap": true, "atomic.sync": true, "atomic.rename": true},
	}}
}

// goodBackups counts the backups of a fixture, failing for one that does
// not pass CheckBackup: a backup that is kept is a good one.
func goodBackups(t *testing.T, dir string) string {
	t.Helper()
	list, err := data.ListBackups(data.BackupDir(crashDB(dir)))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if _, err := data.CheckBackup(b.Path); err != nil {
			t.Errorf("a bad backup is kept: %v", err)
		}
	}
	return fmt.Sprint(len(list))
}

// crashPoint is one occurrence of a named point in a trace.
type crashPoint struct {
	name      string
	n         int
	crashOnly bool
}

// trace runs the operation once and gives the points it passed.
func trace(t *testing.T, args []string) ([]crashPoint, runResult) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "trace")
	r := runChild(t, []string{crashpoint.TraceEnv + "=" + file}, args...)
	f, err := os.Open(file)
	if err != nil {
		return nil, r
	}
	defer f.Close()
	seen := map[string]int{}
	var points []crashPoint
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, flag, _ := strings.Cut(sc.Text(), " ")
		seen[name]++
		points = append(points, crashPoint{name: name, n: seen[name], crashOnly: flag == crashpoint.CrashOnly})
	}
	return points, r
}

// sampled keeps at most k occurrences of each point: the first, the last
// and evenly between (demo data commits hundreds of times).
func sampled(points []crashPoint, k int) []crashPoint {
	if k == 0 {
		return points
	}
	total := map[string]int{}
	for _, p := range points {
		total[p.name] = p.n
	}
	var out []crashPoint
	for _, p := range points {
		n := total[p.name]
		if n <= k || p.n == 1 || p.n == n || (p.n-1)%((n+k-2)/(k-1)) == 0 && p.n < n {
			out = append(out, p)
		}
	}
	return out
}

// copyTree copies the fixture src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o700)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return err
		}
		_, err = io.Copy(out, in)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// temps lists Baulu's temporary files in the fixture's folders.
func temps(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && atomicfile.IsTemp(d.Name()) {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// later makes the temporary files older than any sweep's age: the next
// start happens after the crash, not within the same second.
func later(dir string) {
	old := time.Now().Add(-2 * atomicfile.StaleAfter)
	for _, p := range temps(dir) {
		os.Chtimes(p, old, old)
	}
}

func TestCrashPoints(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the kill is SIGKILL; the Windows build is vetted, not run")
	}
	if raceDetector {
		// The children are the same code; under the race detector each
		// start costs seconds and demo --all a minute. CI runs this test
		// without -race (scripts/test.sh).
		t.Skip("run without -race")
	}
	start := time.Now()
	var runs, points int
	var summary []string
	for _, op := range crashOps(t) {
		t.Run(op.name, func(t *testing.T) {
			fixture := t.TempDir()
			op.setup(t, fixture)
			before := op.observe(t, fixture)
			clean := t.TempDir()
			copyTree(t, fixture, clean)
			trail, r := trace(t, op.args(clean))
			if r.code != 0 {
				t.Fatalf("the clean run failed: %d %s", r.code, r.stderr)
			}
			after := op.observe(t, clean)
			if after == before {
				t.Fatalf("the clean run changed nothing (%s)", after)
			}
			tried := sampled(trail, op.sample)
			names := map[string]bool{}
			for _, p := range tried {
				names[p.name] = true
				modes := []string{"kill"}
				if !p.crashOnly && (op.faultsAt == nil || op.faultsAt[p.name]) {
					modes = append(modes, "ENOSPC", "EIO")
				}
				for _, mode := range modes {
					runs++
					// Every run has its own copy and child process: they run
					// side by side (-parallel, the number of CPUs), after this
					// operation's loop.
					t.Run(fmt.Sprintf("%s:%d/%s", p.name, p.n, mode), func(t *testing.T) {
						t.Parallel()
						crashRun(t, op, fixture, p, mode, before, after)
					})
				}
			}
			points += len(names)
			list := slices.Sorted(maps.Keys(names))
			summary = append(summary, fmt.Sprintf("%s: %d points (%s), %d occurrences tried", op.name, len(names), strings.Join(list, " "), len(tried)))
		})
	}
	t.Logf("crash harness: %d operations, %d crash points, %d runs in %s\n%s",
		len(crashOps(t)), points, runs, time.Since(start).Round(time.Second), strings.Join(summary, "\n"))
}

// crashRun runs op on a fresh copy of fixture, cut at p by mode, and checks
// the invariants. It runs beside other runs, so everything it starts is a
// child process (captureAll would swap this process's standard output).
func crashRun(t *testing.T, op crashOp, fixture string, p crashPoint, mode, before, after string) {
	t.Helper()
	at := fmt.Sprintf("%s:%d", p.name, p.n)
	dir := t.TempDir()
	copyTree(t, fixture, dir)
	env := crashpoint.CrashEnv + "=" + at
	if mode != "kill" {
		env = crashpoint.FaultEnv + "=" + at + "=" + mode
	}
	r := runChild(t, []string{env}, op.args(dir)...)
	where := fmt.Sprintf("%s at %s", mode, at)
	switch {
	case mode == "kill" && !r.killed:
		t.Errorf("%s: not killed (status %d, %s)", where, r.code, r.stderr)
	case mode != "kill" && r.code == 0:
		// A fault may be absorbed where the work is already done or the
		// step is best-effort; the result must then be the clean one.
		if got := op.observe(t, dir); got != after {
			t.Errorf("%s: succeeded with %q, want %q", where, got, after)
		}
	case mode != "kill":
		msg := strings.TrimSpace(r.stderr)
		if r.code != 1 || msg == "" || strings.Contains(msg, "crashpoint") || strings.Contains(msg, "baulu "+op.args(dir)[0]+":") {
			t.Errorf("%s: status %d, the user was told %q", where, r.code, msg)
		}
		if left := temps(dir); len(left) > 0 {
			t.Errorf("%s: temporary files left after the error: %v", where, left)
		}
	}
	db := crashDB(dir)
	got := op.observe(t, dir)
	if got != before && got != after {
		t.Errorf("%s: half done: %q, want %q or %q", where, got, before, after)
	}
	if op.dbBefore {
		if _, err := data.CheckBackup(db); err != nil {
			t.Errorf("%s: no good database under the real name: %v", where, err)
		}
	}
	// The next start, some time later: the window's start (lock, sweep,
	// check), then `baulu check`.
	later(dir)
	if p, err := planStart(db); err != nil || p.damaged != "" {
		t.Errorf("%s: the next start: %v, damaged %q", where, err, p.damaged)
	} else {
		p.close()
	}
	if _, err := os.Stat(db); err == nil {
		if r := runChild(t, nil, "check", "--db", db); r.code != 0 {
			t.Errorf("%s: the next start's check: %d %s", where, r.code, r.stderr)
		}
	}
	if op.out != "" { // an output folder is swept at the next write into it
		atomicfile.WriteFile(filepath.Join(dir, op.out, "next"), func(io.Writer) error { return nil })
	}
	if left := temps(dir); len(left) > 0 {
		t.Errorf("%s: temporary files left after the next start: %v", where, left)
	}
	if op.rerun && r.killed && got == before {
		if r := runChild(t, nil, op.args(dir)...); r.code != 0 || op.observe(t, dir) != after {
			t.Errorf("%s: running again: %d %s", where, r.code, r.stderr)
		}
	}
}

// downMigrations undo each migration after the second, so that the
// migration's crash test starts from a database an older Baulu left. A new
// migration adds its undo here (the test says so when it is missing).
var downMigrations = map[int]string{
	3: `DROP TABLE handout_text`,
	4: `DROP TRIGGER env_rating_history_insert; DROP TRIGGER env_rating_history_update;
		DROP TABLE env_rating_history;
		ALTER TABLE kindergarten DROP COLUMN name_ru; ALTER TABLE kindergarten DROP COLUMN settlement_ru;` +
		dropColumns("settings", "centre_name_ru", "head_name_ru", "head_position_ru", "signatory_name_ru",
			"signatory_position_ru", "executor_name", "executor_name_ru", "executor_phone", "city", "city_ru",
			"institute_signatory_name", "institute_signatory_name_ru", "institute_signatory_position",
			"institute_signatory_position_ru"),
	5: `DROP TRIGGER assessment_writer_ins; DROP TRIGGER assessment_writer_upd; DROP TRIGGER assessment_writer_del;
		DROP TRIGGER change_set_append_only_upd; DROP TRIGGER change_set_append_only_del;
		DROP TRIGGER change_append_only_upd; DROP TRIGGER change_append_only_del;
		DROP TRIGGER round_period_exists; DROP TRIGGER round_period_exists_upd;
		DROP TABLE package_import; DROP TABLE data_query; DROP TABLE score_writer; DROP TABLE change;
		DROP TABLE change_set; DROP TABLE round_status; DROP INDEX round_period_idx;
		ALTER TABLE round DROP COLUMN period_id; ALTER TABLE child_group DROP COLUMN ended_on;
		ALTER TABLE settings DROP COLUMN methodologist; DROP TABLE period`,
	6: `DROP INDEX report_record_period; DROP TABLE report_record`,
	7: `DROP INDEX region_report_region_idx; DROP TABLE region_report;
		ALTER TABLE package_import DROP COLUMN rounds; ALTER TABLE package_import DROP COLUMN encrypted;
		ALTER TABLE settings DROP COLUMN institute`,
	8: `ALTER TABLE region_import DROP COLUMN centre_name_ru`,
}

func dropColumns(table string, cols ...string) string {
	var b strings.Builder
	for _, c := range cols {
		b.WriteString("ALTER TABLE " + table + " DROP COLUMN " + c + "; ")
	}
	return b.String()
}

// rollBack takes the database at path back to schema version v.
func rollBack(t *testing.T, path string, v int) {
	t.Helper()
	for n := data.SchemaVersion(); n > v; n-- {
		down, ok := downMigrations[n]
		if !ok {
			t.Fatalf("migration %d has no undo in downMigrations (crash_test.go): add it", n)
		}
		withSQL(t, path, down+fmt.Sprintf("; DELETE FROM schema_version WHERE version = %d", n))
	}
}
