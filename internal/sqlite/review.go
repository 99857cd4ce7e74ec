package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// MaxReviewNote is the longest review note kept, in bytes.
const MaxReviewNote = 4000

// PutReview records a review, replacing any earlier one with its key.
func (s *Store) PutReview(ctx context.Context, r corroborate.Review) error {
	switch r.Status {
	case corroborate.ReviewConfirmed, corroborate.ReviewDismissed, corroborate.ReviewOpen:
	default:
		return corroborate.Errorf(corroborate.EINVALID, "review status must be confirmed, dismissed or open, not %q", r.Status)
	}
	if strings.TrimSpace(r.Key) == "" || len(r.Key) > 200 {
		return corroborate.Errorf(corroborate.EINVALID, "review needs a key")
	}
	if len(r.Note) > MaxReviewNote || !utf8.ValidString(r.Note) || !utf8.ValidString(r.Finding) {
		return corroborate.Errorf(corroborate.EINVALID, "review note must be UTF-8 text of at most %d bytes", MaxReviewNote)
	}
	err := retryBusy(ctx, func() error {
		_, err := s.db.ExecContext(ctx, `INSERT INTO reviews(key, status, note, finding, story, updated_at)
			VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
			ON CONFLICT(key) DO UPDATE SET status = excluded.status, note = excluded.note,
				finding = CASE WHEN excluded.finding = '' THEN reviews.finding ELSE excluded.finding END,
				story = CASE WHEN excluded.story = '' THEN reviews.story ELSE excluded.story END,
				updated_at = excluded.updated_at`,
			r.Key, r.Status, r.Note, r.Finding, r.Story)
		return err
	})
	if err != nil {
		return fmt.Errorf("put review %s: %w", r.Key, err)
	}
	s.writes.Add(1)
	return nil
}

// Reviews lists every review, most recently updated first.
func (s *Store) Reviews(ctx context.Context) ([]corroborate.Review, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, status, note, finding, story, updated_at FROM reviews ORDER BY updated_at DESC, key`)
	if err != nil {
		return nil, fmt.Errorf("list reviews: %w", err)
	}
	defer rows.Close()
	var out []corroborate.Review
	for rows.Next() {
		var r corroborate.Review
		if err := rows.Scan(&r.Key, &r.Status, &r.Note, &r.Finding, &r.Story, &r.Updated); err != nil {
			return nil, fmt.Errorf("list reviews: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
