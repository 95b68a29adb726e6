-- Quote sheets: named, ordered lists of quotes a journalist is checking, each with a verdict.
--
-- A sheet item is a fact-checking record, so it must outlive the article it came from: deleting or
-- re-importing an article must not erase who verified what and when. Each item therefore keeps a
-- snapshot of the quote and its provenance taken when it was added (every exported field is read
-- from the item row), and quote_id is only a live link that becomes NULL when the quote goes.
-- origin_quote_id keeps the id the quote had, so the item can still be named after that.
CREATE TABLE sheets (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sheet_items (
  id              INTEGER PRIMARY KEY,
  sheet_id        INTEGER NOT NULL REFERENCES sheets(id) ON DELETE CASCADE,
  quote_id        INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
  origin_quote_id INTEGER NOT NULL,
  position        INTEGER NOT NULL CHECK (position >= 1),   -- 1, 2, 3… within the sheet, no gaps
  status          TEXT    NOT NULL DEFAULT 'unverified'
                  CHECK (status IN ('unverified', 'verified', 'disputed', 'misattributed')),
  verified_by     TEXT,
  verified_at     TEXT,                                      -- ISO timestamp of the last verdict
  note            TEXT    NOT NULL DEFAULT '',
  added_at        TEXT    NOT NULL,
  -- The snapshot: the quote and its provenance as they were when the item was added.
  quote_text      TEXT    NOT NULL,
  speaker         TEXT,
  speaker_title   TEXT,                                      -- the role the article gave the speaker
  article_date    TEXT,
  outlet          TEXT,
  headline        TEXT,
  source          TEXT    NOT NULL,
  context         TEXT    NOT NULL,                          -- the sentence around the quote
  UNIQUE (sheet_id, quote_id)
);
CREATE INDEX sheet_items_order ON sheet_items(sheet_id, position);
-- ON DELETE SET NULL looks items up by quote when a quote is deleted: without this, a full scan each.
CREATE INDEX sheet_items_quote ON sheet_items(quote_id);
