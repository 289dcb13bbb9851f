package data

import (
	"context"
	"database/sql"
)

// collectWork reads the centre's own work: events with attendance, visits,
// practices, risks, feedback and corrections. Database IDs of events and
// feedback become package keys (1, 2 …) that practices and corrections use.
func collectWork(ctx context.Context, tx *sql.Tx, region string, d *RegionRecords) error {
	r := []any{region}
	inRegion := map[int]bool{}
	for _, k := range d.Kindergartens {
		inRegion[k.Seed] = true
	}
	// seedIn keeps a kindergarten reference only if it is of the region
	// (a row pointing elsewhere would be refused by the receiver).
	seedIn := func(id sql.NullInt64) int {
		if id.Valid && inRegion[int(id.Int64)] {
			return int(id.Int64)
		}
		return 0
	}
	eventKey := map[int64]int{}
	if err := each(ctx, tx, `SELECT id, kind, held_on, topic, format, organiser, hours, materials, notes
		FROM event WHERE region_code = ? ORDER BY held_on, id`, r, func(rs *sql.Rows) error {
		var id int64
		x := RegionEvent{Participants: []RegionParticipation{}}
		err := rs.Scan(&id, &x.Kind, &x.HeldOn, &x.Topic, &x.Format, &x.Organiser, &x.Hours, &x.Materials, &x.Notes)
		x.Key = len(d.Events) + 1
		eventKey[id] = x.Key
		d.Events = append(d.Events, x)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT p.event_id, p.kindergarten_id, p.teachers, p.parents, p.others
		FROM event_participation p JOIN event e ON e.id = p.event_id WHERE e.region_code = ?
		ORDER BY e.held_on, e.id, p.kindergarten_id`, r, func(rs *sql.Rows) error {
		var id int64
		var x RegionParticipation
		if err := rs.Scan(&id, &x.Kindergarten, &x.Teachers, &x.Parents, &x.Others); err != nil {
			return err
		}
		if inRegion[x.Kindergarten] {
			e := &d.Events[eventKey[id]-1]
			e.Participants = append(e.Participants, x)
		}
		return nil
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT v.kindergarten_id, v.visited_on, v.purpose, coalesce(dr.code, ''), v.findings, v.recommendations,
		coalesce(v.followup_on, ''), v.followup_status FROM visit v LEFT JOIN direction dr ON dr.id = v.direction_id
		JOIN kindergarten k ON k.id = v.kindergarten_id WHERE k.region_code = ? ORDER BY v.visited_on, v.id`, r, func(rs *sql.Rows) error {
		var x RegionVisit
		err := rs.Scan(&x.Kindergarten, &x.VisitedOn, &x.Purpose, &x.Direction, &x.Findings, &x.Recommendations, &x.FollowupOn, &x.FollowupStatus)
		d.Visits = append(d.Visits, x)
		return err
	}); err != nil {
		return err
	}
	practiceAt := map[int64]int{}
	if err := each(ctx, tx, `SELECT p.id, p.kindergarten_id, p.title, p.teacher, coalesce(dr.code, ''), p.description, p.evidence,
		p.status, coalesce(p.identified_on, '') FROM practice p LEFT JOIN direction dr ON dr.id = p.direction_id
		JOIN kindergarten k ON k.id = p.kindergarten_id WHERE k.region_code = ? ORDER BY p.id`, r, func(rs *sql.Rows) error {
		var id int64
		x := RegionPractice{Events: []int{}}
		err := rs.Scan(&id, &x.Kindergarten, &x.Title, &x.Teacher, &x.Direction, &x.Description, &x.Evidence, &x.Status, &x.IdentifiedOn)
		practiceAt[id] = len(d.Practices)
		d.Practices = append(d.Practices, x)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT pe.practice_id, pe.event_id FROM practice_event pe
		JOIN practice p ON p.id = pe.practice_id JOIN kindergarten k ON k.id = p.kindergarten_id
		WHERE k.region_code = ? ORDER BY pe.practice_id, pe.event_id`, r, func(rs *sql.Rows) error {
		var pid, eid int64
		if err := rs.Scan(&pid, &eid); err != nil {
			return err
		}
		if key, ok := eventKey[eid]; ok {
			p := &d.Practices[practiceAt[pid]]
			p.Events = append(p.Events, key)
		}
		return nil
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT kindergarten_id, description, category, likelihood, impact, mitigation, owner, status,
		identified_on, coalesce(review_on, ''), coalesce(closed_on, '') FROM risk WHERE region_code = ? ORDER BY identified_on, id`,
		r, func(rs *sql.Rows) error {
			var x RegionRisk
			var kg sql.NullInt64
			err := rs.Scan(&kg, &x.Description, &x.Category, &x.Likelihood, &x.Impact, &x.Mitigation, &x.Owner, &x.Status,
				&x.IdentifiedOn, &x.ReviewOn, &x.ClosedOn)
			x.Kindergarten = seedIn(kg)
			d.Risks = append(d.Risks, x)
			return err
		}); err != nil {
		return err
	}
	feedbackKey := map[int64]int{}
	if err := each(ctx, tx, `SELECT id, kindergarten_id, source, received_on, text FROM feedback WHERE region_code = ?
		ORDER BY received_on, id`, r, func(rs *sql.Rows) error {
		var id int64
		var kg sql.NullInt64
		var x RegionFeedback
		err := rs.Scan(&id, &kg, &x.Source, &x.ReceivedOn, &x.Text)
		x.Kindergarten = seedIn(kg)
		x.Key = len(d.Feedback) + 1
		feedbackKey[id] = x.Key
		d.Feedback = append(d.Feedback, x)
		return err
	}); err != nil {
		return err
	}
	return each(ctx, tx, `SELECT feedback_id, changed_on, change, effect, coalesce(effect_on, '') FROM correction
		WHERE region_code = ? ORDER BY changed_on, id`, r, func(rs *sql.Rows) error {
		var fb sql.NullInt64
		var x RegionCorrection
		err := rs.Scan(&fb, &x.ChangedOn, &x.Change, &x.Effect, &x.EffectOn)
		x.Feedback = feedbackKey[fb.Int64] // 0 when none or of another region
		d.Corrections = append(d.Corrections, x)
		return err
	})
}
