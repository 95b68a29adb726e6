-- The terms of the quotes index with their document counts: search widens each query word to the
-- indexed terms within a few edits of it (typos, spelling variants) before it queries quotes_fts.
CREATE VIRTUAL TABLE quotes_vocab USING fts5vocab(quotes_fts, 'row');
