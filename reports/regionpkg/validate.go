package regionpkg

import (
	"fmt"
	"slices"
	"strings"

	"baulu/data"
	"baulu/seeds"
)

// checker collects the first problem found; later checks are no-ops.
type checker struct {
	region string
	err    error
}

func (c *checker) fail(e error) {
	if c.err == nil {
		c.err = e
	}
}

func (c *checker) need(ok bool, reason, item, key, field string) {
	if !ok {
		c.fail(invalid(reason, item, key, field))
	}
}

func (c *checker) date(item, key, field, v string, required bool) {
	if v == "" {
		c.need(!required, reasonValue, item, key, field)
		return
	}
	d, err := data.ParseDate(v)
	c.need(err == nil && d.String() == v && d.Year() >= 2000 && d.Year() <= 2100, reasonValue, item, key, field)
}

func (c *checker) oneOf(item, key, field, v string, allowed ...string) {
	c.need(slices.Contains(allowed, v), reasonValue, item, key, field)
}

func (c *checker) text(item, key, field, v string) {
	c.need(strings.TrimSpace(v) != "", reasonValue, item, key, field)
}

// kindergarten checks that a seed number is a kindergarten of the region by
// the order (0 allowed when optional).
func (c *checker) kindergarten(item, key string, seed int, optional bool) {
	if seed == 0 && optional {
		return
	}
	k, ok := seeds.KindergartenBySeed(seed)
	switch {
	case !ok:
		c.fail(invalid(reasonValue, item, key, "kindergarten"))
	case k.RegionCode != c.region:
		c.fail(fail(ErrWrongRegion, fmt.Sprintf("kindergarten %d is of %s", seed, k.RegionCode), "region", c.region, "seed", itoa(seed)))
	}
}

// validate checks a package's records on their own, before any database
// is involved: references inside the package, duplicates, ranges, dates,
// and that every kindergarten belongs to the package's region.
func (d *packageData) validate() error {
	c := &checker{region: d.Region}
	if _, ok := seeds.RegionByCode(d.Region); !ok {
		return invalid(reasonValue, "region", d.Region, "region")
	}
	inds, rounds, dirs := map[string]bool{}, map[string]bool{}, map[string]bool{"": true}
	for _, x := range d.Indicators {
		c.text("indicator", x.Code, "code", x.Code)
		c.need(!inds[x.Code], reasonDuplicate, "indicator", x.Code, "code")
		inds[x.Code] = true
	}
	for _, x := range d.Rounds {
		c.text("round", x.Code, "code", x.Code)
		c.need(!rounds[x.Code], reasonDuplicate, "round", x.Code, "code")
		rounds[x.Code] = true
	}
	for _, x := range d.Directions {
		c.text("direction", x.Code, "code", x.Code)
		c.text("direction", x.Code, "name_kk", x.NameKK)
		c.need(!dirs[x.Code], reasonDuplicate, "direction", x.Code, "code")
		dirs[x.Code] = true
	}
	kgs := map[int]bool{}
	for _, k := range d.Kindergartens {
		key := "№" + itoa(k.Seed)
		c.kindergarten("kindergarten", key, k.Seed, false)
		c.need(!kgs[k.Seed], reasonDuplicate, "kindergarten", key, "seed")
		kgs[k.Seed] = true
		c.text("kindergarten", key, "name", k.Name)
		c.oneOf("kindergarten", key, "form", k.Form, "КМҚК", "МКҚК", "ЖШС", "ЖК", "жекеменшік", "филиал")
		c.oneOf("kindergarten", key, "locality", k.Locality, "", "urban", "rural")
		chosen := map[string]bool{}
		for _, code := range k.Directions {
			c.need(code != "" && dirs[code], reasonReference, "kindergarten", key, "directions")
			c.need(!chosen[code], reasonDuplicate, "direction", code, "code")
			chosen[code] = true
		}
		rated := map[[2]string]bool{}
		for _, e := range k.Environment {
			ekey := key + " " + e.Direction + "/" + e.Item
			c.need(e.Direction != "" && dirs[e.Direction], reasonReference, "env_rating", ekey, "direction")
			c.text("env_rating", ekey, "item", e.Item)
			c.need(e.Status >= 0 && e.Status <= 2, reasonValue, "env_rating", ekey, "status")
			c.date("env_rating", ekey, "rated_on", e.RatedOn, false)
			c.need(!rated[[2]string{e.Direction, e.Item}], reasonDuplicate, "env_rating", ekey, "item")
			rated[[2]string{e.Direction, e.Item}] = true
		}
	}
	if c.err != nil {
		return c.err
	}
	d.validateChildren(c, kgs, inds, rounds)
	if c.err != nil {
		return c.err
	}
	d.validateWork(c, dirs)
	d.validateLifecycle(c, kgs, rounds)
	return c.err
}

