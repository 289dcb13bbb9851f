package demo

import (
	"context"
	"fmt"
	"math/rand/v2"

	"baulu/data"
)

// groupsAndChildren creates per kindergarten one or two experimental groups
// and one control group of the same age and language, 20–26 children each,
// and their scores in the baseline, intermediate and final rounds. At a
// Scale above 1 every kindergarten gets Scale such sets of groups: the first
// is the pilot's own, unchanged; the others (cohort 2, 3 …) are synthetic,
// named «… · масштаб N» so that no one takes them for real groups, and each
// draws from its own random streams, so a larger scale only adds data.
func (g *regionGen) groupsAndChildren(ctx context.Context) error {
	for c := 1; c <= g.scale; c++ {
		if err := g.cohort(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// cohort makes one set of groups per kindergarten (cohort 1 is the pilot's).
func (g *regionGen) cohort(ctx context.Context, c int) error {
	part := func(name string) string {
		if c == 1 {
			return name
		}
		return fmt.Sprintf("%s#%d", name, c)
	}
	r, absent := g.rand(part("groups")), g.rand(part("absence"))
	var kids []data.Child
	var miss []absence
	var groups []data.Group
	for _, k := range g.kgs {
		ru := g.kgRU[k.ID]
		lang, names := "kk", kkGroupNames
		if ru {
			lang, names = "ru", ruGroupNames
		}
		age := "senior"
		if r.IntN(2) == 0 {
			age = "preschool"
		}
		roles := []string{data.RoleExperimental, data.RoleControl}
		if r.Float64() < 0.25 {
			roles = []string{data.RoleExperimental, data.RoleExperimental, data.RoleControl}
		}
		perm := r.Perm(len(names))
		for i, role := range roles {
			russianName := 0.03
			if ru {
				russianName = 0.5
			}
			n := 20 + r.IntN(7)
			teacher := womanFor(r, russianName)
			name := names[perm[i]]
			if c > 1 {
				name = fmt.Sprintf("%s · масштаб %d", name, c)
			}
			gr := data.Group{KindergartenID: k.ID, Name: name, AgeGroup: age, Language: lang, Role: role,
				Teacher: teacher.Full(), PlannedSize: n}
			if err := g.s.SaveGroup(ctx, &gr); err != nil {
				return fmt.Errorf("group %q of %d: %w", gr.Name, k.ID, err)
			}
			// Only the pilot's teachers run events and practices: a larger
			// scale leaves the centre's year as it is.
			if role == data.RoleExperimental && c == 1 {
				g.teachers[k.ID] = append(g.teachers[k.ID], teacher)
			}
			groups = append(groups, gr)
			for range n {
				kid, a := child(r, gr.ID, age), absence{final: absent.Float64() < 0.03, intermediate: absent.Float64() < 0.01}
				if a.final && absent.IntN(2) == 0 {
					kid.LeftOn = day(absent, date(2026, 6, 1), date(2026, 10, 30))
				}
				kids, miss = append(kids, kid), append(miss, a)
			}
		}
	}
	if err := g.s.InsertChildren(ctx, kids); err != nil {
		return err
	}
	g.sum.Groups += len(groups)
	g.sum.Children += len(kids)
	return g.scores(ctx, g.rand(part("scores")), groups, kids, miss)
}

// absence marks the rounds a child was not assessed in.
type absence struct{ final, intermediate bool }

// initials are the only names demo children ever get, and only a handful
// of them: obviously not a real child's name.
var initials = []rune("АБДЕЖКҚМНСТ")

// child draws a child of the group: no name, a birth date that fits the
// age group, and consent signed in the first week of January (a few
// families have not signed yet).
func child(r *rand.Rand, groupID int64, age string) data.Child {
	c := data.Child{GroupID: groupID, Sex: "F"}
	if r.IntN(2) == 0 {
		c.Sex = "M"
	}
	switch {
	case age == "preschool":
		c.BirthDate = date(2020, 1, 1).AddDays(r.IntN(366))
	case r.Float64() < 0.05:
		c.BirthDate = date(2022, 1, 1).AddDays(r.IntN(59))
	default:
		c.BirthDate = date(2021, 1, 1).AddDays(r.IntN(365))
	}
	if r.Float64() >= 0.02 {
		c.Consent, c.ConsentDate = true, day(r, date(2026, 1, 5), date(2026, 1, 9))
	}
	if r.Float64() < 0.01 {
		c.FullName = fmt.Sprintf("%c. %c.", pick(r, initials), pick(r, initials))
	}
	return c
}

// Per-indicator shape of the results, by the default framework's codes:
// difficulty at baseline, and how strongly experimental and control groups
// grow on it. Self-service grows with age anyway; workshop skills and
// interest grow mostly where the workshops are. Unknown codes get 0 and 1.
var (
	difficulty = map[string]float64{"K1": 0.15, "K2": 0, "S1": 0.25, "S2": 0.05, "S3": -0.15, "S4": -0.25, "A1": 0.1, "A2": 0.05, "A3": -0.2}
	gainE      = map[string]float64{"K1": 1.1, "K2": 1.05, "S1": 0.6, "S2": 0.9, "S3": 1, "S4": 1.35, "A1": 1.15, "A2": 0.85, "A3": 1}
	gainC      = map[string]float64{"K1": 1.1, "S1": 1.4, "S4": 0.6, "A1": 0.9}
)

func factor(m map[string]float64, code string, def float64) float64 {
	if v, ok := m[code]; ok {
		return v
	}
	return def
}

// scores writes the three rounds. A score is a latent value cut at 1.5 and
// 2.5: 1.6 plus the kindergarten's, the group's and the child's level, the
// indicator's difficulty, the round's share of the year's growth (0, 0.45,
// 1) times the child's growth, and noise. The year's growth is 0.9 in
// experimental groups (times the kindergarten's effectiveness) and 0.35 in
// control ones, which gives means of about 1.6 at baseline and 2.45 against
// 1.95 at the final round. About 3 % of children miss the final round (half
// of them left the pilot) and 1 % the intermediate one.
func (g *regionGen) scores(ctx context.Context, r *rand.Rand, groups []data.Group, kids []data.Child, miss []absence) error {
	inds, err := g.s.Indicators(ctx, false)
	if err != nil {
		return err
	}
	type roundShare struct {
		kind  string
		share float64
		id    int64
	}
	rounds := []roundShare{{data.RoundBaseline, 0, 0}, {data.RoundIntermediate, 0.45, 0}, {data.RoundFinal, 1, 0}}
	for i := range rounds {
		rd, err := g.s.RoundByKind(ctx, rounds[i].kind)
		if err != nil {
			return err
		}
		rounds[i].id = rd.ID
	}

	// A kindergarten's level and effectiveness are drawn once, with the
	// pilot's cohort, and hold for every cohort of a larger scale.
	if g.kgLevel == nil {
		g.kgLevel, g.kgEffect = map[int]float64{}, map[int]float64{}
		for _, k := range g.kgs {
			g.kgLevel[k.ID], g.kgEffect[k.ID] = 0.12*r.NormFloat64(), max(0.5, 1+0.15*r.NormFloat64())
		}
	}
	kgLevel, kgEffect, grLevel, role := g.kgLevel, g.kgEffect, map[int64]float64{}, map[int64]string{}
	kgOf := map[int64]int{}
	for _, gr := range groups {
		grLevel[gr.ID], role[gr.ID], kgOf[gr.ID] = 0.08*r.NormFloat64(), gr.Role, gr.KindergartenID
	}
	var out []data.Score
	for i, c := range kids {
		kg := kgOf[c.GroupID]
		ability, growth := 0.35*r.NormFloat64(), max(0.2, 1+0.25*r.NormFloat64())
		year := 0.35
		if role[c.GroupID] == data.RoleExperimental {
			year = 0.9 * kgEffect[kg]
		}
		for _, rd := range rounds {
			if (rd.kind == data.RoundFinal && miss[i].final) || (rd.kind == data.RoundIntermediate && miss[i].intermediate) {
				continue
			}
			for _, in := range inds {
				gain := factor(gainC, in.Code, 1)
				if role[c.GroupID] == data.RoleExperimental {
					gain = factor(gainE, in.Code, 1)
				}
				x := 1.6 + kgLevel[kg] + grLevel[c.GroupID] + ability + factor(difficulty, in.Code, 0) +
					rd.share*year*gain*growth + 0.38*r.NormFloat64()
				out = append(out, data.Score{ChildID: c.ID, RoundID: rd.id, IndicatorID: in.ID, Value: cut(x)})
			}
		}
	}
	if err := g.s.WriteScores(ctx, out, data.WriteOptions{Source: data.SourceDemo}); err != nil {
		return err
	}
	g.sum.Scores += len(out)
	return nil
}

// cut maps the latent value to a score 1–3 at the default thresholds.
func cut(x float64) int {
	switch {
	case x < 1.5:
		return 1
	case x < 2.5:
		return 2
	}
	return 3
}
