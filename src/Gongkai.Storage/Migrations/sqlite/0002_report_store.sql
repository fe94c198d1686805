-- 0002 report store: the region of each report for the public listing, the stable status codes, and the index the
-- listing reads by (region, unit, year).

-- A copy of the document's unit.region ('' when the document names none), kept beside unit_name for lookups.
ALTER TABLE reports ADD COLUMN region TEXT NOT NULL DEFAULT '';

-- Workflow states as stable English codes (the pages show 草稿/已上报/退回/审核通过/已公开). SQLite cannot add a CHECK
-- to an existing column, so triggers refuse any other value.
CREATE TRIGGER reports_status_insert BEFORE INSERT ON reports
WHEN NEW.status NOT IN ('Draft', 'Submitted', 'Returned', 'Approved', 'Published')
BEGIN
    SELECT RAISE(ABORT, 'reports.status must be Draft, Submitted, Returned, Approved or Published');
END;

CREATE TRIGGER reports_status_update BEFORE UPDATE OF status ON reports
WHEN NEW.status NOT IN ('Draft', 'Submitted', 'Returned', 'Approved', 'Published')
BEGIN
    SELECT RAISE(ABORT, 'reports.status must be Draft, Submitted, Returned, Approved or Published');
END;

CREATE INDEX reports_region_unit_year ON reports (region, unit_name, year);