// validateLifecycle checks the statuses: a kindergarten of the package,
// a round of the package, once each, submitted or approved.
func (d *packageData) validateLifecycle(c *checker, kgs map[int]bool, rounds map[string]bool) {
	seen := map[string]bool{}
	for _, a := range d.Approvals {
		key := fmt.Sprintf("№%d %s", a.Kindergarten, a.Round)
		c.need(kgs[a.Kindergarten], reasonReference, "approval", key, "kindergarten")
		c.need(rounds[a.Round], reasonReference, "approval", key, "round")
		c.oneOf("approval", key, "status", a.Status, data.StatusSubmitted, data.StatusApproved)
		c.need(!seen[key], reasonDuplicate, "approval", key, "round")
		seen[key] = true
	}
	if h := d.History; h != nil {
		c.need(h.Imports >= 0 && h.Undos >= 0 && h.Unlocks >= 0 && h.ChangesAfterApproval >= 0, reasonValue, "history", d.Region, "counts")
	}
}

func (d *packageData) validateChildren(c *checker, kgs map[int]bool, inds, rounds map[string]bool) {
	type gkey struct {
		kg   int
		code string
	}
	groups, names := map[gkey]bool{}, map[gkey]bool{}
	for _, g := range d.Groups {
		key := fmt.Sprintf("№%d %s", g.Kindergarten, g.Code)
		c.need(kgs[g.Kindergarten], reasonReference, "group", key, "kindergarten")
		c.need(len(g.Code) >= 2, reasonValue, "group", key, "code")
		c.text("group", key, "name", g.Name)
		c.need(!groups[gkey{g.Kindergarten, g.Code}], reasonDuplicate, "group", key, "code")
		c.need(!names[gkey{g.Kindergarten, g.Name}], reasonDuplicate, "group", key, "name")
		groups[gkey{g.Kindergarten, g.Code}], names[gkey{g.Kindergarten, g.Name}] = true, true
		c.oneOf("group", key, "role", g.Role, data.RoleExperimental, data.RoleControl)
		c.oneOf("group", key, "age_group", g.AgeGroup, "senior", "preschool", "mixed")
		c.oneOf("group", key, "language", g.Language, "kk", "ru", "mixed")
		c.need(g.PlannedSize >= 0 && g.PlannedSize <= 60, reasonValue, "group", key, "planned_size")
	}
	children := map[string]bool{}
	for _, ch := range d.Children {
		c.text("child", ch.Code, "code", ch.Code)
		c.need(ch.Code == strings.TrimSpace(ch.Code), reasonValue, "child", ch.Code, "code")
		c.need(!children[ch.Code], reasonDuplicate, "child", ch.Code, "code")
		children[ch.Code] = true
		c.need(groups[gkey{ch.Kindergarten, ch.Group}], reasonReference, "child", ch.Code, "group")
		c.oneOf("child", ch.Code, "sex", ch.Sex, "", "F", "M")
		// The schema's own range of a birth year (migration 2): children
		// of 4–5 in periods up to 2031.
		c.need(ch.BirthYear == 0 || (ch.BirthYear >= 2015 && ch.BirthYear <= 2026), reasonValue, "child", ch.Code, "birth_year")
		c.date("child", ch.Code, "left_on", ch.LeftOn, false)
	}
	type akey struct{ child, round, ind string }
	seen := make(map[akey]bool, len(d.Assessments))
	for _, a := range d.Assessments {
		key := a.Child + " " + a.Round + " " + a.Indicator
		c.need(children[a.Child], reasonReference, "assessment", key, "child")
		c.need(rounds[a.Round], reasonReference, "assessment", key, "round")
		c.need(inds[a.Indicator], reasonReference, "assessment", key, "indicator")
		c.need(a.Score >= 1 && a.Score <= 3, reasonValue, "assessment", key, "score")
		c.need(!seen[akey{a.Child, a.Round, a.Indicator}], reasonDuplicate, "assessment", key, "score")
		seen[akey{a.Child, a.Round, a.Indicator}] = true
		if c.err != nil {
			return
		}
	}
}

