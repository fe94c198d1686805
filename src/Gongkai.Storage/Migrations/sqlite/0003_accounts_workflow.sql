-- 0003 accounts and workflow: units, users, reviewer assignments, the history of every report change and the
-- comments on reports. Times are ISO 8601 text in UTC, like the other tables.

-- A budget unit as reports name it: region ('' when unknown) and name. Accounts of role UnitFiller belong to one.
CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    region      TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    created_at  TEXT    NOT NULL,
    UNIQUE (region, name)
);

-- One account. login is stored in lower case; password_hash is "pbkdf2-sha256$iterations$salt$hash" (base64).
-- failed_logins counts consecutive failures; locked_until (NULL: not locked) ends a lock-out.
CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    login          TEXT    NOT NULL UNIQUE CHECK (length(login) BETWEEN 3 AND 64),
    display_name   TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
    role           TEXT    NOT NULL CHECK (role IN ('UnitFiller', 'Reviewer', 'Supervisor', 'Administrator')),
    unit_id        INTEGER NULL REFERENCES units (id),
    region         TEXT    NULL,
    password_hash  TEXT    NOT NULL,
    failed_logins  INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until   TEXT    NULL,
    created_at     TEXT    NOT NULL,
    CHECK (role <> 'UnitFiller' OR unit_id IS NOT NULL)
);

-- The units a reviewer (审核) reviews.
CREATE TABLE reviewer_units (
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, unit_id)
);

-- Every change of a report: one row per changed cell or reason text of a save (action Edit), one row per workflow step
-- (Submit, Return, Approve, Publish, with the comment). The place is table_code/row_key/column_no for a cell or
-- reason_key for a 情况说明 reason; place_text names it in words. row_version is the report version the change produced.
CREATE TABLE report_history (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    at           TEXT    NOT NULL,
    user_id      INTEGER NULL REFERENCES users (id),
    action       TEXT    NOT NULL CHECK (action IN ('Create', 'Edit', 'Submit', 'Return', 'Approve', 'Publish')),
    table_code   TEXT    NULL,
    row_key      TEXT    NULL,
    column_no    INTEGER NULL,
    reason_key   TEXT    NULL,
    place_text   TEXT    NULL,
    old_value    TEXT    NULL,
    new_value    TEXT    NULL,
    comment      TEXT    NULL,
    row_version  INTEGER NOT NULL
);

CREATE INDEX report_history_report ON report_history (report_id, id);

-- Comments of reviewers and supervisors (and the reviewer's reasons for a return).
CREATE TABLE report_comments (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    at         TEXT    NOT NULL,
    body       TEXT    NOT NULL CHECK (length(trim(body)) > 0)
);

CREATE INDEX report_comments_report ON report_comments (report_id, id);
