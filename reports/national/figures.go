package national

import (
	"context"
	"fmt"
	"time"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/seeds"
)

// Figures are every figure of the national report as data, for `baulu
// stats --national --json` and the national Excel export. Field names are
// an interface, documented in reports/comparison/NATIONAL-JSON.md; the
// report prints these same values (figures_test.go reads them back from
// the PDF).
type Figures struct {
	// AsOf is the report date (yyyy-mm-dd); PeriodStart and PeriodEnd the
	// pilot period the report is about.
	AsOf        string `json:"as_of"`
	PeriodStart string `json:"period_start"`
	PeriodEnd   string `json:"period_end"`
	// From and To are the codes of the rounds compared.
	From string `json:"from"`
	To   string `json:"to"`
	// RegionsTotal counts the regions of the pilot; Regions are those with
	// data, in the order's sequence; Missing the codes of the others.
	RegionsTotal int             `json:"regions_total"`
	Regions      []RegionFigures `json:"regions"`
	Missing      []string        `json:"missing"`
	// Totals adds up the regions with data (the totals rows of the
	// report's coverage and activity tables).
	Totals Counts `json:"totals"`
	// Pooled is the comparison of every region's children together (the
	// report's section 4.2); Verdict its sentences in kk and ru.
	Pooled  comparison.Result   `json:"pooled"`
	Verdict map[string][]string `json:"verdict"`
	// Submissions are what every region of the pilot sent, in the order's
	// sequence (the report's table of submissions); empty in a centre's
	// copy that imported no package, whose report has no such table.
	Submissions []SubmissionFigures `json:"submissions"`
}

// Counts are a region's (or all regions') coverage and methodical work,
// as the report's tables 2 and «activity» print them.
type Counts struct {
	Kindergartens int     `json:"kindergartens"`
	State         int     `json:"state"`
	Private       int     `json:"private"`
	GroupsE       int     `json:"groups_e"`
	GroupsC       int     `json:"groups_c"`
	ChildrenE     int     `json:"children_e"`
	ChildrenC     int     `json:"children_c"`
	Events        int     `json:"events"`
	Hours         float64 `json:"hours"`
	Participants  int     `json:"participations"`
	Visits        int     `json:"visits"`
	Overdue       int     `json:"visits_overdue"`
	Practices     int     `json:"practices"`
	Disseminated  int     `json:"practices_disseminated"`
	Risks         int     `json:"risks"`
	RisksUnclosed int     `json:"risks_unclosed"`
	RisksHigh     int     `json:"risks_unclosed_high"`
}

// RegionFigures are one region's figures.
type RegionFigures struct {
	Code   string `json:"code"`
	NameKK string `json:"name_kk"`
	NameRU string `json:"name_ru"`
	// Source is "package" (an imported region package), "own" (this
	// database's region) or "entered" (data entered here).
	Source       string `json:"source"`
	CentreName   string `json:"centre_name"`
	CentreNameRU string `json:"centre_name_ru"`
	// Created and Imported are the package's times (RFC 3339, UTC), ""
	// when the data did not come in a package.
	Created  string `json:"package_created"`
	Imported string `json:"package_imported"`
	Counts
	// Comparison is the region's experimental against control groups.
	Comparison comparison.Result `json:"comparison"`
	// Kindergartens are the region's kindergartens, each compared on its
	// own (the Excel export's per-kindergarten sheet).
	Kindergartens []KindergartenFigures `json:"kindergarten_list"`
}

// KindergartenFigures are one kindergarten's key comparison figures.
type KindergartenFigures struct {
	Seed int    `json:"seed"`
	Name string `json:"name"`
	// NameRU is the official name in Russian, "" when none is entered.
	NameRU  string         `json:"name_ru"`
	Form    string         `json:"form"`
	Private bool           `json:"private"`
	Row     comparison.Row `json:"comparison"`
	// Kindergarten is the profile the names come from, for a document
	// that prints them as reports/official does (not in the JSON).
	Kindergarten data.Kindergarten `json:"-"`
}

