-- Each article's reading (the language layer's analysis), computed once
-- when the article arrives and re-read afterwards. engine names the engine
-- version that computed it: a reading of another version is recomputed on
-- demand, or by `corroborate reindex`. data is the analysis's encoding.
CREATE TABLE readings (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    engine     TEXT NOT NULL,
    data       BLOB NOT NULL
);
