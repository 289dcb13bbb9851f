-- Baulu schema, version 1: the whole domain model (docs/ARCHITECTURE.md).
-- Dates are ISO text 'YYYY-MM-DD'; timestamps are written by the store in UTC.
-- CHECK constraints guard the ranges so that no path (UI, import, package) can store nonsense.

CREATE TABLE region (
    code     TEXT PRIMARY KEY CHECK (length(code) = 3),
    ord      INTEGER NOT NULL UNIQUE CHECK (ord BETWEEN 1 AND 20),
    name_kk  TEXT NOT NULL,
    name_ru  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    centre_kk TEXT NOT NULL DEFAULT '',
    centre_ru TEXT NOT NULL DEFAULT '',
    centre_en TEXT NOT NULL DEFAULT ''
);

-- One row: who this installation belongs to.
CREATE TABLE settings (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    region_code         TEXT REFERENCES region(code),
    centre_name         TEXT NOT NULL DEFAULT '',
    head_name           TEXT NOT NULL DEFAULT '',
    head_position       TEXT NOT NULL DEFAULT '',
    signatory_name      TEXT NOT NULL DEFAULT '',
    signatory_position  TEXT NOT NULL DEFAULT '',
    language            TEXT NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'en')),
    threshold_low       REAL NOT NULL DEFAULT 1.5,
    threshold_high      REAL NOT NULL DEFAULT 2.5,
    framework_version   INTEGER NOT NULL DEFAULT 1 CHECK (framework_version >= 1),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (threshold_low > 1 AND threshold_low < threshold_high AND threshold_high < 3)
);

-- id is the seed number of the order (1–100): stable identity across every installation.
CREATE TABLE kindergarten (
    id           INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 100),
    region_code  TEXT NOT NULL REFERENCES region(code),
    position     INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    short_name   TEXT NOT NULL,
    form         TEXT NOT NULL CHECK (form IN ('КМҚК', 'МКҚК', 'ЖШС', 'ЖК', 'жекеменшік', 'филиал')),
    settlement   TEXT NOT NULL DEFAULT '',
    district     TEXT NOT NULL DEFAULT '',
    locality     TEXT NOT NULL DEFAULT '' CHECK (locality IN ('', 'urban', 'rural')),
    address      TEXT NOT NULL DEFAULT '',
    director     TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (region_code, position)
);

-- Pilot directions (workshops); the list is editable, retired ones keep their history.
CREATE TABLE direction (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    name_kk     TEXT NOT NULL CHECK (trim(name_kk) <> ''),
    name_ru     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    ord         INTEGER NOT NULL DEFAULT 0,
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE kindergarten_direction (
    kindergarten_id INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    direction_id    INTEGER NOT NULL REFERENCES direction(id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (kindergarten_id, direction_id)
) WITHOUT ROWID;

-- Items of the subject-developing environment checklist (the same items for every direction).
CREATE TABLE env_item (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_kk     TEXT NOT NULL,
    name_ru     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    ord         INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- status: 0 not started, 1 partly, 2 fully.
CREATE TABLE env_rating (
    kindergarten_id INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    direction_id    INTEGER NOT NULL REFERENCES direction(id) ON DELETE CASCADE,
    item_id         INTEGER NOT NULL REFERENCES env_item(id) ON DELETE CASCADE,
    status          INTEGER NOT NULL CHECK (status IN (0, 1, 2)),
    rated_on        TEXT CHECK (rated_on IS NULL OR date(rated_on) = rated_on),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (kindergarten_id, direction_id, item_id)
) WITHOUT ROWID;

CREATE TABLE child_group (
    id               INTEGER PRIMARY KEY,
    kindergarten_id  INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    name             TEXT NOT NULL CHECK (trim(name) <> ''),
    age_group        TEXT NOT NULL DEFAULT 'senior' CHECK (age_group IN ('senior', 'preschool', 'mixed')),
    language         TEXT NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'mixed')),
    role             TEXT NOT NULL CHECK (role IN ('experimental', 'control')),
    code             TEXT NOT NULL CHECK (length(code) >= 2),
    teacher          TEXT NOT NULL DEFAULT '',
    planned_size     INTEGER CHECK (planned_size IS NULL OR planned_size BETWEEN 0 AND 60),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (kindergarten_id, name),
    UNIQUE (kindergarten_id, code)
);

-- full_name is personal data: it never leaves this database (reports, exports and packages use code).
CREATE TABLE child (
    id            INTEGER PRIMARY KEY,
    group_id      INTEGER NOT NULL REFERENCES child_group(id) ON DELETE CASCADE,
    code          TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    full_name     TEXT NOT NULL DEFAULT '',
    sex           TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'F', 'M')),
    birth_date    TEXT CHECK (birth_date IS NULL OR (date(birth_date) = birth_date AND birth_date BETWEEN '2015-01-01' AND '2026-12-31')),
    consent       INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    consent_date  TEXT CHECK (consent_date IS NULL OR date(consent_date) = consent_date),
    left_on       TEXT CHECK (left_on IS NULL OR date(left_on) = left_on),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX child_group_idx ON child(group_id);

