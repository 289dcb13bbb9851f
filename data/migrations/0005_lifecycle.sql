-- Baulu schema, version 5: the lifecycle of the data (issue 18). The pilot
-- period is data; a round is approved per kindergarten and then locked; every
-- change is kept in an append-only history written in the transaction of the
-- change; data queries ("check this") wait on the dashboard until resolved;
-- the national copy keeps a log of the region packages it imported.

-- The pilot period (programme year): dates, not a constant. Dates up to
-- grace_days after the end are still accepted (the Q4 report, late events).
-- A closed period is read-only: its rounds are approved, an archive copy of
-- the database was written (archive: the file's path).
CREATE TABLE period (
    id          INTEGER PRIMARY KEY,
    starts_on   TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on     TEXT NOT NULL CHECK (date(ends_on) = ends_on),
    grace_days  INTEGER NOT NULL DEFAULT 90 CHECK (grace_days BETWEEN 0 AND 366),
    closed_at   TEXT,
    closed_by   TEXT NOT NULL DEFAULT '',
    archive     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (ends_on > starts_on)
);
INSERT INTO period(id, starts_on, ends_on, created_at, updated_at)
    VALUES (1, '2026-01-01', '2026-12-31', (SELECT at FROM migration_clock), (SELECT at FROM migration_clock));

-- Every round belongs to a period; the rounds there are belong to the first.
-- (ALTER TABLE cannot add a REFERENCES column with a default, so a trigger
-- keeps the reference.)
ALTER TABLE round ADD COLUMN period_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX round_period_idx ON round(period_id, ord);
CREATE TRIGGER round_period_exists BEFORE INSERT ON round
    WHEN NOT EXISTS (SELECT 1 FROM period WHERE id = NEW.period_id)
    BEGIN SELECT RAISE(ABORT, 'round of an unknown period'); END;
CREATE TRIGGER round_period_exists_upd BEFORE UPDATE OF period_id ON round
    WHEN NOT EXISTS (SELECT 1 FROM period WHERE id = NEW.period_id)
    BEGIN SELECT RAISE(ABORT, 'round of an unknown period'); END;

-- A group that did not carry over into a new period ends with the old one.
ALTER TABLE child_group ADD COLUMN ended_on TEXT CHECK (ended_on IS NULL OR date(ended_on) = ended_on);

-- The methodologist who works with this copy: named in the history with
-- the operating system's user.
ALTER TABLE settings ADD COLUMN methodologist TEXT NOT NULL DEFAULT '';

-- A round of a kindergarten: no row is open; submitted (the kindergarten's
-- scores are in and checked for completeness), approved (locked: no score,
-- import or roster change touching the round's scores is accepted until it
-- is unlocked with a reason, which the history keeps).
CREATE TABLE round_status (
    kindergarten_id  INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    round_id         INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    status           TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'approved')),
    submitted_at     TEXT,
    submitted_by     TEXT NOT NULL DEFAULT '',
    approved_at      TEXT,
    approved_by      TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (kindergarten_id, round_id)
) WITHOUT ROWID;

-- The history. A change set is one transaction's changes: when, by whom
-- (the OS user and the methodologist of the settings), from where (the
-- source; an imported file's name and SHA-256), and what it undoes.
-- Each change is one record's (or one score's) old → new; old NULL: it did
-- not exist, new NULL: it was deleted. Records are JSON of their columns,
-- scores their value. record_id is the child for scores and children.
-- There are no foreign keys: the history outlives what it describes.
CREATE TABLE change_set (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    os_user        TEXT NOT NULL DEFAULT '',
    methodologist  TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL,
    file_name      TEXT NOT NULL DEFAULT '',
    file_sha256    TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    undoes         INTEGER
);
CREATE INDEX change_set_undoes_idx ON change_set(undoes) WHERE undoes IS NOT NULL;

