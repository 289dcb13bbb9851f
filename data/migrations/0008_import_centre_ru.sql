-- Baulu schema, version 8: the Russian name of the centre that sent a
-- region package (packages of format 3 carry it), so the Institute's
-- Russian national report names the centre in Russian. Packages imported
-- before, and those of older formats, leave it empty.
ALTER TABLE region_import ADD COLUMN centre_name_ru TEXT NOT NULL DEFAULT '';
