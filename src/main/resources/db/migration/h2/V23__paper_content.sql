-- The bytes of papers when the register is on a PostgreSQL server (decision 0022). The H2 file
-- never fills it: there the papers are files in the data folder's ho-so/ store, so the file stays small.
CREATE TABLE paper_content (
    content_id      CHAR(64) PRIMARY KEY,       -- hex SHA-256 of bytes
    bytes           VARBINARY(1000000000) NOT NULL
);
