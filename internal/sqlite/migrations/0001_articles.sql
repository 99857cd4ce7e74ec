CREATE TABLE articles (
    id                   TEXT PRIMARY KEY,
    source               TEXT NOT NULL,
    url                  TEXT,
    outlet               TEXT,
    title                TEXT,
    published            TEXT,
    published_confidence REAL NOT NULL DEFAULT 0,
    published_from       TEXT,
    place                TEXT,
    author               TEXT,
    lead                 TEXT,
    text                 TEXT NOT NULL,
    raw_kind             TEXT NOT NULL,
    raw                  BLOB NOT NULL,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    seq                  INTEGER NOT NULL
);
CREATE UNIQUE INDEX articles_seq ON articles(seq);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    added_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (article_id, source)
);

-- Search covers headlines and leads: indexing whole bodies cost more than
-- half of ingest time (see doc/store.md).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, lead, outlet, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, lead, outlet) VALUES (new.rowid, new.title, new.lead, new.outlet);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, lead, outlet) VALUES ('delete', old.rowid, old.title, old.lead, old.outlet);
END;