func (d *packageData) validateWork(c *checker, dirs map[string]bool) {
	events := map[int]bool{}
	for _, e := range d.Events {
		key := e.HeldOn + " " + e.Topic
		c.need(e.Key > 0 && !events[e.Key], reasonDuplicate, "event", key, "key")
		events[e.Key] = true
		c.oneOf("event", key, "kind", e.Kind, "seminar", "webinar", "consultation", "training", "masterclass", "other")
		c.oneOf("event", key, "format", e.Format, "online", "offline")
		c.date("event", key, "held_on", e.HeldOn, true)
		c.text("event", key, "topic", e.Topic)
		c.need(e.Hours >= 0 && e.Hours <= 200, reasonValue, "event", key, "hours")
		took := map[int]bool{}
		for _, p := range e.Participants {
			c.kindergarten("participation", key, p.Kindergarten, false)
			c.need(!took[p.Kindergarten], reasonDuplicate, "participation", key, "kindergarten")
			took[p.Kindergarten] = true
			c.need(p.Teachers >= 0 && p.Parents >= 0 && p.Others >= 0, reasonValue, "participation", key, "teachers")
		}
	}
	for _, v := range d.Visits {
		key := fmt.Sprintf("№%d %s", v.Kindergarten, v.VisitedOn)
		c.kindergarten("visit", key, v.Kindergarten, false)
		c.date("visit", key, "visited_on", v.VisitedOn, true)
		c.date("visit", key, "followup_on", v.FollowupOn, false)
		c.need(v.FollowupOn == "" || v.FollowupOn >= v.VisitedOn, reasonValue, "visit", key, "followup_on")
		c.oneOf("visit", key, "purpose", v.Purpose, "environment", "consultation", "monitoring", "other")
		c.oneOf("visit", key, "followup_status", v.FollowupStatus, "none", "planned", "done", "cancelled")
		c.need(dirs[v.Direction], reasonReference, "visit", key, "direction")
	}
	for _, p := range d.Practices {
		c.kindergarten("practice", p.Title, p.Kindergarten, false)
		c.text("practice", p.Title, "title", p.Title)
		c.need(dirs[p.Direction], reasonReference, "practice", p.Title, "direction")
		c.oneOf("practice", p.Title, "status", p.Status, "candidate", "recommended", "disseminated")
		c.date("practice", p.Title, "identified_on", p.IdentifiedOn, false)
		for _, k := range p.Events {
			c.need(events[k], reasonReference, "practice", p.Title, "events")
		}
		c.need(len(p.Events) == len(uniq(p.Events)), reasonDuplicate, "practice", p.Title, "events")
	}
	for _, r := range d.Risks {
		key := r.IdentifiedOn + " " + r.Description
		c.kindergarten("risk", key, r.Kindergarten, true)
		c.text("risk", key, "description", r.Description)
		c.oneOf("risk", key, "category", r.Category, "organisational", "methodical", "staff", "material", "parents", "safety", "other")
		c.need(r.Likelihood >= 1 && r.Likelihood <= 3, reasonValue, "risk", key, "likelihood")
		c.need(r.Impact >= 1 && r.Impact <= 3, reasonValue, "risk", key, "impact")
		c.oneOf("risk", key, "status", r.Status, "open", "mitigating", "closed")
		c.date("risk", key, "identified_on", r.IdentifiedOn, true)
		c.date("risk", key, "review_on", r.ReviewOn, false)
		c.date("risk", key, "closed_on", r.ClosedOn, false)
		c.need(r.ClosedOn == "" || r.ClosedOn >= r.IdentifiedOn, reasonValue, "risk", key, "closed_on")
	}
	fbs := map[int]bool{}
	for _, f := range d.Feedback {
		key := f.ReceivedOn + " " + f.Source
		c.need(f.Key > 0 && !fbs[f.Key], reasonDuplicate, "feedback", key, "key")
		fbs[f.Key] = true
		c.kindergarten("feedback", key, f.Kindergarten, true)
		c.oneOf("feedback", key, "source", f.Source, "teacher", "parent", "director", "other")
		c.date("feedback", key, "received_on", f.ReceivedOn, true)
		c.text("feedback", key, "text", f.Text)
	}
	for _, x := range d.Corrections {
		key := x.ChangedOn + " " + x.Change
		c.need(x.Feedback == 0 || fbs[x.Feedback], reasonReference, "correction", key, "feedback")
		c.date("correction", key, "changed_on", x.ChangedOn, true)
		c.date("correction", key, "effect_on", x.EffectOn, false)
		c.need(x.EffectOn == "" || x.EffectOn >= x.ChangedOn, reasonValue, "correction", key, "effect_on")
		c.text("correction", key, "change", x.Change)
	}
}

func uniq(xs []int) map[int]bool {
	m := map[int]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}
