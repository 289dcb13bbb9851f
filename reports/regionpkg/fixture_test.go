package regionpkg

import (
	"bytes"
	"context"
	"flag"
	"os"
	"testing"
	"time"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/seeds"
)

var ctx = context.Background()

// secretName is a child's full name in every fixture: it must never reach
// a package.
const secretName = "Әлихан Құпиябеков"

// TestMain makes age's scrypt cheap: the default work factor costs about a
// second per encryption, too slow for hundreds of fuzz runs
// (TestDefaultWorkFactor checks the real one).
//
// It also caps the fuzzer's minimisation at 3 s per new input unless
// -fuzzminimizetime is given: Go's default of 60 s spends a 30 s run on
// shrinking the first find, because most cuts of a zip break its structure
// and each try still runs the whole reader.
func TestMain(m *testing.M) {
	scryptWorkFactor, maxWorkFactor = 10, 10
	flag.Parse()
	explicit := false
	flag.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "test.fuzzminimizetime" })
	if !explicit {
		flag.Set("test.fuzzminimizetime", "3s")
	}
	os.Exit(m.Run())
}

// regionFixture is a centre's database for region: in each of its five
// kindergartens an experimental and a control group of perGroup children,
// scored on every indicator in every round, and the centre's work records
// (profiles, directions, checklist, events, visits, practices, risks,
// feedback and corrections).
func regionFixture(tb testing.TB, region string, perGroup int) *data.Store {
	tb.Helper()
	s := datatest.NewConfigured(tb, region)
	fixtureRegion(tb, s, region, perGroup)
	return s
}

