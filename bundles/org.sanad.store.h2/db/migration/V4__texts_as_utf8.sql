-- A document's text as its UTF-8 bytes, the bytes its checksum is made of, instead of a large
-- text: the importer holds a file's bytes anyway, and encoding Arabic to UTF-8 was a quarter of an
-- import's database time. Offsets stay UTF-16 code units of the decoded text.
-- IF NOT EXISTS: the database commits each ALTER, so a run that failed later can be repeated.
ALTER TABLE document ADD COLUMN IF NOT EXISTS text_utf8 ${blob};
UPDATE document SET text_utf8 = CAST(content AS ${blob});
ALTER TABLE document ALTER COLUMN text_utf8 SET NOT NULL;
ALTER TABLE document DROP COLUMN content;
