package data_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
)

const crashScores = 10000

// crashFixture makes a database with 400 children (400 × 9 indicators × 3
// rounds = 10,800 possible scores) and no scores, and closes it.
func crashFixture(t *testing.T) string {
	t.Helper()
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Күншуақ", data.RoleExperimental)
	datatest.AddChildren(t, s, g.ID, 400)
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// crashImportChild is the child process: one transaction of 10,000 score
// inserts, reporting on stdout how far it got. In mode "pause" it stops
// half-way inside the transaction; in mode "commit" it waits after the
// commit; in mode "run" it just runs, to be killed at any moment.
func crashImportChild(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, os.Getenv("BAULU_HELPER_DB"), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var children []int64
	rows, err := s.DB().QueryContext(ctx, `SELECT id FROM child ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		children = append(children, id)
	}
	rows.Close()
	inds, _ := s.Indicators(ctx, false)
	rounds, _ := s.Rounds(ctx)
	mode := os.Getenv("BAULU_HELPER_MODE")
	fmt.Println("begin")
	err = s.Tx(ctx, func(tx *sql.Tx) error {
		// The score writer's gate (migration 5), opened as the writer does.
		if _, err := tx.ExecContext(ctx, `UPDATE score_writer SET open = 1`); err != nil {
			return err
		}
		st, err := tx.PrepareContext(ctx, `INSERT INTO assessment(child_id, round_id, indicator_id, score, updated_at) VALUES (?,?,?,?,'2026-11-25 10:00:00')`)
		if err != nil {
			return err
		}
		defer st.Close()
		n := 0
		for _, c := range children {
			for _, r := range rounds {
				for _, in := range inds {
					if n == crashScores {
						return nil
					}
					if _, err := st.ExecContext(ctx, c, r.ID, in.ID, 1+n%3); err != nil {
						return err
					}
					n++
					if n == crashScores/2 {
						fmt.Println("halfway")
						if mode == "pause" {
							time.Sleep(time.Minute)
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("committed")
	if mode == "commit" {
		time.Sleep(time.Minute)
	}
}

func TestKillDuringImportIsAllOrNothing(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGKILL")
	}
	cases := []struct {
		mode, waitFor string
		delay         time.Duration // after waitFor, before the kill
		want          []int         // acceptable assessment counts
	}{
		{"pause", "halfway", 0, []int{0}},
		{"commit", "committed", 0, []int{crashScores}},
		{"run", "begin", 0, []int{0, crashScores}},
		{"run", "begin", 20 * time.Millisecond, []int{0, crashScores}},
		{"run", "begin", 80 * time.Millisecond, []int{0, crashScores}},
		{"run", "halfway", 0, []int{0, crashScores}},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s-%s+%v", tc.mode, tc.waitFor, tc.delay), func(t *testing.T) {
			db := crashFixture(t)
			cmd, out := helper(t, "import", "BAULU_HELPER_DB="+db, "BAULU_HELPER_MODE="+tc.mode)
			waitLine(t, out, tc.waitFor)
			time.Sleep(tc.delay)
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()

			if err := data.CheckFile(db); err != nil {
				t.Fatalf("quick_check after the kill: %v", err)
			}
			s, err := data.Open(ctx, db, data.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if rep, err := s.Check(ctx); err != nil {
				t.Fatalf("integrity_check after the kill: %v (%+v)", err, rep)
			}
			n := count(t, s, "assessment")
			for _, w := range tc.want {
				if n == w {
					t.Logf("%d scores after the kill", n)
					return
				}
			}
			t.Fatalf("%d scores after the kill, want one of %v", n, tc.want)
		})
	}
}
