-- Baulu schema, version 4: the official texts of the reports in Kazakh and
-- Russian, and the history of the environment checklist's ratings.

-- The existing columns hold the Kazakh texts; the _ru columns the Russian
-- ones. A report in Russian never prints a Kazakh text in their place: an
-- empty Russian text is printed in a neutral form and named as missing.
-- The executor is the person who prepared a report («Орынд.» / «Исп.»);
-- the city is printed on the title page (empty: the region's centre). The
-- Institute's signatory signs the national report.
ALTER TABLE settings ADD COLUMN centre_name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN head_name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN head_position_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN signatory_name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN signatory_position_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN executor_name TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN executor_name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN executor_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN city_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN institute_signatory_name TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN institute_signatory_name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN institute_signatory_position TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN institute_signatory_position_ru TEXT NOT NULL DEFAULT '';

-- A kindergarten's name and settlement in Russian. An empty name_ru of a
-- name still as in the order is derived by rule when read (seeds.RussianName).
ALTER TABLE kindergarten ADD COLUMN name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE kindergarten ADD COLUMN settlement_ru TEXT NOT NULL DEFAULT '';

-- Every rating a checklist item was given, with its date, so that a report
-- shows the environment as it was at the end of its period rather than as of
-- today. The triggers write it in the transaction of the change, whichever
-- code changes env_rating (a form, the bulk writer, a region package); a
-- rating that repeats the item's last entry (same status, same date) adds
-- nothing.
CREATE TABLE env_rating_history (
    id               INTEGER PRIMARY KEY,
    kindergarten_id  INTEGER NOT NULL REFERENCES kindergarten(id) ON DELETE CASCADE,
    direction_id     INTEGER NOT NULL REFERENCES direction(id) ON DELETE CASCADE,
    item_id          INTEGER NOT NULL REFERENCES env_item(id) ON DELETE CASCADE,
    status           INTEGER NOT NULL CHECK (status IN (0, 1, 2)),
    rated_on         TEXT NOT NULL CHECK (date(rated_on) = rated_on),
    recorded_at      TEXT NOT NULL
);
CREATE INDEX env_rating_history_item ON env_rating_history(kindergarten_id, direction_id, item_id, rated_on);

-- The ratings made before this version: their current state, dated as rated.
INSERT INTO env_rating_history(kindergarten_id, direction_id, item_id, status, rated_on, recorded_at)
    SELECT kindergarten_id, direction_id, item_id, status, coalesce(rated_on, date(updated_at)), updated_at
    FROM env_rating;

CREATE TRIGGER env_rating_history_insert AFTER INSERT ON env_rating
BEGIN
    INSERT INTO env_rating_history(kindergarten_id, direction_id, item_id, status, rated_on, recorded_at)
    SELECT NEW.kindergarten_id, NEW.direction_id, NEW.item_id, NEW.status,
        coalesce(NEW.rated_on, date(NEW.updated_at)), NEW.updated_at
    WHERE coalesce((SELECT h.status || ' ' || h.rated_on FROM env_rating_history h
        WHERE h.kindergarten_id = NEW.kindergarten_id AND h.direction_id = NEW.direction_id
        AND h.item_id = NEW.item_id ORDER BY h.id DESC LIMIT 1), '')
        <> NEW.status || ' ' || coalesce(NEW.rated_on, date(NEW.updated_at));
END;

CREATE TRIGGER env_rating_history_update AFTER UPDATE OF status, rated_on ON env_rating
WHEN NEW.status IS NOT OLD.status OR NEW.rated_on IS NOT OLD.rated_on
BEGIN
    INSERT INTO env_rating_history(kindergarten_id, direction_id, item_id, status, rated_on, recorded_at)
    SELECT NEW.kindergarten_id, NEW.direction_id, NEW.item_id, NEW.status,
        coalesce(NEW.rated_on, date(NEW.updated_at)), NEW.updated_at
    WHERE coalesce((SELECT h.status || ' ' || h.rated_on FROM env_rating_history h
        WHERE h.kindergarten_id = NEW.kindergarten_id AND h.direction_id = NEW.direction_id
        AND h.item_id = NEW.item_id ORDER BY h.id DESC LIMIT 1), '')
        <> NEW.status || ' ' || coalesce(NEW.rated_on, date(NEW.updated_at));
END;
