package national

import (
	"context"
	"fmt"

	"baulu/data"
)

// Statuses of a region's submission against the deadline of the regional
// analytical report (data.Period.Deadlines, "report").
const (
	OnTime  = "on_time" // in by the deadline
	Late    = "late"    // in after the deadline
	Missing = "missing" // not in, the deadline passed
	Awaited = "awaited" // not in, the deadline still ahead
)

// Submission is what the Institute received from one region: its region
// packages and its analytical report, each on time, late or missing.
type Submission struct {
	Region data.Region
	// Packages are the region's packages imported, newest first; a region
	// that re-sent its package has more than one.
	Packages []data.PackageImport
	// Report is the newest analytical report received (nil: none).
	Report *data.RegionReport
	// Deadline is the report deadline of the period.
	Deadline data.Date
	// PackageStatus is judged by the day the first package was exported
	// (made by the centre), ReportStatus by the day the report was
	// received; Status is the worse of the two.
	PackageStatus, ReportStatus, Status string
}

// Last is the newest package (nil: none imported).
func (s Submission) Last() *data.PackageImport {
	if len(s.Packages) == 0 {
		return nil
	}
	return &s.Packages[0]
}

// Resent reports whether the region sent more than one package.
func (s Submission) Resent() bool { return len(s.Packages) > 1 }

// Submissions lists every region of the pilot, in the order's sequence,
// with what was received from it, judged on today against period p's
// report deadline (zero p: the database's period).
func Submissions(ctx context.Context, s *data.Store, p data.Period, today data.Date) ([]Submission, error) {
	if p.Start.IsZero() {
		var err error
		if p, err = s.Period(ctx); err != nil {
			return nil, fmt.Errorf("submissions: %w", err)
		}
	}
	var deadline data.Date
	for _, d := range p.Deadlines() {
		if d.Key == "report" {
			deadline = d.Date
		}
	}
	if deadline.IsZero() {
		deadline = p.End
	}
	regions, err := s.Regions(ctx)
	if err != nil {
		return nil, fmt.Errorf("submissions: %w", err)
	}
	imports, err := s.PackageImports(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("submissions: %w", err)
	}
	reports, err := s.RegionReports(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("submissions: %w", err)
	}
	var out []Submission
	for _, r := range regions {
		sub := Submission{Region: r, Deadline: deadline}
		for _, im := range imports {
			if im.Region == r.Code {
				sub.Packages = append(sub.Packages, im)
			}
		}
		for i := range reports {
			if reports[i].Region == r.Code {
				sub.Report = &reports[i]
				break
			}
		}
		var sent, received data.Date
		if n := len(sub.Packages); n > 0 {
			sent = data.DateOf(sub.Packages[n-1].Created)
		}
		if sub.Report != nil {
			received = sub.Report.ReceivedOn
		}
		sub.PackageStatus = judge(sent, deadline, today)
		sub.ReportStatus = judge(received, deadline, today)
		sub.Status = worse(sub.PackageStatus, sub.ReportStatus)
		out = append(out, sub)
	}
	return out, nil
}

// judge is a submission's status: in on day (zero: not in) against the
// deadline, seen on today.
func judge(day, deadline, today data.Date) string {
	switch {
	case day.IsZero() && today.After(deadline):
		return Missing
	case day.IsZero():
		return Awaited
	case day.After(deadline):
		return Late
	}
	return OnTime
}

// worse is the status that weighs more: missing, then late, then
// awaited, then on time.
func worse(a, b string) string {
	rank := map[string]int{OnTime: 0, Awaited: 1, Late: 2, Missing: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}
