-- Baulu schema, version 6: the reports made for the period's deadlines.

-- One row per report saved for a deadline: which deadline ('report' for
-- the regional analytical report, 'q1'…'q4' for a quarter's), the day it
-- was made, the file's name (never a child's name: reports carry codes
-- and counts only) and its language; sent_on is the day the user marked
-- it sent to the education department. The dashboard reads them: a passed
-- deadline with no row is overdue.
CREATE TABLE report_record (
    id         INTEGER PRIMARY KEY,
    period_id  INTEGER NOT NULL REFERENCES period(id),
    deadline   TEXT NOT NULL CHECK (deadline = 'report' OR deadline GLOB 'q[1-9]'),
    made_on    TEXT NOT NULL CHECK (date(made_on) = made_on),
    file       TEXT NOT NULL DEFAULT '',
    lang       TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
    sent_on    TEXT CHECK (sent_on IS NULL OR date(sent_on) = sent_on),
    created_at TEXT NOT NULL
);
CREATE INDEX report_record_period ON report_record(period_id, deadline);
