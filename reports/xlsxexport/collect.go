package xlsxexport

import (
	"context"
	"fmt"
	"strings"
	"time"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/labels"
)

// collector reads the region's data into sheets.
type collector struct {
	s      *data.Store
	region string
	lang   string

	kgs     []data.Kindergarten
	kgName  map[int]string
	dirs    map[int64]data.Direction
	groups  []data.Group
	eventOf map[int64]data.Event
}

// t is a header or sheet name in the export's language: the catalogue's
// "xlsxexport." texts (texts/*.json; sheet names at most 31 characters).
func (c *collector) t(key string) string { return text.T(c.lang, key) }

// label names an enumerated value ("event.", "seminar").
func (c *collector) label(prefix, v string) string {
	if v == "" {
		return ""
	}
	return labels.Of(c.lang, prefix, v)
}

func (c *collector) yesNo(b bool) string {
	if b {
		return c.label("", "yes")
	}
	return c.label("", "no")
}

// day is a date cell value (zero stays empty).
func day(d data.Date) any {
	if d.IsZero() {
		return time.Time{}
	}
	return d.Time()
}

// sheets builds every sheet in workbook order.
func (c *collector) sheets(ctx context.Context) ([]sheet, error) {
	if err := c.load(ctx); err != nil {
		return nil, err
	}
	builders := []func(context.Context) (sheet, error){
		c.kindergartens, c.groupsSheet, c.children, c.scores, c.environment,
		c.events, c.participation, c.visits, c.practices, c.risks, c.feedback, c.corrections,
	}
	var out []sheet
	for _, b := range builders {
		sh, err := b(ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, sh)
	}
	analysis, err := c.analysis(ctx)
	if err != nil {
		return nil, err
	}
	return append(out, analysis...), nil
}

// load reads what several sheets share.
func (c *collector) load(ctx context.Context) error {
	var err error
	if c.kgs, err = c.s.Kindergartens(ctx, c.region); err != nil {
		return fmt.Errorf("kindergartens: %w", err)
	}
	c.kgName = map[int]string{}
	for _, k := range c.kgs {
		c.kgName[k.ID] = k.Name
		gs, err := c.s.Groups(ctx, k.ID)
		if err != nil {
			return fmt.Errorf("groups: %w", err)
		}
		c.groups = append(c.groups, gs...)
	}
	dirs, err := c.s.Directions(ctx, true)
	if err != nil {
		return fmt.Errorf("directions: %w", err)
	}
	c.dirs = map[int64]data.Direction{}
	for _, d := range dirs {
		c.dirs[d.ID] = d
	}
	return nil
}

func (c *collector) dirName(id int64) string {
	if d, ok := c.dirs[id]; ok {
		return d.Name(c.lang)
	}
	return ""
}

func (c *collector) kindergartens(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.kindergartens", cols: []column{
		{key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.name"}, {key: "xlsxexport.col.short_name"}, {key: "xlsxexport.col.form"},
		{key: "xlsxexport.col.state"}, {key: "xlsxexport.col.settlement"}, {key: "xlsxexport.col.district"}, {key: "xlsxexport.col.locality"},
		{key: "xlsxexport.col.address"}, {key: "xlsxexport.col.director"}, {key: "xlsxexport.col.phone"}, {key: "xlsxexport.col.email"},
		{key: "xlsxexport.col.directions", kind: long}, {key: "xlsxexport.col.notes", kind: long},
	}}
	for _, k := range c.kgs {
		ids, err := c.s.KindergartenDirections(ctx, k.ID)
		if err != nil {
			return sh, fmt.Errorf("directions of %d: %w", k.ID, err)
		}
		var names []string
		for _, id := range ids {
			names = append(names, c.dirName(id))
		}
		sh.rows = append(sh.rows, []any{k.ID, k.Name, k.ShortName, k.Form, c.yesNo(k.State()), k.Settlement, k.District,
			c.label("locality.", k.Locality), k.Address, k.Director, k.Phone, k.Email, strings.Join(names, "; "), k.Notes})
	}
	return sh, nil
}

