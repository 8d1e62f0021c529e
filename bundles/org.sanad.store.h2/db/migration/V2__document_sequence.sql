-- Import order from a sequence instead of MAX(seq) + 1, which read the project's whole index
-- on every batch. It starts above any order number given before this migration; a large cache
-- because H2 writes the sequence back whenever its cache runs out.
CREATE SEQUENCE document_seq START WITH 1000000000 CACHE 1000;
