package demo_test

import (
	"errors"
	"math"
	"regexp"
	"strconv"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
)

// TestNationalDemo generates all twenty regions once and checks the shape
// of what the reports will be shown.
func TestNationalDemo(t *testing.T) {
	t.Parallel() // each test has its own databases
	s := datatest.New(t)
	sum := generate(t, s, demo.Options{Regions: []string{"all"}, Seed: 1})
	q := func(query string, args ...any) float64 {
		t.Helper()
		return datatest.Float(t, s, query, args...)
	}

	t.Run("counts", func(t *testing.T) {
		within := func(name string, got, lo, hi int) {
			if got < lo || got > hi {
				t.Errorf("%s = %d, want %d..%d", name, got, lo, hi)
			}
		}
		for _, c := range []struct {
			name, table string
			got         int
		}{
			{"groups", "child_group", sum.Groups}, {"children", "child", sum.Children}, {"scores", "assessment", sum.Scores},
			{"events", "event", sum.Events}, {"visits", "visit", sum.Visits}, {"practices", "practice", sum.Practices},
			{"risks", "risk", sum.Risks}, {"feedback", "feedback", sum.Feedback}, {"corrections", "correction", sum.Corrections},
			{"kindergartens", "kindergarten", sum.Kindergartens}, {"ratings", "env_rating", sum.EnvRatings},
		} {
			if n := int(q(`SELECT count(*) FROM ` + c.table)); n != c.got {
				t.Errorf("summary says %d %s, the table has %d", c.got, c.name, n)
			}
		}
		within("regions", sum.Regions, 20, 20)
		within("kindergartens", sum.Kindergartens, 100, 100)
		within("groups", sum.Groups, 200, 300)
		within("children", sum.Children, 4500, 6000)
		within("scores", sum.Scores, 120000, 160000)
		within("events", sum.Events, 20*12, 20*20)
		within("visits", sum.Visits, 20*8, 20*12)
		within("practices", sum.Practices, 20*3, 20*6)
		within("risks", sum.Risks, 20*5, 20*8)
		within("feedback", sum.Feedback, 20*6, 20*10)
		within("corrections", sum.Corrections, 20*3, 20*5)
		for _, per := range []struct {
			name, query string
			lo, hi      int
		}{
			{"events", `SELECT count(*) FROM event GROUP BY region_code`, 12, 20},
			{"visits", `SELECT count(*) FROM visit v JOIN kindergarten k ON k.id = v.kindergarten_id GROUP BY k.region_code`, 8, 12},
			{"practices", `SELECT count(*) FROM practice p JOIN kindergarten k ON k.id = p.kindergarten_id GROUP BY k.region_code`, 3, 6},
			{"risks", `SELECT count(*) FROM risk GROUP BY region_code`, 5, 8},
			{"feedback", `SELECT count(*) FROM feedback GROUP BY region_code`, 6, 10},
			{"corrections", `SELECT count(*) FROM correction GROUP BY region_code`, 3, 5},
			{"linked corrections", `SELECT count(feedback_id) FROM correction GROUP BY region_code`, 2, 4},
			{"groups per kindergarten", `SELECT count(*) FROM child_group GROUP BY kindergarten_id`, 2, 3},
			{"control groups per kindergarten", `SELECT count(*) FROM child_group WHERE role = 'control' GROUP BY kindergarten_id`, 1, 1},
			{"children per group", `SELECT count(*) FROM child GROUP BY group_id`, 20, 26},
			{"directions per kindergarten", `SELECT count(*) FROM kindergarten_direction GROUP BY kindergarten_id`, 2, 4},
		} {
			groups := 0
			for _, v := range datatest.Strings(t, s, per.query) {
				n, _ := strconv.Atoi(v)
				within(per.name, n, per.lo, per.hi)
				groups++
			}
			if groups == 0 {
				t.Errorf("%s: no rows", per.name)
			}
		}
	})

	t.Run("experimental groups gain more", func(t *testing.T) {
		mean := func(role, kind string) float64 {
			return q(`SELECT avg(a.score) FROM assessment a JOIN round r ON r.id = a.round_id JOIN child c ON c.id = a.child_id
				JOIN child_group g ON g.id = c.group_id WHERE g.role = ? AND r.kind = ?`, role, kind)
		}
		eb, ef, cb, cf := mean("experimental", "baseline"), mean("experimental", "final"), mean("control", "baseline"), mean("control", "final")
		ei := mean("experimental", "intermediate")
		t.Logf("experimental %.2f → %.2f → %.2f, control %.2f → %.2f", eb, ei, ef, cb, cf)
		if math.Abs(eb-cb) > 0.1 || eb < 1.45 || eb > 1.75 {
			t.Errorf("baselines differ or are off: E %.2f, C %.2f", eb, cb)
		}
		if ef-eb < 0.6 || cf-cb < 0.15 || (ef-eb)-(cf-cb) < 0.35 {
			t.Errorf("gains E %.2f, C %.2f: experimental groups must gain clearly more", ef-eb, cf-cb)
		}
		if !(eb < ei && ei < ef) {
			t.Errorf("intermediate %.2f is not between %.2f and %.2f", ei, eb, ef)
		}
		// Every kindergarten shows it, not only the country as a whole.
		worse := q(`WITH g AS (
				SELECT g.kindergarten_id kg, g.role,
					avg(CASE WHEN r.kind = 'final' THEN a.score END) - avg(CASE WHEN r.kind = 'baseline' THEN a.score END) gain
				FROM assessment a JOIN round r ON r.id = a.round_id JOIN child c ON c.id = a.child_id
				JOIN child_group g ON g.id = c.group_id GROUP BY 1, 2)
			SELECT count(*) FROM g e JOIN g c ON c.kg = e.kg AND c.role = 'control' WHERE e.role = 'experimental' AND e.gain <= c.gain`)
		if worse > 0 {
			t.Errorf("%v kindergartens where control groups gained as much", worse)
		}
	})

	t.Run("some children miss the final round", func(t *testing.T) {
		total := q(`SELECT count(*) FROM child`)
		missing := q(`SELECT count(*) FROM child c WHERE NOT EXISTS (SELECT 1 FROM assessment a JOIN round r ON r.id = a.round_id
			WHERE a.child_id = c.id AND r.kind = 'final')`)
		if share := missing / total; share < 0.015 || share > 0.05 {
			t.Errorf("%.1f%% of children lack the final round, want about 3%%", 100*share)
		}
		left := q(`SELECT count(*) FROM child WHERE left_on IS NOT NULL`)
		if left == 0 || left > missing {
			t.Errorf("%v children left the pilot, %v miss the final round", left, missing)
		}
		partial := q(`SELECT count(*) FROM (SELECT child_id, round_id FROM assessment GROUP BY 1, 2 HAVING count(*) <> 9)`)
		if partial != 0 {
			t.Errorf("%v child-rounds are scored on some indicators only", partial)
		}
	})

	t.Run("no child has a real-looking name", func(t *testing.T) {
		initials := regexp.MustCompile(`^\p{Lu}\. \p{Lu}\.$`)
		n := 0
		for _, name := range datatest.Strings(t, s, `SELECT full_name FROM child WHERE full_name <> ''`) {
			if !initials.MatchString(name) {
				t.Errorf("child named %q", name)
			}
			n++
		}
		if n == 0 || float64(n) > 0.02*float64(sum.Children) {
			t.Errorf("%d children with initials; want a handful", n)
		}
		if q(`SELECT count(*) FROM child WHERE consent = 0`) == 0 {
			t.Error("every child has consent; the dashboard needs a few without")
		}
	})

	t.Run("every region has overdue follow-ups and an open high risk", func(t *testing.T) {
		today := data.DateOf(datatest.Today)
		for _, code := range demo.AllRegions() {
			overdue, err := s.OverdueFollowups(ctx, code, today)
			if err != nil || len(overdue) == 0 {
				t.Errorf("%s: no overdue follow-up (%v)", code, err)
			}
			risks, _ := s.Risks(ctx, code)
			high := false
			for _, r := range risks {
				high = high || (r.Open() && r.Level() == data.RiskHigh)
			}
			if !high {
				t.Errorf("%s: no open high risk", code)
			}
		}
	})

	t.Run("quarter totals agree with the event list", func(t *testing.T) {
		for _, code := range []string{"ULY", "AST", "TUR"} {
			totals, err := s.EventTotals(ctx, code, 2026)
			if err != nil {
				t.Fatal(err)
			}
			sumEvents := 0
			for _, qt := range totals {
				evs, _ := s.Events(ctx, data.EventFilter{RegionCode: code, Quarter: qt.Quarter})
				var want data.QuarterTotals
				want.Quarter, want.Events = qt.Quarter, len(evs)
				for _, e := range evs {
					want.Hours += e.Hours
					tch, par, oth := e.Participants()
					want.Teachers, want.Parents, want.Others = want.Teachers+tch, want.Parents+par, want.Others+oth
				}
				if qt != want {
					t.Errorf("%s Q%d: totals %+v, events say %+v", code, qt.Quarter, qt, want)
				}
				sumEvents += qt.Events
			}
			if all, _ := s.Events(ctx, data.EventFilter{RegionCode: code}); len(all) != sumEvents || totals[2].Events == 0 {
				t.Errorf("%s: %d events in quarters, %d in the list; Q3 %d", code, sumEvents, len(all), totals[2].Events)
			}
		}
	})

	t.Run("dates fit the pilot year", func(t *testing.T) {
		for _, c := range []struct{ name, query string }{
			{"events", `SELECT count(*) FROM event WHERE held_on NOT BETWEEN '2026-01-05' AND '2026-11-24'`},
			{"visits", `SELECT count(*) FROM visit WHERE visited_on NOT BETWEEN '2026-02-01' AND '2026-11-24' OR substr(visited_on, 6, 2) IN ('07', '08')`},
			{"feedback", `SELECT count(*) FROM feedback WHERE received_on NOT BETWEEN '2026-01-05' AND '2026-11-24'`},
			{"corrections", `SELECT count(*) FROM correction WHERE changed_on > '2026-11-24' OR effect_on > '2026-11-24'`},
			{"weekends", `SELECT count(*) FROM event WHERE strftime('%w', held_on) IN ('0', '6')`},
			{"births", `SELECT count(*) FROM child WHERE birth_date NOT BETWEEN '2020-01-01' AND '2022-12-31'`},
		} {
			if n := q(c.query); n != 0 {
				t.Errorf("%s: %v out of place", c.name, n)
			}
		}
	})

	t.Run("profiles are filled", func(t *testing.T) {
		if n := q(`SELECT count(*) FROM kindergarten WHERE settlement = '' OR district = '' OR locality = '' OR director = '' OR phone = '' OR email = ''`); n != 0 {
			t.Errorf("%v kindergartens with an empty profile field", n)
		}
		if n := q(`SELECT count(*) FROM kindergarten WHERE locality = 'rural'`); n < 15 || n > 60 {
			t.Errorf("%v rural kindergartens", n)
		}
		st, _ := s.Settings(ctx)
		if st.RegionCode != "ABA" || st.CentreName != "Абай облысы білім басқармасының әдістемелік орталығы" || st.HeadName == "" {
			t.Errorf("settings %+v", st)
		}
	})
}

