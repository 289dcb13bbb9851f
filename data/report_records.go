package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
)

// ReportRecord is a report saved for one of the period's deadlines: what
// the dashboard knows was done (migration 6).
type ReportRecord struct {
	ID       int64
	PeriodID int64
	Deadline string // Deadline.Code: "report" or "q1"…
	MadeOn   Date
	File     string // the file's name, without its folder
	Lang     string
	SentOn   Date // zero until marked sent
}

// Code names the deadline in report records: "report" for the regional
// analytical report, "q<N>" for quarter N's report.
func (d Deadline) Code() string {
	if d.Key == "report" {
		return "report"
	}
	return "q" + strconv.Itoa(d.Quarter)
}

// RecordReport notes that a report for deadline (a Deadline.Code) of the
// shown period was saved today as file (only its name is kept) in lang.
func (s *Store) RecordReport(ctx context.Context, deadline, file, lang string) (ReportRecord, error) {
	p, err := s.Period(ctx)
	if err != nil {
		return ReportRecord{}, err
	}
	r := ReportRecord{PeriodID: p.ID, Deadline: deadline, MadeOn: s.Today(), File: filepath.Base(file), Lang: lang}
	if lang != "kk" && lang != "ru" {
		return r, invalid("lang", ReasonRange)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO report_record(period_id, deadline, made_on, file, lang, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, r.PeriodID, r.Deadline, r.MadeOn, r.File, r.Lang, s.stamp())
		if err != nil {
			return err
		}
		r.ID, err = res.LastInsertId()
		return err
	})
	return r, mapErr(err)
}

// ReportRecords lists the shown period's report records, newest first.
func (s *Store) ReportRecords(ctx context.Context) ([]ReportRecord, error) {
	p, err := s.Period(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, period_id, deadline, made_on, file, lang, sent_on
		FROM report_record WHERE period_id = ? ORDER BY made_on DESC, id DESC`, p.ID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []ReportRecord
	for rows.Next() {
		var r ReportRecord
		if err := rows.Scan(&r.ID, &r.PeriodID, &r.Deadline, &r.MadeOn, &r.File, &r.Lang, &r.SentOn); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// MarkReportSent records the day a saved report was sent.
func (s *Store) MarkReportSent(ctx context.Context, id int64, on Date) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE report_record SET sent_on = ? WHERE id = ?`, on, id)
		if err != nil {
			return err
		}
		return mustAffect(res, "report record", id)
	})
}
