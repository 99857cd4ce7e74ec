-- Readers' reviews of findings, keyed by a hash of the finding's own
-- content so they survive re-analysis (see corroborate.Review).
CREATE TABLE reviews (
    key        TEXT PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('confirmed', 'dismissed', 'open')),
    note       TEXT NOT NULL DEFAULT '',
    finding    TEXT NOT NULL DEFAULT '',
    story      TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
