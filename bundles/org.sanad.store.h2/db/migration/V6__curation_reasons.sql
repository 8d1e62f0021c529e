-- The reasons a project's curators pick from, a line each (NULL: Sanad's own list).
ALTER TABLE project ADD COLUMN IF NOT EXISTS curation_reasons ${clob};
