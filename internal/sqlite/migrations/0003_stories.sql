-- Stories with stable ids (see corroborate.StoredStory): a story keeps the
-- id it was born with; a story merged into another keeps its row, with no
-- members, and merged_into names the survivor (always a live story).
CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL DEFAULT '',
    merged_into TEXT,
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL
);
CREATE INDEX stories_updated ON stories(updated);

-- Members of live stories: an article is in one story at most. No foreign
-- key to articles: the stories are derived data, saved as the analysis
-- that made them saw the articles.
CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
);
CREATE INDEX story_members_story ON story_members(story_id);
