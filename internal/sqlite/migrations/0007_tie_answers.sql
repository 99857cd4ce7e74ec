-- The close-call tie-break's answers (see corroborate.TieAnswer): a
-- regroup replays the placement of every article, and a tie between the
-- same stories with the same recent articles has the same answer, so the
-- answers are kept instead of comparing the articles' facts again.
-- Derived data, rebuilt whole by a regroup.
CREATE TABLE tie_answers (
    key  BLOB PRIMARY KEY,
    pick INTEGER NOT NULL
) WITHOUT ROWID;
