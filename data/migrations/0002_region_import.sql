-- Baulu schema, version 2: region packages in the Institute's national copy.

-- One row per region whose package was imported: which package (created_at, the
-- package's own time stamp, RFC 3339 UTC) replaced that region's data, so that an
-- older package never silently replaces newer data.
CREATE TABLE region_import (
    region_code  TEXT PRIMARY KEY REFERENCES region(code),
    created_at   TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    centre_name  TEXT NOT NULL DEFAULT '',
    app_version  TEXT NOT NULL DEFAULT ''
);

-- A package carries a child's birth year only (the full date is personal data and
-- stays in the region's own database). Imported children get birth_date NULL and
-- this year; children entered here leave it NULL and keep their birth_date.
ALTER TABLE child ADD COLUMN birth_year INTEGER
    CHECK (birth_year IS NULL OR birth_year BETWEEN 2015 AND 2026);
