-- People across the library. Each article's speakers stay as the article names them; a link says
-- which person an article's speaker is. Links are keyed by (article, speaker name), not by speaker
-- row, so running the extraction again keeps them, and every user merge, split and "not the same
-- person" decision is recorded so it can be undone and is never overruled by the machine.
CREATE TABLE people (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL,                  -- the fullest name seen
  created_at TEXT    NOT NULL
);

CREATE TABLE person_links (
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_name TEXT    NOT NULL,
  person_id    INTEGER NOT NULL REFERENCES people(id),
  surname      TEXT    NOT NULL,                -- folded last name: candidates for the same person are found by it
  how          TEXT    NOT NULL,                -- why: 'first-seen', 'same-name', 'given-name-variant', 'user-merge', 'user-split'
  PRIMARY KEY (article_id, speaker_name)
) WITHOUT ROWID;
CREATE INDEX person_links_person ON person_links(person_id);

-- Each distinct name form a person goes by, with how many article speakers use it: what linking
-- looks up by surname, so the lookup costs the number of forms, not the number of articles.
CREATE TABLE person_names (
  surname      TEXT    NOT NULL,
  speaker_name TEXT    NOT NULL,
  person_id    INTEGER NOT NULL,
  uses         INTEGER NOT NULL,
  PRIMARY KEY (surname, speaker_name, person_id)
) WITHOUT ROWID;
CREATE TRIGGER person_names_insert AFTER INSERT ON person_links BEGIN
  INSERT INTO person_names (surname, speaker_name, person_id, uses) VALUES (new.surname, new.speaker_name, new.person_id, 1)
    ON CONFLICT (surname, speaker_name, person_id) DO UPDATE SET uses = uses + 1;
END;
CREATE TRIGGER person_names_delete AFTER DELETE ON person_links BEGIN
  UPDATE person_names SET uses = uses - 1
   WHERE surname = old.surname AND speaker_name = old.speaker_name AND person_id = old.person_id;
  DELETE FROM person_names WHERE surname = old.surname AND speaker_name = old.speaker_name AND person_id = old.person_id AND uses <= 0;
END;
CREATE TRIGGER person_names_update AFTER UPDATE OF person_id ON person_links BEGIN
  UPDATE person_names SET uses = uses - 1
   WHERE surname = old.surname AND speaker_name = old.speaker_name AND person_id = old.person_id;
  DELETE FROM person_names WHERE surname = old.surname AND speaker_name = old.speaker_name AND person_id = old.person_id AND uses <= 0;
  INSERT INTO person_names (surname, speaker_name, person_id, uses) VALUES (new.surname, new.speaker_name, new.person_id, 1)
    ON CONFLICT (surname, speaker_name, person_id) DO UPDATE SET uses = uses + 1;
END;

-- "These two are not the same person": suggestions between them stop, and no merge happens by itself.
CREATE TABLE people_apart (
  person_a INTEGER NOT NULL REFERENCES people(id),
  person_b INTEGER NOT NULL REFERENCES people(id),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (person_a, person_b),
  CHECK (person_a < person_b)
) WITHOUT ROWID;

-- Every user decision on people, with what it changed, so it can be undone.
CREATE TABLE people_decisions (
  id         INTEGER PRIMARY KEY,
  action     TEXT    NOT NULL CHECK (action IN ('merge', 'split', 'not-same')),
  summary    TEXT    NOT NULL,
  changes    TEXT    NOT NULL,                  -- JSON: the links moved and the pairs recorded
  decided_at TEXT    NOT NULL,
  undone_at  TEXT
);