func (c *collector) groupsSheet(context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.groups", cols: []column{
		{key: "xlsxexport.col.group_id", kind: integer}, {key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.kindergarten"},
		{key: "xlsxexport.col.group"}, {key: "xlsxexport.col.code"}, {key: "xlsxexport.col.age_group"}, {key: "xlsxexport.col.language"}, {key: "xlsxexport.col.role"},
		{key: "xlsxexport.col.teacher"}, {key: "xlsxexport.col.planned", kind: integer}, {key: "xlsxexport.col.children", kind: integer},
	}}
	for _, g := range c.groups {
		sh.rows = append(sh.rows, []any{int(g.ID), g.KindergartenID, c.kgName[g.KindergartenID], g.Name, g.Code,
			c.label("age.", g.AgeGroup), c.label("glang.", g.Language), c.label("role.", g.Role), g.Teacher,
			g.PlannedSize, g.Children})
	}
	return sh, nil
}

// children lists children by code only: the full name is personal data
// and never leaves the program.
func (c *collector) children(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.children", cols: []column{
		{key: "xlsxexport.col.child_code"}, {key: "xlsxexport.col.group_id", kind: integer}, {key: "xlsxexport.col.group"}, {key: "xlsxexport.col.seed", kind: integer},
		{key: "xlsxexport.col.role"}, {key: "xlsxexport.col.sex"}, {key: "xlsxexport.col.birth_date", kind: date}, {key: "xlsxexport.col.consent"},
		{key: "xlsxexport.col.consent_date", kind: date}, {key: "xlsxexport.col.left_on", kind: date},
	}}
	for _, g := range c.groups {
		kids, err := c.s.Children(ctx, g.ID)
		if err != nil {
			return sh, fmt.Errorf("children of group %d: %w", g.ID, err)
		}
		for _, k := range kids {
			sh.rows = append(sh.rows, []any{k.Code, int(g.ID), g.Name, g.KindergartenID, c.label("role.", g.Role),
				c.label("sex.", k.Sex), day(k.BirthDate), c.yesNo(k.Consent), day(k.ConsentDate), day(k.LeftOn)})
		}
	}
	return sh, nil
}

// scores is the long table child code × round × indicator, read in one
// query (thousands of rows per region).
func (c *collector) scores(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.scores", cols: []column{
		{key: "xlsxexport.col.child_code"}, {key: "xlsxexport.col.group"}, {key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.role"},
		{key: "xlsxexport.col.round_code"}, {key: "xlsxexport.col.round"}, {key: "xlsxexport.col.indicator_code"}, {key: "xlsxexport.col.score", kind: integer},
	}}
	scores, err := c.s.ScoreRecords(ctx, c.region)
	if err != nil {
		return sh, fmt.Errorf("scores: %w", err)
	}
	for _, x := range scores {
		sh.rows = append(sh.rows, []any{x.ChildCode, x.GroupName, x.KindergartenID, c.label("role.", x.Role), x.RoundCode,
			c.label("round.", x.RoundKind), x.IndicatorCode, x.Score})
	}
	return sh, nil
}

// environment lists every checklist item of every chosen direction; an
// item never rated is not started.
func (c *collector) environment(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.environment", cols: []column{
		{key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.direction"}, {key: "xlsxexport.col.item"},
		{key: "xlsxexport.col.env_status"}, {key: "xlsxexport.col.rated_on", kind: date}, {key: "xlsxexport.col.notes", kind: long},
	}}
	items, err := c.s.EnvItems(ctx)
	if err != nil {
		return sh, fmt.Errorf("checklist items: %w", err)
	}
	for _, k := range c.kgs {
		ids, err := c.s.KindergartenDirections(ctx, k.ID)
		if err != nil {
			return sh, err
		}
		ratings, err := c.s.EnvRatings(ctx, k.ID, 0)
		if err != nil {
			return sh, err
		}
		byKey := map[[2]int64]data.EnvRating{}
		for _, r := range ratings {
			byKey[[2]int64{r.DirectionID, r.ItemID}] = r
		}
		for _, d := range ids {
			for _, it := range items {
				r := byKey[[2]int64{d, it.ID}]
				sh.rows = append(sh.rows, []any{k.ID, k.Name, c.dirName(d), it.Name(c.lang),
					c.label("env.", fmt.Sprint(r.Status)), day(r.RatedOn), r.Note})
			}
		}
	}
	return sh, nil
}
