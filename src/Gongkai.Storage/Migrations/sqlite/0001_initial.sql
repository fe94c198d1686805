-- 0001 initial: the migration ledger and the unit-year reports.
-- Applied in one transaction by SqlMigrator, which records the row in schema_migrations itself.

-- One row per applied migration. checksum is the SHA-256 (hex) of the script as applied, so an edited script is noticed.
CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    checksum    TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL  -- ISO 8601, UTC
);

-- One row per unit, year and disclosure kind. document holds the canonical JSON (format "gongkai.report") as the
-- single source of truth; unit_name, year and kind are copies of its fields for lookups and the uniqueness rule.
-- row_version starts at 1 and is raised by every update, for optimistic concurrency.
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    unit_name    TEXT    NOT NULL CHECK (length(trim(unit_name)) > 0),
    year         INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
    kind         TEXT    NOT NULL CHECK (kind IN ('FinalAccounts', 'Budget')),
    status       TEXT    NOT NULL DEFAULT 'Draft' CHECK (length(status) > 0),
    document     TEXT    NOT NULL CHECK (json_valid(document)),
    created_at   TEXT    NOT NULL,  -- ISO 8601, UTC
    updated_at   TEXT    NOT NULL,  -- ISO 8601, UTC
    row_version  INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    UNIQUE (unit_name, year, kind)
);
