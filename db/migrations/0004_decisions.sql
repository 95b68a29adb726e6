-- A user's decision on an attribution: accept it, correct the speaker, or reject it. Decisions are
-- keyed by the quote's place in the article (article, start, end), not by the quote row, so running
-- the extraction again (after a rule improves) never overwrites them.
CREATE TABLE decisions (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  action     TEXT    NOT NULL CHECK (action IN ('accept', 'correct', 'reject')),
  speaker    TEXT,                              -- who said it, as the user names them ('correct')
  decided_by TEXT,
  decided_at TEXT    NOT NULL,
  CHECK ((action = 'correct') = (speaker IS NOT NULL)),
  UNIQUE (article_id, start, end)
);
