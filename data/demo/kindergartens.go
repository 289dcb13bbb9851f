package demo

import (
	"context"
	"fmt"
	"strings"

	"baulu/data"
)

// profiles fills each kindergarten's profile. The first two stand in the
// region's centre (or, in the three cities, in city districts); the others
// in district towns and villages.
func (g *regionGen) profiles(ctx context.Context) error {
	r := g.rand("profiles")
	places := append([]place(nil), g.geo.places...)
	r.Shuffle(len(places), func(i, j int) { places[i], places[j] = places[j], places[i] })
	for i, k := range g.kgs {
		var p place
		switch {
		case cityRegion(g.code):
			p = places[i%len(places)]
		case i < 2:
			p = place{district: g.geo.centre, settlement: g.geo.centre}
		default:
			p = places[(i-2)%len(places)]
		}
		k.Settlement, k.District, k.Locality = p.settlement, p.district, "urban"
		k.SettlementRU = settlementRU(p.settlement)
		if p.rural {
			k.Locality = "rural"
		}
		ru := r.Float64() < g.geo.ruShare
		g.kgRU[k.ID] = ru
		russianName := 0.05
		if ru {
			russianName = 0.5
		}
		k.Director = womanFor(r, russianName).Full()
		if p.rural || !k.State() {
			k.Phone = mobile(r)
		} else {
			k.Phone = landline(r, g.geo.areaCode)
		}
		k.Email = fmt.Sprintf("%s.%s%02d@demo.baulu.kz", slug(k.ShortName), strings.ToLower(g.code), k.Position)
		street := pick(r, streets)
		if p.rural {
			k.Address = fmt.Sprintf("%s, %s көшесі, %d", p.settlement, street, 1+r.IntN(60))
		} else {
			k.Address = fmt.Sprintf("%s, %s көшесі, %d", p.settlement, street, 1+r.IntN(180))
		}
		if err := g.s.UpdateKindergarten(ctx, k); err != nil {
			return fmt.Errorf("kindergarten %d: %w", k.ID, err)
		}
		g.kgs[i] = k
		g.sum.Kindergartens++
	}
	return nil
}

// streets are street names found in most Kazakh towns.
var streets = []string{"Абай", "Әл-Фараби", "Төле би", "Наурыз", "Бейбітшілік", "Достық", "Тәуелсіздік", "Жастар",
	"Мәншүк Мәметова", "Сәкен Сейфуллин", "Бауыржан Момышұлы", "Құрманғазы", "Ыбырай Алтынсарин", "Жамбыл", "Шоқан Уәлиханов"}

// mobile draws a number of a Kazakh mobile operator.
func mobile(r interface{ IntN(int) int }) string {
	ops := []string{"701", "702", "705", "707", "747", "771", "775", "777", "778"}
	return fmt.Sprintf("+7 (%s) %03d-%02d-%02d", ops[r.IntN(len(ops))], 200+r.IntN(800), r.IntN(100), r.IntN(100))
}

// landline draws a number of the area: the code and the local number make
// ten digits together.
func landline(r interface{ IntN(int) int }, code string) string {
	switch len(code) {
	case 3:
		return fmt.Sprintf("+7 (%s) %03d-%02d-%02d", code, 200+r.IntN(700), r.IntN(100), r.IntN(100))
	case 5:
		return fmt.Sprintf("+7 (%s) %d-%02d-%02d", code, 2+r.IntN(7), r.IntN(100), r.IntN(100))
	}
	return fmt.Sprintf("+7 (%s) %02d-%02d-%02d", code, 20+r.IntN(70), r.IntN(100), r.IntN(100))
}

// directions chooses 2–4 directions per kindergarten and rates their
// environment checklist: most items are partly or fully equipped by autumn.
func (g *regionGen) directions(ctx context.Context) error {
	r := g.rand("directions")
	items, err := g.s.EnvItems(ctx)
	if err != nil {
		return err
	}
	var ratings []data.EnvRating
	for _, k := range g.kgs {
		n := 2 + r.IntN(3)
		perm := r.Perm(len(g.dirs))[:n]
		var ids []int64
		for _, i := range perm {
			ids = append(ids, g.dirs[i].ID)
		}
		// Keep the kindergarten's choice in the list's order, as the UI shows it.
		var chosen []data.Direction
		for _, d := range g.dirs {
			for _, id := range ids {
				if d.ID == id {
					chosen = append(chosen, d)
				}
			}
		}
		g.kgDirs[k.ID] = chosen
		ids = ids[:0]
		for _, d := range chosen {
			ids = append(ids, d.ID)
		}
		if err := g.s.SetKindergartenDirections(ctx, k.ID, ids); err != nil {
			return fmt.Errorf("kindergarten %d: %w", k.ID, err)
		}
		// A kindergarten is ahead or behind as a whole, not item by item.
		readiness := 0.45 + 0.4*r.Float64()
		for _, d := range chosen {
			for _, it := range items {
				st := data.EnvNotStarted
				switch x := r.Float64(); {
				case x < readiness:
					st = data.EnvFully
				case x < readiness+0.4:
					st = data.EnvPartly
				}
				ratings = append(ratings, data.EnvRating{KindergartenID: k.ID, DirectionID: d.ID, ItemID: it.ID,
					Status: st, RatedOn: day(r, date(2026, 9, 14), date(2026, 10, 23))})
			}
		}
	}
	if err := g.s.SetEnvRatings(ctx, ratings); err != nil {
		return err
	}
	g.sum.EnvRatings += len(ratings)
	return nil
}
