package xlsxexport

import (
	"context"
	"fmt"
	"io"

	"baulu/data"
	"baulu/reports/national"
)

// ExportSubmissions writes the Submissions table (national.Submissions on
// the database's today) as a one-sheet workbook in lang: every region of
// the pilot with its packages and report, on time, late or missing.
func ExportSubmissions(ctx context.Context, s *data.Store, w io.Writer, lang string) error {
	if lang != "kk" && lang != "ru" {
		return fmt.Errorf("xlsx export: language %q (kk or ru): %w", lang, data.ErrInvalid)
	}
	subs, err := national.Submissions(ctx, s, data.Period{}, s.Today())
	if err != nil {
		return fmt.Errorf("xlsx export: %w", err)
	}
	rounds, err := s.Rounds(ctx)
	if err != nil {
		return fmt.Errorf("xlsx export: rounds: %w", err)
	}
	c := &collector{s: s, lang: lang}
	sh := sheet{name: "xlsxexport.sub.sheet", cols: []column{
		{key: "xlsxexport.col.code"}, {key: "xlsxexport.nat.col.region"}, {key: "xlsxexport.sub.col.status"},
		{key: "xlsxexport.sub.col.package_status"}, {key: "xlsxexport.sub.col.report_status"}, {key: "xlsxexport.sub.col.deadline", kind: date},
		{key: "xlsxexport.sub.col.packages", kind: integer}, {key: "xlsxexport.sub.col.first", kind: date},
		{key: "xlsxexport.sub.col.file"}, {key: "xlsxexport.sub.col.sha"}, {key: "xlsxexport.nat.col.created", kind: date},
		{key: "xlsxexport.nat.col.imported", kind: date}, {key: "xlsxexport.sub.col.passphrase"}, {key: "xlsxexport.sub.col.rounds", kind: long},
		{key: "xlsxexport.sub.col.changes", kind: long}, {key: "xlsxexport.sub.col.report", kind: date}, {key: "xlsxexport.sub.col.report_file"},
	}}
	for _, x := range subs {
		row := []any{x.Region.Code, x.Region.Name(lang), national.StatusText(lang, x.Status), national.StatusText(lang, x.PackageStatus),
			national.StatusText(lang, x.ReportStatus), day(x.Deadline), len(x.Packages)}
		if p := x.Last(); p != nil {
			changes := national.ChangesText(lang, p.Diff)
			if !x.Resent() {
				changes = c.t("xlsxexport.sub.first")
			}
			row = append(row, x.Packages[len(x.Packages)-1].Created, p.File, p.SHA256, p.Created, p.Imported, c.yesNo(p.Encrypted),
				national.ApprovalsText(lang, rounds, p.Rounds), changes)
		} else {
			row = append(row, nil, "", "", nil, nil, "", "", "")
		}
		if r := x.Report; r != nil {
			row = append(row, day(r.ReceivedOn), r.File)
		}
		sh.rows = append(sh.rows, row)
	}
	return c.writeBook(ctx, w, []sheet{sh}, "xlsxexport.sub.title")
}
