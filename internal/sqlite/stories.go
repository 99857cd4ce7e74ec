package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
)

// Stories lists every stored story, merged ones included, by id.
func (s *Store) Stories(ctx context.Context) ([]corroborate.StoredStory, error) {
	return loadStories(ctx, s.db, "")
}

// StoredStory returns one stored story, live or merged.
func (s *Store) StoredStory(ctx context.Context, id string) (*corroborate.StoredStory, error) {
	list, err := loadStories(ctx, s.db, id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, corroborate.Errorf(corroborate.ENOTFOUND, "story %s not found", id)
	}
	return &list[0], nil
}

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// loadStories reads the stories (one when id is set) with their members.
func loadStories(ctx context.Context, q querier, id string) ([]corroborate.StoredStory, error) {
	where := ""
	var args []any
	if id != "" {
		where, args = ` WHERE id = ?`, []any{id}
	}
	rows, err := q.QueryContext(ctx, `SELECT id, title, COALESCE(merged_into, ''), created, updated FROM stories`+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	var out []corroborate.StoredStory
	index := map[string]int{}
	for rows.Next() {
		var st corroborate.StoredStory
		if err := rows.Scan(&st.ID, &st.Title, &st.MergedInto, &st.Created, &st.Updated); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list stories: %w", err)
		}
		index[st.ID] = len(out)
		out = append(out, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	where = ""
	if id != "" {
		where = ` WHERE story_id = ?`
	}
	rows, err = q.QueryContext(ctx, `SELECT story_id, article_id FROM story_members`+where+` ORDER BY story_id, article_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list story members: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sid, aid string
		if err := rows.Scan(&sid, &aid); err != nil {
			return nil, fmt.Errorf("list story members: %w", err)
		}
		if k, ok := index[sid]; ok {
			out[k].Articles = append(out[k].Articles, aid)
		}
	}
	return out, rows.Err()
}

// UpdateStories runs fn on the stored stories in one write transaction and
// saves the stories it returns. On a file store the transaction runs on
// the connection that reads PRAGMA data_version for Version: SQLite does
// not count a connection's own commits there, so saving derived stories
// leaves this handle's Version as it was while other handles see it move.
func (s *Store) UpdateStories(ctx context.Context, fn func([]corroborate.StoredStory) ([]corroborate.StoredStory, error)) (bool, error) {
	var wrote bool
	err := retryBusy(ctx, func() error {
		var err error
		wrote, err = s.updateStories(ctx, fn)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("update stories: %w", err)
	}
	return wrote, nil
}

func (s *Store) updateStories(ctx context.Context, fn func([]corroborate.StoredStory) ([]corroborate.StoredStory, error)) (bool, error) {
	return s.derivedTx(ctx, func(tx *sql.Tx) (bool, error) {
		stored, err := loadStories(ctx, tx, "")
		if err != nil {
			return false, err
		}
		changes, err := fn(stored)
		if err != nil || len(changes) == 0 {
			return false, err
		}
		return true, saveStories(ctx, tx, changes)
	})
}

// saveStories replaces the given stories whole: first every changed
// story's members go (an article may move between two changed stories),
// then rows and members are written.
func saveStories(ctx context.Context, tx *sql.Tx, changes []corroborate.StoredStory) error {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	seen := map[string]bool{}
	for _, st := range changes {
		if st.ID == "" || seen[st.ID] {
			return corroborate.Errorf(corroborate.EINVALID, "stories to save need distinct ids (%q)", st.ID)
		}
		if st.MergedInto != "" && (len(st.Articles) > 0 || st.MergedInto == st.ID) {
			return corroborate.Errorf(corroborate.EINVALID, "merged story %s cannot keep members or name itself", st.ID)
		}
		seen[st.ID] = true
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_members WHERE story_id = ?`, st.ID); err != nil {
			return fmt.Errorf("clear members of story %s: %w", st.ID, err)
		}
	}
	for _, st := range changes {
		created, updated := st.Created, st.Updated
		if created == "" {
			created = now
		}
		if updated == "" {
			updated = created
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories(id, title, merged_into, created, updated) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET title = excluded.title, merged_into = excluded.merged_into, updated = excluded.updated`,
			st.ID, st.Title, nullStr(st.MergedInto), created, updated); err != nil {
			return fmt.Errorf("save story %s: %w", st.ID, err)
		}
		members := slices.Clone(st.Articles)
		slices.Sort(members)
		for _, a := range slices.Compact(members) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO story_members(article_id, story_id) VALUES (?, ?)`, a, st.ID); err != nil {
				if isConstraint(err) {
					return corroborate.Errorf(corroborate.ECONFLICT, "article %s is already in another story than %s", a, st.ID)
				}
				return fmt.Errorf("add article %s to story %s: %w", a, st.ID, err)
			}
		}
	}
	return nil
}

// isConstraint reports whether err is SQLite's SQLITE_CONSTRAINT (19).
func isConstraint(err error) bool {
	var ce interface{ Code() int }
	return errors.As(err, &ce) && ce.Code()&0xff == 19
}

// UpdateStoriesOf is UpdateStories narrowed to the stories with the given
// ids and those merged into them: the cost of the write follows the
// stories an arriving article touches, not the store.
func (s *Store) UpdateStoriesOf(ctx context.Context, ids []string, fn func([]corroborate.StoredStory) ([]corroborate.StoredStory, error)) (bool, error) {
	var wrote bool
	err := retryBusy(ctx, func() error {
		var err error
		wrote, err = s.derivedTx(ctx, func(tx *sql.Tx) (bool, error) {
			stored, err := loadStoriesOf(ctx, tx, ids)
			if err != nil {
				return false, err
			}
			changes, err := fn(stored)
			if err != nil || len(changes) == 0 {
				return false, err
			}
			return true, saveStories(ctx, tx, changes)
		})
		return err
	})
	if err != nil {
		return false, fmt.Errorf("update stories: %w", err)
	}
	return wrote, nil
}

// loadStoriesOf reads the stories with the given ids and those merged
// into them, with their members, by id.
func loadStoriesOf(ctx context.Context, q querier, ids []string) ([]corroborate.StoredStory, error) {
	var out []corroborate.StoredStory
	seen := map[string]bool{}
	for _, id := range slices.Compact(slices.Sorted(slices.Values(ids))) {
		rows, err := q.QueryContext(ctx, `SELECT id FROM stories WHERE id = ? OR merged_into = ?`, id, id)
		if err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		var found []string
		for rows.Next() {
			var x string
			if err := rows.Scan(&x); err != nil {
				rows.Close()
				return nil, fmt.Errorf("list stories: %w", err)
			}
			found = append(found, x)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		for _, x := range found {
			if seen[x] {
				continue
			}
			seen[x] = true
			list, err := loadStories(ctx, q, x)
			if err != nil {
				return nil, err
			}
			out = append(out, list...)
		}
	}
	slices.SortFunc(out, func(a, b corroborate.StoredStory) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}