CREATE TABLE change (
    id               INTEGER PRIMARY KEY,
    set_id           INTEGER NOT NULL,
    entity           TEXT NOT NULL,
    record_id        INTEGER NOT NULL,
    kindergarten_id  INTEGER,
    round_id         INTEGER,
    indicator_id     INTEGER,
    old              TEXT,
    new              TEXT
);
CREATE INDEX change_record_idx ON change(record_id, entity, round_id, indicator_id);
CREATE INDEX change_set_idx ON change(set_id);
CREATE INDEX change_kindergarten_idx ON change(kindergarten_id, set_id);

-- Append-only.
CREATE TRIGGER change_set_append_only_upd BEFORE UPDATE ON change_set
    BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER change_set_append_only_del BEFORE DELETE ON change_set
    BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER change_append_only_upd BEFORE UPDATE ON change
    BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER change_append_only_del BEFORE DELETE ON change
    BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;

-- The one score writer (data/scores_write.go) opens this gate for its own
-- statements and closes it in the same transaction; any other change of the
-- assessment table — a new code path, a cascade from deleting a child or a
-- group — is refused, so no score changes without its history row.
CREATE TABLE score_writer (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    open  INTEGER NOT NULL DEFAULT 0 CHECK (open IN (0, 1))
);
INSERT INTO score_writer(id, open) VALUES (1, 0);
CREATE TRIGGER assessment_writer_ins BEFORE INSERT ON assessment
    WHEN (SELECT open FROM score_writer WHERE id = 1) IS NOT 1
    BEGIN SELECT RAISE(ABORT, 'scores are written only by the score writer'); END;
CREATE TRIGGER assessment_writer_upd BEFORE UPDATE ON assessment
    WHEN (SELECT open FROM score_writer WHERE id = 1) IS NOT 1
    BEGIN SELECT RAISE(ABORT, 'scores are written only by the score writer'); END;
CREATE TRIGGER assessment_writer_del BEFORE DELETE ON assessment
    WHEN (SELECT open FROM score_writer WHERE id = 1) IS NOT 1
    BEGIN SELECT RAISE(ABORT, 'scores are written only by the score writer'); END;

-- The history starts here: what the database held when it began.
INSERT INTO change_set(at, source, note) VALUES ((SELECT at FROM migration_clock), 'baseline', json_object(
    'schema', 5,
    'kindergartens', (SELECT count(*) FROM kindergarten),
    'groups', (SELECT count(*) FROM child_group),
    'children', (SELECT count(*) FROM child),
    'scores', (SELECT count(*) FROM assessment),
    'events', (SELECT count(*) FROM event),
    'visits', (SELECT count(*) FROM visit),
    'practices', (SELECT count(*) FROM practice),
    'risks', (SELECT count(*) FROM risk),
    'feedback', (SELECT count(*) FROM feedback),
    'corrections', (SELECT count(*) FROM correction)));

-- A query on the data: a comment or "check this" on a child's round
-- (indicator_id NULL) or one score, open until resolved.
CREATE TABLE data_query (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
    round_id      INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    indicator_id  INTEGER REFERENCES indicator(id) ON DELETE CASCADE,
    text          TEXT NOT NULL CHECK (trim(text) <> ''),
    raised_by     TEXT NOT NULL DEFAULT '',
    resolved_at   TEXT,
    resolved_by   TEXT NOT NULL DEFAULT '',
    resolution    TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX data_query_open_idx ON data_query(resolved_at, child_id);

-- The national copy's log of imported region packages: which file (name,
-- SHA-256), of which region, made when, imported when, its records per
-- table, what changed against the region's data before (per table: added,
-- removed, changed), and the package's approvals and history summary.
CREATE TABLE package_import (
    id           INTEGER PRIMARY KEY,
    region_code  TEXT NOT NULL REFERENCES region(code),
    file_name    TEXT NOT NULL DEFAULT '',
    file_sha256  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    centre_name  TEXT NOT NULL DEFAULT '',
    counts       TEXT NOT NULL DEFAULT '{}',
    diff         TEXT NOT NULL DEFAULT '{}',
    summary      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX package_import_region_idx ON package_import(region_code, imported_at);
