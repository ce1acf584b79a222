-- The register's order without a database collation (decision 0011): the application writes the
-- Vietnamese collation key of each name (given, middle, family) and the database sorts the bytes.
-- Rows of an older database get their key when the application first opens it.
ALTER TABLE member ADD COLUMN name_sort_key BYTEA;
DROP INDEX member_name_order;
CREATE INDEX member_name_order ON member(name_sort_key, birth_date, id);
