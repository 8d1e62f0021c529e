-- Duplicate texts are found by the store's in-memory checksums of each project (ProjectChecksums),
-- no longer by a unique (checksum, project) index: checksums arrive in random order, so every
-- import batch rewrote pages all over that index; it cost a third of an import's database time.
-- Writers of one project take turns on the project's row, whose next_seq orders its documents
-- and tells a store which documents others added since it last looked.
ALTER TABLE document DROP CONSTRAINT ${unique document (checksum, project_id)};
ALTER TABLE project ADD COLUMN next_seq BIGINT DEFAULT 0 NOT NULL;
UPDATE project SET next_seq = (SELECT COALESCE(MAX(d.seq) + 1, 0) FROM document d WHERE d.project_id = project.id);
DROP SEQUENCE document_seq;
