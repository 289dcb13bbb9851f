-- Baulu schema, version 2: the parent handout's texts, edited per direction
-- and language. A direction without a row uses the built-in default text
-- (data/handout_defaults.go), so the table starts empty.

CREATE TABLE handout_text (
    direction_id  INTEGER NOT NULL REFERENCES direction(id) ON DELETE CASCADE,
    lang          TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
    practised     TEXT NOT NULL CHECK (trim(practised) <> ''),
    at_home       TEXT NOT NULL CHECK (trim(at_home) <> ''),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (direction_id, lang)
);
