-- Provenance: the original bytes of every import (a snapshot, stored once per SHA-256 however many
-- articles it holds: a feed's items share their file's), and versions of an article: re-importing
-- changed bytes of the same article (same link, same source, or same headline) keeps both and links
-- the newer one to the one it replaces.
CREATE TABLE snapshots (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT    NOT NULL UNIQUE,          -- of bytes
  bytes       BLOB    NOT NULL,                 -- as read from the file or fetched, compressed as below
  compression TEXT    CHECK (compression IN ('deflate')),  -- NULL: stored as is; 'deflate': raw DEFLATE
  size        INTEGER NOT NULL CHECK (size >= 0),  -- of the original bytes
  file_name   TEXT    NOT NULL,                 -- the file's name, or the URL fetched
  media_type  TEXT,                             -- Content-Type of a fetched page
  captured_at TEXT    NOT NULL                  -- ISO time the bytes were read or fetched
);

ALTER TABLE articles ADD COLUMN snapshot_id INTEGER REFERENCES snapshots(id);
ALTER TABLE articles ADD COLUMN link TEXT;    -- a feed item's or fetched page's URL
ALTER TABLE articles ADD COLUMN previous_version_id INTEGER REFERENCES articles(id) ON DELETE SET NULL;

-- The lookups that find an article's previous version, and (partial, so an ordinary import pays
-- nothing for it) the one ON DELETE SET NULL needs when a version is deleted. Snapshots are never
-- deleted, so snapshot_id needs none.
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_link ON articles(link) WHERE link IS NOT NULL;
CREATE INDEX articles_title ON articles(title) WHERE title IS NOT NULL;
CREATE INDEX articles_previous ON articles(previous_version_id) WHERE previous_version_id IS NOT NULL;
