-- 0002 report store: the region of each report for the public listing, the stable status codes, and the index the
-- listing reads by (region, unit, year). PostgreSQL; the same schema as sqlite/0002_report_store.sql.

-- A copy of the document's unit.region ('' when the document names none), kept beside unit_name for lookups.
ALTER TABLE reports ADD COLUMN region text COLLATE "C" NOT NULL DEFAULT '';

-- Workflow states as stable English codes (the pages show 草稿/已上报/退回/审核通过/已公开). PostgreSQL can add a
-- CHECK to an existing column, where SQLite needs triggers.
ALTER TABLE reports ADD CONSTRAINT reports_status_workflow
    CHECK (status IN ('Draft', 'Submitted', 'Returned', 'Approved', 'Published'));

CREATE INDEX reports_region_unit_year ON reports (region, unit_name, year);