// LoadFigures reads every figure the national report of opts prints. It
// reads what Generate reads and draws nothing.
func LoadFigures(ctx context.Context, s *data.Store, opts Options) (*Figures, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	f, err := load(ctx, s, opts)
	if err != nil {
		return nil, fmt.Errorf("national figures: %w", err)
	}
	if err := f.loadRegions(ctx, s); err != nil {
		return nil, fmt.Errorf("national figures: %w", err)
	}
	out := &Figures{
		AsOf: f.today.String(), PeriodStart: f.opts.Period.Start.String(), PeriodEnd: f.opts.Period.End.String(),
		From: f.from.Code, To: f.to.Code, RegionsTotal: f.regions, Regions: []RegionFigures{}, Missing: []string{}, Submissions: []SubmissionFigures{},
		Totals: countsOf(f.sum.kgs, f.sum.state, f.sum.private, f.sum.groupsE, f.sum.groupsC, f.sum.childrenE, f.sum.childrenC,
			f.sum.events, f.sum.hours, f.sum.participants, f.sum.work),
		Pooled: f.all, Verdict: map[string][]string{},
	}
	for _, l := range []string{"kk", "ru"} {
		out.Verdict[l] = comparison.Verdict(f.all, l)
	}
	for _, sub := range f.subs {
		out.Submissions = append(out.Submissions, submissionFigures(sub))
	}
	for _, m := range f.missing {
		out.Missing = append(out.Missing, m.Code)
	}
	for _, r := range f.present {
		src := r.region.RegionSource
		rf := RegionFigures{Code: r.info.Code, NameKK: r.info.Name("kk"), NameRU: r.info.Name("ru"),
			Source: sourceKey(src), CentreName: src.CentreName, CentreNameRU: src.CentreNameRU, Created: rfc(src.Created), Imported: rfc(src.Imported),
			Counts: countsOf(len(r.kgs), r.state, r.private, r.groupsE, r.groupsC, r.region.ChildrenE, r.region.ChildrenC,
				r.region.Events, r.region.Hours, r.participants, r.work),
			Comparison: r.region.Result, Kindergartens: []KindergartenFigures{}}
		for _, k := range r.kgs {
			res, err := comparison.Compare(ctx, s, comparison.Scope{RegionCode: r.info.Code, KindergartenID: k.ID,
				From: f.from.ID, To: f.to.ID})
			if err != nil {
				return nil, fmt.Errorf("national figures: kindergarten %d: %w", k.ID, err)
			}
			rf.Kindergartens = append(rf.Kindergartens, KindergartenFigures{Seed: k.ID, Name: k.Name, NameRU: k.NameRU, Form: k.Form,
				Private: seeds.Form(k.Form).Private(), Row: comparison.SummaryRow(comparison.RowKindergarten, res), Kindergarten: k})
		}
		out.Regions = append(out.Regions, rf)
	}
	return out, nil
}

func countsOf(kgs, state, private, ge, gc, ce, cc, events int, hours float64, participants int, w work) Counts {
	return Counts{Kindergartens: kgs, State: state, Private: private, GroupsE: ge, GroupsC: gc, ChildrenE: ce, ChildrenC: cc,
		Events: events, Hours: hours, Participants: participants, Visits: w.visits, Overdue: w.overdue,
		Practices: w.practices, Disseminated: w.disseminated, Risks: w.risks.Total, RisksUnclosed: w.risks.Unclosed,
		RisksHigh: w.risks.UnclosedHigh}
}

// sourceKey names where a region's data came from, as sourceText words it.
func sourceKey(src comparison.RegionSource) string {
	switch {
	case !src.Created.IsZero():
		return "package"
	case src.Own:
		return "own"
	}
	return "entered"
}

// rfc is a time in RFC 3339 (UTC), "" for none.
func rfc(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// SubmissionFigures are what one region sent (Submissions), as the
// report's table of submissions prints it.
type SubmissionFigures struct {
	Region        string `json:"region"`
	Status        string `json:"status"`
	PackageStatus string `json:"package_status"`
	ReportStatus  string `json:"report_status"`
	Deadline      string `json:"deadline"`
	Packages      int    `json:"packages"`
	// The first package's day made; the last package's file, hash, times
	// and whether it came with a passphrase; "" and false without one.
	FirstCreated   string `json:"first_package_created"`
	LastFile       string `json:"last_package_file"`
	LastSHA256     string `json:"last_package_sha256"`
	LastCreated    string `json:"last_package_created"`
	LastImported   string `json:"last_package_imported"`
	LastEncrypted  bool   `json:"last_package_encrypted"`
	ReportReceived string `json:"report_received"`
	ReportFile     string `json:"report_file"`
	// Rounds are the last package's rounds' approvals; Changes what it
	// changed against the package before (per table), empty for a first.
	Rounds  []data.PackageRound `json:"rounds"`
	Changes data.RegionDiff     `json:"changes"`
}

func submissionFigures(s Submission) SubmissionFigures {
	out := SubmissionFigures{Region: s.Region.Code, Status: s.Status, PackageStatus: s.PackageStatus, ReportStatus: s.ReportStatus,
		Deadline: s.Deadline.String(), Packages: len(s.Packages), Rounds: []data.PackageRound{}, Changes: data.RegionDiff{}}
	if p := s.Last(); p != nil {
		out.FirstCreated = rfc(s.Packages[len(s.Packages)-1].Created)
		out.LastFile, out.LastSHA256, out.LastCreated, out.LastImported, out.LastEncrypted = p.File, p.SHA256, rfc(p.Created), rfc(p.Imported), p.Encrypted
		if p.Rounds != nil {
			out.Rounds = p.Rounds
		}
		if s.Resent() {
			out.Changes = p.Diff
		}
	}
	if s.Report != nil {
		out.ReportReceived, out.ReportFile = s.Report.ReceivedOn.String(), s.Report.File
	}
	return out
}