func TestGenerateRefusals(t *testing.T) {
	t.Parallel() // each test has its own databases
	fresh := datatest.New(t)
	if _, err := demo.Generate(ctx, fresh, demo.Options{}); !errors.Is(err, demo.ErrNoRegion) {
		t.Errorf("unconfigured, no region: %v", err)
	}
	if _, err := demo.Generate(ctx, fresh, demo.Options{Regions: []string{"ULY", "XYZ"}}); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown region: %v", err)
	}
	if st, _ := fresh.Settings(ctx); st.Configured() {
		t.Error("a refused run configured the database")
	}

	// A configured database: empty Regions means its own region only.
	s := datatest.NewConfigured(t, "AST")
	sum := generate(t, s, demo.Options{})
	if sum.Regions != 1 || sum.Kindergartens != 5 {
		t.Fatalf("summary %+v", sum)
	}
	if st, _ := s.Settings(ctx); st.CentreName != "Әдістемелік орталық" {
		t.Errorf("the demo overwrote the settings: %+v", st)
	}
	// A region with data is refused before anything is written.
	before := tableHash(t, s)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY", "AST"}}); !errors.Is(err, demo.ErrNotEmpty) {
		t.Errorf("second run: %v", err)
	}
	if tableHash(t, s) != before {
		t.Error("a refused run changed the database")
	}
	// Activity alone also counts as data.
	r := data.Risk{RegionCode: "ULY", Description: "Тәуекел", Category: data.RiskOther, Likelihood: 1, Impact: 1, IdentifiedOn: data.NewDate(2026, 2, 2)}
	if err := s.SaveRisk(ctx, &r); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"uly"}}); !errors.Is(err, demo.ErrNotEmpty) {
		t.Errorf("region with a risk: %v", err)
	}
}

// BenchmarkGenerateAll generates the whole country (about 5,000 children and
// 135,000 scores) into a fresh database; it should take a few seconds.
func BenchmarkGenerateAll(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		s := datatest.New(b)
		b.StartTimer()
		generate(b, s, demo.Options{Regions: demo.AllRegions(), Seed: 1})
	}
}
