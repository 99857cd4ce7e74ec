-- Near-copy pairs a regroup measured (see corroborate.CopyPair): the
-- pairs of articles sharing a near-copy bucket whose containment reaches
-- the near-copy threshold, so that a regroup after new articles measures
-- only the pairs they make. copies_known marks a counted article whose
-- pairs with the articles counted before or with it are all kept. Derived
-- data, rebuilt whole by a regroup.
CREATE TABLE copy_pairs (
    article_id  TEXT NOT NULL,
    other_id    TEXT NOT NULL,
    containment REAL NOT NULL,
    PRIMARY KEY (article_id, other_id)
) WITHOUT ROWID;

ALTER TABLE placed_articles ADD COLUMN copies_known INTEGER NOT NULL DEFAULT 0;
