-- Sanad store, schema version 11: a change that creates several annotations records them in
-- audit rows of action CREATE_ALL, each holding in created_json a JSON array of annotations (as a
-- single creation records one in after_json), at most 1,000,000 characters a row; annotation_id
-- is the first one's. created_json is a character column, not a CLOB, so that it is kept in the
-- row: H2 puts CLOBs above 256 bytes in its LOB store, a temporary LOB and a copy for each.
-- Older rows keep their layout and read as before. An older Sanad, which would not know the new
-- action, refuses this store as written by a newer one.
ALTER TABLE audit ADD COLUMN created_json VARCHAR(1000000);
