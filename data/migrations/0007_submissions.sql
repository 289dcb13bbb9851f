-- Baulu schema, version 7: what the Institute received from each region
-- (issue 20). The import log says whether a package came encrypted with a
-- passphrase and the approval statuses of its rounds; the regional
-- analytical report received (outside Baulu: by mail, on paper) is
-- recorded by the user with its date and file.
ALTER TABLE package_import ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1));
-- Per round, in the rounds' order: [{"round": code, "kindergartens": n,
-- "submitted": n, "approved": n}]; '[]' for packages logged before.
ALTER TABLE package_import ADD COLUMN rounds TEXT NOT NULL DEFAULT '[]';

CREATE TABLE region_report (
    id           INTEGER PRIMARY KEY,
    region_code  TEXT NOT NULL REFERENCES region(code),
    received_on  TEXT NOT NULL CHECK (date(received_on) = received_on),
    file_name    TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX region_report_region_idx ON region_report(region_code, received_on);

-- The Institute's national copy has no region of its own: its first run
-- chose «Institute (national copy)» instead of a region.
ALTER TABLE settings ADD COLUMN institute INTEGER NOT NULL DEFAULT 0 CHECK (institute IN (0, 1));
