-- Look-ups of many checksums at once (duplicate checks on import) use this index with an
-- IN list; H2 does not use (project_id, checksum) for "project_id = ? AND checksum IN (...)".
CREATE INDEX document_checksum ON document (checksum);

-- Import order from a sequence instead of MAX(seq) + 1, which read the project's whole index
-- on every batch. It starts above any order number given before this migration.
CREATE SEQUENCE document_seq START WITH 1000000000;
