-- 0004 report cells: every printed amount of every stored report as one row, so that consolidation (汇总) and the
-- supervision queries run in the database as one GROUP BY instead of reading every document. The document stays the
-- single source of truth: the cells are derived from it (Gongkai.Storage.Reports.ReportCellIndex rewrites a report's
-- cells in the writer's transaction).

-- table_code is T01…T09 or S (the 情况说明 figures); row_key the classification code or the template's fixed-row key;
-- column_number the 栏次 from 1. amount is the decimal as printed, as text (SQLite has no exact decimal type; the
-- queries sum it as integers, see DatabaseConsolidation). year and region are copies of the report's for grouping
-- without a join. Blank cells have no row.
CREATE TABLE report_cells (
    report_id      INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    year           INTEGER NOT NULL,
    region         TEXT    NOT NULL,
    table_code     TEXT    NOT NULL,
    row_key        TEXT    NOT NULL,
    column_number  INTEGER NOT NULL CHECK (column_number >= 1),
    amount         TEXT    NOT NULL,
    PRIMARY KEY (report_id, table_code, row_key, column_number)
) WITHOUT ROWID;

-- Grouping by year and region (prefix) then by cell; the red-flag queries read one cell across many reports.
CREATE INDEX report_cells_year_region ON report_cells (year, region, table_code, row_key, column_number);
CREATE INDEX report_cells_cell_year ON report_cells (table_code, row_key, column_number, year);