-- Indicator framework (editable; settings.framework_version counts its changes).
CREATE TABLE indicator_block (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    name_kk     TEXT NOT NULL,
    name_ru     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    ord         INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE indicator (
    id          INTEGER PRIMARY KEY,
    block_id    INTEGER NOT NULL REFERENCES indicator_block(id) ON DELETE RESTRICT,
    code        TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    name_kk     TEXT NOT NULL,
    name_ru     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    ord         INTEGER NOT NULL DEFAULT 0,
    retired_on  TEXT CHECK (retired_on IS NULL OR date(retired_on) = retired_on),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE round (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    kind        TEXT NOT NULL CHECK (kind IN ('baseline', 'intermediate', 'final', 'extra')),
    name_kk     TEXT NOT NULL,
    name_ru     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    starts_on   TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on     TEXT NOT NULL CHECK (date(ends_on) = ends_on),
    ord         INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- One score per child, round and indicator; no row means "not scored".
CREATE TABLE assessment (
    child_id      INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
    round_id      INTEGER NOT NULL REFERENCES round(id) ON DELETE RESTRICT,
    indicator_id  INTEGER NOT NULL REFERENCES indicator(id) ON DELETE RESTRICT,
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 3),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (child_id, round_id, indicator_id)
) WITHOUT ROWID;
CREATE INDEX assessment_round_idx ON assessment(round_id, indicator_id);

CREATE TABLE event (
    id           INTEGER PRIMARY KEY,
    region_code  TEXT NOT NULL REFERENCES region(code),
    kind         TEXT NOT NULL CHECK (kind IN ('seminar', 'webinar', 'consultation', 'training', 'masterclass', 'other')),
    held_on      TEXT NOT NULL CHECK (date(held_on) = held_on),
    topic        TEXT NOT NULL CHECK (trim(topic) <> ''),
    format       TEXT NOT NULL CHECK (format IN ('online', 'offline')),
    organiser    TEXT NOT NULL DEFAULT '',
    hours        REAL NOT NULL DEFAULT 0 CHECK (hours >= 0 AND hours <= 200),
    materials    TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX event_date_idx ON event(region_code, held_on);

CREATE TABLE event_participation (
    event_id         INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    kindergarten_id  INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    teachers         INTEGER NOT NULL DEFAULT 0 CHECK (teachers >= 0),
    parents          INTEGER NOT NULL DEFAULT 0 CHECK (parents >= 0),
    others           INTEGER NOT NULL DEFAULT 0 CHECK (others >= 0),
    PRIMARY KEY (event_id, kindergarten_id)
) WITHOUT ROWID;

CREATE TABLE visit (
    id               INTEGER PRIMARY KEY,
    kindergarten_id  INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    visited_on       TEXT NOT NULL CHECK (date(visited_on) = visited_on),
    purpose          TEXT NOT NULL CHECK (purpose IN ('environment', 'consultation', 'monitoring', 'other')),
    direction_id     INTEGER REFERENCES direction(id) ON DELETE SET NULL,
    findings         TEXT NOT NULL DEFAULT '',
    recommendations  TEXT NOT NULL DEFAULT '',
    followup_on      TEXT CHECK (followup_on IS NULL OR date(followup_on) = followup_on),
    followup_status  TEXT NOT NULL DEFAULT 'none' CHECK (followup_status IN ('none', 'planned', 'done', 'cancelled')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (followup_on IS NULL OR followup_on >= visited_on)
);

CREATE TABLE practice (
    id               INTEGER PRIMARY KEY,
    kindergarten_id  INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    title            TEXT NOT NULL CHECK (trim(title) <> ''),
    teacher          TEXT NOT NULL DEFAULT '',
    direction_id     INTEGER REFERENCES direction(id) ON DELETE SET NULL,
    description      TEXT NOT NULL DEFAULT '',
    evidence         TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'recommended', 'disseminated')),
    identified_on    TEXT CHECK (identified_on IS NULL OR date(identified_on) = identified_on),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE practice_event (
    practice_id  INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
    event_id     INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    PRIMARY KEY (practice_id, event_id)
) WITHOUT ROWID;

CREATE TABLE risk (
    id             INTEGER PRIMARY KEY,
    region_code    TEXT NOT NULL REFERENCES region(code),
    kindergarten_id INTEGER REFERENCES kindergarten(id) ON DELETE SET NULL,
    description    TEXT NOT NULL CHECK (trim(description) <> ''),
    category       TEXT NOT NULL CHECK (category IN ('organisational', 'methodical', 'staff', 'material', 'parents', 'safety', 'other')),
    likelihood     INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3),
    impact         INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
    mitigation     TEXT NOT NULL DEFAULT '',
    owner          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigating', 'closed')),
    identified_on  TEXT NOT NULL CHECK (date(identified_on) = identified_on),
    review_on      TEXT CHECK (review_on IS NULL OR date(review_on) = review_on),
    closed_on      TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (closed_on IS NULL OR closed_on >= identified_on)
);

CREATE TABLE feedback (
    id               INTEGER PRIMARY KEY,
    region_code      TEXT NOT NULL REFERENCES region(code),
    kindergarten_id  INTEGER REFERENCES kindergarten(id) ON DELETE SET NULL,
    source           TEXT NOT NULL CHECK (source IN ('teacher', 'parent', 'director', 'other')),
    received_on      TEXT NOT NULL CHECK (date(received_on) = received_on),
    text             TEXT NOT NULL CHECK (trim(text) <> ''),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- A correction of the methods, usually prompted by feedback.
CREATE TABLE correction (
    id           INTEGER PRIMARY KEY,
    region_code  TEXT NOT NULL REFERENCES region(code),
    feedback_id  INTEGER REFERENCES feedback(id) ON DELETE SET NULL,
    changed_on   TEXT NOT NULL CHECK (date(changed_on) = changed_on),
    change       TEXT NOT NULL CHECK (trim(change) <> ''),
    effect       TEXT NOT NULL DEFAULT '',
    effect_on    TEXT CHECK (effect_on IS NULL OR date(effect_on) = effect_on),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (effect_on IS NULL OR effect_on >= changed_on)
);
