-- Sanad store, schema version 9: the keys of applied changes, so that a change sent again (after
-- a lost answer) is answered with the revision it made instead of being applied twice.

CREATE TABLE applied_change (
  change_id VARCHAR(100) PRIMARY KEY,
  set_id VARCHAR(36) NOT NULL REFERENCES annotation_set (id),
  revision BIGINT NOT NULL
);
CREATE INDEX applied_change_by_set ON applied_change (set_id);
