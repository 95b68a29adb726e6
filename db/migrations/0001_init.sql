-- Verbatim library, schema 1: articles with provenance, per-article speakers and their names,
-- attributed quotes, and FTS5 indexes kept in sync by triggers.

CREATE TABLE articles (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT    NOT NULL UNIQUE,          -- of the source bytes: the same content is imported once
  source      TEXT    NOT NULL,                 -- file path or URL it came from
  format      TEXT    NOT NULL,
  encoding    TEXT    NOT NULL,
  title       TEXT,
  byline      TEXT,
  outlet      TEXT,
  dateline    TEXT,
  date        TEXT,                             -- ISO, as precise as the evidence: YYYY[-MM[-DD]]
  date_rule   TEXT    NOT NULL,                 -- how the date was found, or 'undated'
  text        TEXT    NOT NULL,                 -- the stored text every offset points into
  dropped     TEXT    NOT NULL DEFAULT '[]',    -- JSON: what the reader left out, and why
  imported_at TEXT    NOT NULL
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE speakers (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name          TEXT    NOT NULL,               -- fullest name in the article, or the descriptor
  is_descriptor INTEGER NOT NULL DEFAULT 0 CHECK (is_descriptor IN (0, 1)),
  title         TEXT                            -- role as the article gives it
);
CREATE INDEX speakers_article ON speakers(article_id);
CREATE INDEX speakers_name ON speakers(name COLLATE NOCASE);

CREATE TABLE speaker_names (
  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  name       TEXT    NOT NULL,
  PRIMARY KEY (speaker_id, name)
) WITHOUT ROWID;
CREATE INDEX speaker_names_name ON speaker_names(name COLLATE NOCASE);

CREATE TABLE quotes (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start           INTEGER NOT NULL CHECK (start >= 0),
  end             INTEGER NOT NULL CHECK (end > start),
  text            TEXT    NOT NULL,
  kind            TEXT    NOT NULL CHECK (kind IN ('full', 'fragment', 'headline', 'candidate')),
  quote_rule      TEXT    NOT NULL,
  speaker_id      INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
  mention         TEXT,
  mention_start   INTEGER,
  mention_end     INTEGER,
  rule            TEXT    NOT NULL,             -- the attribution rule that decided
  confidence      REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  CHECK ((mention IS NULL) = (mention_start IS NULL) AND (mention IS NULL) = (mention_end IS NULL))
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
