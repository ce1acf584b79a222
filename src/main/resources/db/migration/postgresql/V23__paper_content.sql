-- PostgreSQL twin of h2/V23__paper_content.sql: the bytes of papers, shared by the clerks of the
-- server and saved by its pg_dump (decision 0022). Scans are compressed already: stored out of
-- line without another try at compressing them.
CREATE TABLE paper_content (
    content_id      CHAR(64) PRIMARY KEY,       -- hex SHA-256 of bytes
    bytes           BYTEA NOT NULL
);

ALTER TABLE paper_content ALTER COLUMN bytes SET STORAGE EXTERNAL;
