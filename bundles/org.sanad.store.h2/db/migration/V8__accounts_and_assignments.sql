-- Sanad store, schema version 8: accounts that sign in to a Sanad server, and assignments.
-- A password is kept only as a PBKDF2 hash (algorithm, iterations, salt and hash in one string).

ALTER TABLE annotator ADD COLUMN password_hash VARCHAR(300);
ALTER TABLE annotator ADD COLUMN administrator BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE annotator ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE annotator ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE assignment (
  document_id VARCHAR(36) NOT NULL REFERENCES document (id),
  annotator_id VARCHAR(100) NOT NULL REFERENCES annotator (id),
  status VARCHAR(20) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (document_id, annotator_id)
);
CREATE INDEX assignment_by_annotator ON assignment (annotator_id, document_id);