// fixtureRegion fills a database that has the region loaded.
func fixtureRegion(tb testing.TB, s *data.Store, region string, perGroup int) {
	tb.Helper()
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	dirs, err := s.Directions(ctx, false)
	must(err)
	items, err := s.EnvItems(ctx)
	must(err)
	inds, err := s.Indicators(ctx, false)
	must(err)
	rounds, err := s.Rounds(ctx)
	must(err)
	var scores []data.Score
	var withdrawn []data.Child // consent withdrawn after the scores were entered
	kgs := seeds.KindergartensOf(region)
	for ki, sk := range kgs {
		k, err := s.Kindergarten(ctx, sk.SeedNo)
		must(err)
		k.Settlement, k.District, k.Locality, k.Director, k.Phone = "Жезқазған", "Ұлытау ауданы", "urban", "Гүлнар Сейітқызы", "+7 7102 00 00 0"+string(rune('0'+ki))
		must(s.UpdateKindergarten(ctx, k))
		must(s.SetKindergartenDirections(ctx, k.ID, []int64{dirs[ki%len(dirs)].ID, dirs[(ki+3)%len(dirs)].ID}))
		for ii, it := range items[:3] {
			must(s.SetEnvRating(ctx, data.EnvRating{KindergartenID: k.ID, DirectionID: dirs[ki%len(dirs)].ID, ItemID: it.ID,
				Status: (ki + ii) % 3, RatedOn: data.NewDate(2026, 3, 1+ii), Note: "тексерілді"}))
		}
		for gi, role := range []string{data.RoleExperimental, data.RoleControl} {
			g := datatest.AddGroup(tb, s, k.ID, []string{"Балапан", "Жұлдыз"}[gi], role)
			for i := 0; i < perGroup; i++ {
				c := data.Child{GroupID: g.ID, FullName: secretName, Sex: []string{"F", "M"}[i%2],
					BirthDate: data.NewDate(2021, time.Month(1+i%12), 1+i%28), Consent: true}
				if i == 3 {
					c.LeftOn = data.NewDate(2026, 6, 1)
				}
				must(s.SaveChild(ctx, &c))
				if i%7 == 0 {
					withdrawn = append(withdrawn, c)
				}
				for ri, r := range rounds {
					for _, in := range inds {
						if (i+ri)%11 == 10 {
							continue // not every score is there
						}
						v := 1 + (i*7+int(in.ID)*3+ri*(1+gi))%3
						scores = append(scores, data.Score{ChildID: c.ID, RoundID: r.ID, IndicatorID: in.ID, Value: v})
					}
				}
			}
		}
	}
	must(s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport}))
	for _, c := range withdrawn {
		c.Consent = false
		must(s.SaveChild(ctx, &c))
	}
	exec := func(q string, args ...any) int64 {
		tb.Helper()
		return datatest.Exec(tb, s, q, args...)
	}
	const now = "2026-11-25 10:00:00"
	k1, k2 := kgs[0].SeedNo, kgs[1].SeedNo
	ev1 := exec(`INSERT INTO event(region_code, kind, held_on, topic, format, organiser, hours, materials, notes, created_at, updated_at)
		VALUES (?, 'seminar', '2026-02-10', 'Кәсіптер әлемі: пәндік-дамыту ортасы', 'offline', 'Әдістемелік орталық', 4, 'презентация', '', ?, ?)`, region, now, now)
	ev2 := exec(`INSERT INTO event(region_code, kind, held_on, topic, format, organiser, hours, created_at, updated_at)
		VALUES (?, 'webinar', '2026-04-15', 'Ата-аналармен жұмыс', 'online', 'Институт', 2, ?, ?)`, region, now, now)
	exec(`INSERT INTO event_participation VALUES (?, ?, 3, 0, 1), (?, ?, 2, 5, 0), (?, ?, 1, 12, 0)`, ev1, k1, ev1, k2, ev2, k1)
	exec(`INSERT INTO visit(kindergarten_id, visited_on, purpose, direction_id, findings, recommendations, followup_on, followup_status, created_at, updated_at)
		VALUES (?, '2026-03-05', 'environment', ?, 'Аспаздық бұрышы жабдықталған', 'Құралдарды толықтыру', '2026-04-05', 'planned', ?, ?)`, k1, dirs[1].ID, now, now)
	exec(`INSERT INTO visit(kindergarten_id, visited_on, purpose, created_at, updated_at) VALUES (?, '2026-05-20', 'monitoring', ?, ?)`, k2, now, now)
	pr := exec(`INSERT INTO practice(kindergarten_id, title, teacher, direction_id, description, status, identified_on, created_at, updated_at)
		VALUES (?, 'Кішкентай аспаздар', 'Айнұр Болатқызы', ?, 'Апта сайынғы шеберхана', 'recommended', '2026-04-01', ?, ?)`, k1, dirs[1].ID, now, now)
	exec(`INSERT INTO practice_event VALUES (?, ?)`, pr, ev1)
	exec(`INSERT INTO risk(region_code, kindergarten_id, description, category, likelihood, impact, mitigation, owner, status, identified_on, created_at, updated_at)
		VALUES (?, NULL, 'Материалдар кешігіп келеді', 'material', 2, 3, 'Жеткізушімен келісім', 'Әдіскер', 'open', '2026-02-01', ?, ?),
		       (?, ?, 'Тәрбиеші ауысты', 'staff', 1, 2, '', '', 'closed', '2026-03-01', ?, ?)`, region, now, now, region, k2, now, now)
	fb := exec(`INSERT INTO feedback(region_code, kindergarten_id, source, received_on, text, created_at, updated_at)
		VALUES (?, ?, 'parent', '2026-05-02', 'Бала үйде де көмектеседі', ?, ?)`, region, k1, now, now)
	exec(`INSERT INTO correction(region_code, feedback_id, changed_on, change, effect, effect_on, created_at, updated_at)
		VALUES (?, ?, '2026-05-10', 'Үй тапсырмасы қосылды', 'Қызығушылық артты', '2026-09-01', ?, ?),
		       (?, NULL, '2026-06-01', 'Кесте өзгертілді', '', NULL, ?, ?)`, region, fb, now, now, region, now, now)
}

// export writes the package of region from s.
func export(tb testing.TB, s *data.Store, region, pass string, at time.Time) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Export(ctx, s, region, &buf, ExportOptions{Passphrase: pass, Now: at, AppVersion: "test"}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// fingerprint is every row of every table, so a test can tell whether a
// failed import wrote anything.
func fingerprint(tb testing.TB, s *data.Store) string {
	tb.Helper()
	return datatest.Dump(tb, s)
}
