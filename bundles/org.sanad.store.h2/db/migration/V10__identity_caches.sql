-- Sanad store, schema version 10: larger caches for the identity columns of the tables that grow
-- by many rows a transaction. H2 writes an identity column's sequence back to its file, with a
-- store commit of its own, each time its cache of numbers (32 by default) runs out: for the audit,
-- one extra commit every 32 annotations stored, a quarter of an annotated import's database time.
-- After a crash the numbers cached but not used are skipped, never given twice. PostgreSQL gets 1
-- (its default): its cache is per connection, and would number rows out of their order.
ALTER TABLE audit ALTER COLUMN id SET CACHE ${identity cache};
ALTER TABLE curation_decision ALTER COLUMN id SET CACHE ${identity cache};
ALTER TABLE project_log ALTER COLUMN id SET CACHE ${identity cache};
