-- 0003 accounts and workflow (PostgreSQL): the same tables as Migrations/sqlite/0003_accounts_workflow.sql.
-- Times are ISO 8601 text in UTC, like the other tables, so the store code reads both providers alike.

CREATE TABLE units (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region      TEXT   NOT NULL DEFAULT '',
    name        TEXT   NOT NULL CHECK (length(trim(name)) > 0),
    created_at  TEXT   NOT NULL,
    UNIQUE (region, name)
);

CREATE TABLE users (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login          TEXT   NOT NULL UNIQUE CHECK (length(login) BETWEEN 3 AND 64),
    display_name   TEXT   NOT NULL CHECK (length(trim(display_name)) > 0),
    role           TEXT   NOT NULL CHECK (role IN ('UnitFiller', 'Reviewer', 'Supervisor', 'Administrator')),
    unit_id        BIGINT NULL REFERENCES units (id),
    region         TEXT   NULL,
    password_hash  TEXT   NOT NULL,
    failed_logins  BIGINT NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until   TEXT   NULL,
    created_at     TEXT   NOT NULL,
    CHECK (role <> 'UnitFiller' OR unit_id IS NOT NULL)
);

CREATE TABLE reviewer_units (
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    unit_id  BIGINT NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, unit_id)
);

CREATE TABLE report_history (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id    BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    at           TEXT   NOT NULL,
    user_id      BIGINT NULL REFERENCES users (id),
    action       TEXT   NOT NULL CHECK (action IN ('Create', 'Edit', 'Submit', 'Return', 'Approve', 'Publish')),
    table_code   TEXT   NULL,
    row_key      TEXT   NULL,
    column_no    BIGINT NULL,
    reason_key   TEXT   NULL,
    place_text   TEXT   NULL,
    old_value    TEXT   NULL,
    new_value    TEXT   NULL,
    comment      TEXT   NULL,
    row_version  BIGINT NOT NULL
);

CREATE INDEX report_history_report ON report_history (report_id, id);

CREATE TABLE report_comments (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id  BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    at         TEXT   NOT NULL,
    body       TEXT   NOT NULL CHECK (length(trim(body)) > 0)
);

CREATE INDEX report_comments_report ON report_comments (report_id, id);
