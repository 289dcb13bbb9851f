package data

import (
	"fmt"
	"strconv"

	"baulu/seeds"
)

// replace deletes the region's data and writes the package's in its place.
// The caller's transaction makes the two one step.
func (im *importer) replace() error {
	ctx, tx, region := im.ctx, im.tx, im.region
	kgOf := `(SELECT id FROM kindergarten WHERE region_code = ?)`
	// The scores go first, through the writer, so deleting the groups
	// below cascades to none; the history records the net change.
	var err error
	if im.taken, err = takeRegionScores(ctx, tx, region); err != nil {
		return fmt.Errorf("clear region %s: %w", region, err)
	}
	// Events cascade to attendance and practice links, groups to children
	// and their scores.
	for _, q := range []string{
		`DELETE FROM event WHERE region_code = ?`,
		`DELETE FROM correction WHERE region_code = ?`,
		`DELETE FROM feedback WHERE region_code = ?`,
		`DELETE FROM risk WHERE region_code = ?`,
		`DELETE FROM practice WHERE kindergarten_id IN ` + kgOf,
		`DELETE FROM visit WHERE kindergarten_id IN ` + kgOf,
		`DELETE FROM env_rating WHERE kindergarten_id IN ` + kgOf,
		`DELETE FROM kindergarten_direction WHERE kindergarten_id IN ` + kgOf,
		`DELETE FROM child_group WHERE kindergarten_id IN ` + kgOf,
	} {
		if _, err := tx.ExecContext(ctx, q, region); err != nil {
			return fmt.Errorf("clear region %s: %w", region, err)
		}
	}
	// The order's five kindergartens exist in every database that has the
	// region; the package then brings their profiles.
	for _, k := range seeds.KindergartensOf(region) {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO kindergarten(id, region_code, position, name, short_name, form, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?)`, k.SeedNo, k.RegionCode, k.Position, k.Name, k.ShortName, string(k.Form), im.stamp, im.stamp); err != nil {
			return err
		}
	}
	for _, k := range im.d.Kindergartens {
		key := "№" + strconv.Itoa(k.Seed)
		if _, err := tx.ExecContext(ctx, `UPDATE kindergarten SET name=?, short_name=?, form=?, settlement=?, district=?, locality=?,
			address=?, director=?, phone=?, email=?, notes=?, name_ru=?, settlement_ru=?, updated_at=? WHERE id=?`, k.Name, k.ShortName,
			k.Form, k.Settlement, k.District, k.Locality, k.Address, k.Director, k.Phone, k.Email, k.Notes, k.NameRU, k.SettlementRU,
			im.stamp, k.Seed); err != nil {
			return badRecord(err, "kindergarten", key)
		}
		for _, code := range k.Directions {
			if _, err := tx.ExecContext(ctx, `INSERT INTO kindergarten_direction(kindergarten_id, direction_id, created_at) VALUES (?,?,?)`,
				k.Seed, im.directions[code], im.stamp); err != nil {
				return badRecord(err, "kindergarten", key)
			}
		}
		for _, e := range k.Environment {
			if _, err := tx.ExecContext(ctx, `INSERT INTO env_rating(kindergarten_id, direction_id, item_id, status, rated_on, note, created_at, updated_at)
				VALUES (?,?,?,?,?,?,?,?)`, k.Seed, im.directions[e.Direction], im.items[e.Item], e.Status, nz(e.RatedOn), e.Note, im.stamp, im.stamp); err != nil {
				return badRecord(err, "env_rating", key+" "+e.Direction+"/"+e.Item)
			}
		}
	}
	if err := im.writeChildren(); err != nil {
		return err
	}
	return im.writeWork()
}

func (im *importer) writeChildren() error {
	ctx, tx := im.ctx, im.tx
	type gkey struct {
		kg   int
		code string
	}
	groups := map[gkey]int64{}
	for _, g := range im.d.Groups {
		res, err := tx.ExecContext(ctx, `INSERT INTO child_group(kindergarten_id, name, age_group, language, role, code, teacher, planned_size, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?)`, g.Kindergarten, g.Name, g.AgeGroup, g.Language, g.Role, g.Code, g.Teacher, nz(g.PlannedSize), im.stamp, im.stamp)
		if err != nil {
			return badRecord(err, "group", fmt.Sprintf("№%d %s", g.Kindergarten, g.Code))
		}
		if groups[gkey{g.Kindergarten, g.Code}], err = res.LastInsertId(); err != nil {
			return err
		}
	}
	insChild, err := tx.PrepareContext(ctx, `INSERT INTO child(group_id, code, sex, birth_year, consent, left_on, created_at, updated_at)
		VALUES (?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer insChild.Close()
	children := make(map[string]int64, len(im.d.Children))
	for _, c := range im.d.Children {
		res, err := insChild.ExecContext(ctx, groups[gkey{c.Kindergarten, c.Group}], c.Code, c.Sex, nz(c.BirthYear), c.Consent, nz(c.LeftOn), im.stamp, im.stamp)
		if err != nil {
			return badRecord(err, "child", c.Code)
		}
		if children[c.Code], err = res.LastInsertId(); err != nil {
			return err
		}
	}
	scores := make([]Score, len(im.d.Assessments))
	for i, a := range im.d.Assessments {
		scores[i] = Score{ChildID: children[a.Child], RoundID: im.rounds[a.Round], IndicatorID: im.indicators[a.Indicator], Value: a.Score}
	}
	return writeScores(ctx, tx, im.log, scores, WriteOptions{Source: SourcePackage, prior: priorOf(im.taken, children)}, im.stamp)
}

// insert runs one INSERT and returns the new row's ID.
func insert(im *importer, item, key, query string, args ...any) (int64, error) {
	res, err := im.tx.ExecContext(im.ctx, query, args...)
	if err != nil {
		return 0, badRecord(err, item, key)
	}
	return res.LastInsertId()
}

func (im *importer) writeWork() error {
	region, now := im.region, im.stamp
	dir := func(code string) any {
		if code == "" {
			return nil
		}
		return im.directions[code]
	}
	events := map[int]int64{}
	for _, e := range im.d.Events {
		key := e.HeldOn + " " + e.Topic
		id, err := insert(im, "event", key, `INSERT INTO event(region_code, kind, held_on, topic, format, organiser, hours, materials, notes, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?)`, region, e.Kind, e.HeldOn, e.Topic, e.Format, e.Organiser, e.Hours, e.Materials, e.Notes, now, now)
		if err != nil {
			return err
		}
		events[e.Key] = id
		for _, p := range e.Participants {
			if _, err := insert(im, "participation", key, `INSERT INTO event_participation(event_id, kindergarten_id, teachers, parents, others)
				VALUES (?,?,?,?,?)`, id, p.Kindergarten, p.Teachers, p.Parents, p.Others); err != nil {
				return err
			}
		}
	}
	for _, v := range im.d.Visits {
		if _, err := insert(im, "visit", fmt.Sprintf("№%d %s", v.Kindergarten, v.VisitedOn), `INSERT INTO visit(kindergarten_id, visited_on, purpose,
			direction_id, findings, recommendations, followup_on, followup_status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
			v.Kindergarten, v.VisitedOn, v.Purpose, dir(v.Direction), v.Findings, v.Recommendations, nz(v.FollowupOn), v.FollowupStatus, now, now); err != nil {
			return err
		}
	}
	for _, p := range im.d.Practices {
		id, err := insert(im, "practice", p.Title, `INSERT INTO practice(kindergarten_id, title, teacher, direction_id, description, evidence,
			status, identified_on, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)`, p.Kindergarten, p.Title, p.Teacher, dir(p.Direction),
			p.Description, p.Evidence, p.Status, nz(p.IdentifiedOn), now, now)
		if err != nil {
			return err
		}
		for _, k := range p.Events {
			if _, err := insert(im, "practice", p.Title, `INSERT INTO practice_event(practice_id, event_id) VALUES (?,?)`, id, events[k]); err != nil {
				return err
			}
		}
	}
	for _, r := range im.d.Risks {
		if _, err := insert(im, "risk", r.IdentifiedOn+" "+r.Description, `INSERT INTO risk(region_code, kindergarten_id, description, category,
			likelihood, impact, mitigation, owner, status, identified_on, review_on, closed_on, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, region, nz(r.Kindergarten), r.Description, r.Category, r.Likelihood, r.Impact,
			r.Mitigation, r.Owner, r.Status, r.IdentifiedOn, nz(r.ReviewOn), nz(r.ClosedOn), now, now); err != nil {
			return err
		}
	}
	feedback := map[int]int64{}
	for _, f := range im.d.Feedback {
		id, err := insert(im, "feedback", f.ReceivedOn+" "+f.Source, `INSERT INTO feedback(region_code, kindergarten_id, source, received_on, text,
			created_at, updated_at) VALUES (?,?,?,?,?,?,?)`, region, nz(f.Kindergarten), f.Source, f.ReceivedOn, f.Text, now, now)
		if err != nil {
			return err
		}
		feedback[f.Key] = id
	}
	for _, c := range im.d.Corrections {
		var fb any
		if c.Feedback != 0 {
			fb = feedback[c.Feedback]
		}
		if _, err := insert(im, "correction", c.ChangedOn+" "+c.Change, `INSERT INTO correction(region_code, feedback_id, changed_on, change,
			effect, effect_on, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)`, region, fb, c.ChangedOn, c.Change, c.Effect, nz(c.EffectOn), now, now); err != nil {
			return err
		}
	}
	return nil
}
