package national

import (
	"context"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
	"baulu/reports/national/nationaltest"
)

// TestSubmissions: the national copy made of three regions' packages
// says which came on time, late, re-sent and which are missing, with each
// package's file, hash, passphrase, approvals and what changed.
func TestSubmissions(t *testing.T) {
	s := nationaltest.Store(t)
	subs, err := Submissions(context.Background(), s, data.Period{}, data.DateOf(nationaltest.Today))
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 20 {
		t.Fatalf("%d regions", len(subs))
	}
	by := map[string]Submission{}
	missing := 0
	for _, x := range subs {
		by[x.Region.Code] = x
		if x.Status == Missing {
			missing++
		}
		if x.Deadline != data.NewDate(2026, 11, 30) {
			t.Fatalf("deadline %v", x.Deadline)
		}
	}
	if missing != 17 {
		t.Errorf("%d regions missing, want 17", missing)
	}
	on, re, late := by[nationaltest.OnTime], by[nationaltest.Resent], by[nationaltest.Late]
	if on.Status != OnTime || re.Status != OnTime || late.Status != Late || late.PackageStatus != Late || late.ReportStatus != Late {
		t.Errorf("statuses: on time %s, re-sent %s, late %s/%s", on.Status, re.Status, late.PackageStatus, late.ReportStatus)
	}
	if on.Resent() || !re.Resent() || len(re.Packages) != 2 {
		t.Errorf("re-sent: %v %v", on.Resent(), re.Resent())
	}
	last := on.Last()
	if last == nil || !last.Encrypted || len(last.SHA256) != 64 || last.File != "baulu-ABA-2026-11-25.baulu" {
		t.Fatalf("ABA's package %+v", last)
	}
	if len(last.Rounds) != 1 || last.Rounds[0].Round != "baseline" || last.Rounds[0].Approved != 5 || last.Rounds[0].Kindergartens != 5 {
		t.Errorf("ABA's rounds %+v", last.Rounds)
	}
	if re.Last().Encrypted || re.Last().Diff["assessments"].Changed != 1 || len(re.Last().Diff.ChangedTables()) != 1 {
		t.Errorf("ULY's second package: encrypted %v, changes %+v", re.Last().Encrypted, re.Last().Diff)
	}
	if on.Report == nil || on.Report.File != "Абай-есеп-2026.pdf" || on.Report.ReceivedOn != data.NewDate(2026, 11, 28) {
		t.Errorf("ABA's report %+v", on.Report)
	}
	if x := by["KAR"]; x.Status != Missing || x.Last() != nil || x.Report != nil {
		t.Errorf("KAR %+v", x)
	}
	// Before the deadline a region not yet in is awaited, not missing.
	early, err := Submissions(context.Background(), s, data.Period{}, data.NewDate(2026, 11, 26))
	if err != nil {
		t.Fatal(err)
	}
	if early[0].Status == Missing || early[1].Status != Awaited {
		t.Errorf("before the deadline: %s %s", early[0].Status, early[1].Status)
	}
}

// TestSubmissionsInReport: the national report shows what each region
// sent, on time or not, and names the late and missing regions.
func TestSubmissionsInReport(t *testing.T) {
	s := nationaltest.Store(t)
	for _, lang := range []string{"kk", "ru"} {
		pdf := render(t, s, Options{Lang: lang, Now: nationaltest.Today})
		var lines []string
		for _, page := range pdftest.Layout(t, pdf) {
			for _, l := range page {
				lines = append(lines, squash(l))
			}
		}
		has := func(cells ...string) {
			t.Helper()
			want := squash(strings.Join(cells, ""))
			for _, l := range lines {
				if strings.Contains(l, want) {
					return
				}
			}
			t.Errorf("%s: no line has %q", lang, strings.Join(cells, " "))
		}
		name := func(code string) string {
			r, _ := s.Region(context.Background(), code)
			return format.Capitalize(r.Name(lang))
		}
		has(name(nationaltest.Resent), "20.11.2026", "02.12.2026", "2", "29.11.2026", StatusText(lang, OnTime))
		has(name(nationaltest.OnTime), "25.11.2026", "25.11.2026", "1", "28.11.2026", StatusText(lang, OnTime))
		has(name(nationaltest.Late), "03.12.2026", "03.12.2026", "1", "04.12.2026", StatusText(lang, Late))
		missing := 0
		for _, l := range lines {
			if strings.HasSuffix(l, squash("– – 0 –"+StatusText(lang, Missing))) {
				missing++
			}
		}
		if missing != 17 {
			t.Errorf("%s: %d rows of missing regions, want 17", lang, missing)
		}
		doc := squash(strings.Join(pdftest.Text(t, pdf), " "))
		r, _ := s.Region(context.Background(), nationaltest.Late)
		for _, w := range []string{
			text.T(lang, "national.sub.late", "n", 1, "list", r.Name(lang)),
			text.T(lang, "national.sub.intro", "deadline", format.DateWords(lang, data.NewDate(2026, 11, 30))),
			text.T(lang, "labels.table.assessments") + ": ~1",
			format.Capitalize(name(nationaltest.Resent)) + " – ",
		} {
			if !strings.Contains(doc, squash(w)) {
				t.Errorf("%s: the report lacks %q", lang, w)
			}
		}
	}
}
