-- Sanad store, schema version 11: a change that creates several annotations records them in one
-- audit row, action CREATE_ALL, with after_json an array of the annotations (annotation_id is the
-- first one's). Older rows keep their layout and read as before. An older Sanad, which would not
-- know the new action, refuses this store as written by a newer one.
COMMENT ON COLUMN audit.action IS 'CREATE, UPDATE or DELETE for one annotation; CREATE_ALL for all a change created, after_json an array';
