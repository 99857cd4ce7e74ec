-- What incremental placement reads (see corroborate.PlacementStore): an
-- arriving article is checked for near-copies through the LSH buckets of
-- the stored articles, weighted by the stored document frequencies, and
-- compared with the stories posted under its heaviest terms, restored
-- from their saved centroids. Each story's findings are kept so pages never
-- recompute them. All of it is derived data, rebuilt whole by a regroup.

-- Articles counted in the document frequencies (each once).
CREATE TABLE placed_articles (
    article_id TEXT PRIMARY KEY
);

-- Near-copy buckets: one row per LSH bucket key of an article.
CREATE TABLE sketch_buckets (
    bucket     INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (bucket, article_id)
) WITHOUT ROWID;

-- Document frequency of each clustering term.
CREATE TABLE term_counts (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;

-- A story's placement state (centroid, days, related stories), opaque to
-- the store; seq orders saves (the most recent is largest).
CREATE TABLE story_states (
    story_id TEXT PRIMARY KEY,
    seq      INTEGER NOT NULL,
    data     BLOB NOT NULL
);

-- Inverted index: the terms of each story's centroid.
CREATE TABLE story_postings (
    term     TEXT NOT NULL,
    story_id TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX story_postings_recent ON story_postings(term, seq);
CREATE INDEX story_postings_story ON story_postings(story_id);

-- Each story's findings as last computed; key names the input they were
-- computed from (the story's articles and its related stories').
CREATE TABLE story_findings (
    story_id TEXT PRIMARY KEY,
    key      TEXT NOT NULL,
    data     BLOB NOT NULL
);

-- Stories merged into a story (narrowed story updates read them).
CREATE INDEX stories_merged_into ON stories(merged_into);
