package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// What the Institute received from each region (issue 20): the import log
// of region packages (region_diff.go) with each package's rounds'
// approval statuses, and the regional analytical reports received, which
// the user records (they come by mail or on paper, outside Baulu).

// PackageRound is one round's approval statuses in a package: of the
// package's kindergartens, how many had the round submitted and approved.
type PackageRound struct {
	Round         string `json:"round"`
	Kindergartens int    `json:"kindergartens"`
	Submitted     int    `json:"submitted"`
	Approved      int    `json:"approved"`
}

// packageRounds tallies the package's approvals per round, in the rounds'
// order; a round no kindergarten submitted is left out. Stored as JSON.
func (im *importer) packageRounds() (string, error) {
	by := map[string]*PackageRound{}
	for _, a := range im.d.Approvals {
		r := by[a.Round]
		if r == nil {
			r = &PackageRound{Round: a.Round, Kindergartens: len(im.d.Kindergartens)}
			by[a.Round] = r
		}
		switch a.Status {
		case StatusApproved:
			r.Approved++
		case StatusSubmitted:
			r.Submitted++
		}
	}
	out := []PackageRound{}
	err := each(im.ctx, im.tx, `SELECT code FROM round ORDER BY ord, id`, nil, func(rs *sql.Rows) error {
		var code string
		if err := rs.Scan(&code); err != nil {
			return err
		}
		if r := by[code]; r != nil {
			out = append(out, *r)
		}
		return nil
	})
	b, _ := json.Marshal(out)
	return string(b), err
}

// RegionReport is a regional analytical report the Institute received.
type RegionReport struct {
	ID         int64
	Region     string
	ReceivedOn Date
	File       string    // the file's name as received ("" on paper)
	RecordedAt time.Time // when it was recorded here
}

// RecordRegionReport records that region's analytical report was received
// on the given day (not after today), as the file named (may be empty).
func (s *Store) RecordRegionReport(ctx context.Context, region string, received Date, file string) (RegionReport, error) {
	r := RegionReport{Region: region, ReceivedOn: received, File: strings.TrimSpace(file)}
	switch {
	case received.IsZero():
		return r, invalid("received_on", ReasonRequired)
	case received.After(s.Today()):
		return r, invalid("received_on", ReasonRange)
	}
	stamp := s.stamp()
	res, err := s.db.ExecContext(ctx, `INSERT INTO region_report(region_code, received_on, file_name, recorded_at) VALUES (?,?,?,?)`,
		region, received.String(), r.File, stamp)
	if err != nil {
		return r, fmt.Errorf("record report of %s: %w", region, mapErr(err))
	}
	r.ID, _ = res.LastInsertId()
	r.RecordedAt = stampTime(stamp)
	return r, nil
}

// RegionReports lists the reports received, of one region or of all (""),
// the newest received first.
func (s *Store) RegionReports(ctx context.Context, region string) ([]RegionReport, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, region_code, received_on, file_name, recorded_at FROM region_report
		WHERE ?1 = '' OR region_code = ?1 ORDER BY received_on DESC, id DESC`, region)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (RegionReport, error) {
		var r RegionReport
		var on, at string
		if err := sc.Scan(&r.ID, &r.Region, &on, &r.File, &at); err != nil {
			return r, err
		}
		r.ReceivedOn, _ = ParseDate(on)
		r.RecordedAt = stampTime(at)
		return r, nil
	})
}
