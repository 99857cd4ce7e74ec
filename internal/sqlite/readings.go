package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
)

// PutReadings stores readings in one transaction, replacing earlier
// readings of the same articles. A reading of an article that is not
// stored fails the whole batch with EINVALID.
func (s *Store) PutReadings(ctx context.Context, rs []corroborate.Reading) error {
	if len(rs) == 0 {
		return nil
	}
	for _, r := range rs {
		if r.Article == "" || r.Engine == "" {
			return corroborate.Errorf(corroborate.EINVALID, "reading needs an article id and an engine version")
		}
	}
	return retryBusy(ctx, func() error { return s.putReadings(ctx, rs) })
}

// putReadings writes readings in one transaction. Readings are derived
// data, like stories: on a file store the transaction runs on the
// connection that reads PRAGMA data_version for Version, which SQLite does
// not move for a connection's own commits, so saving readings leaves this
// handle's Version as it was (a serve that saves the readings of new
// articles does not find its own view stale), while other handles see it
// move.
func (s *Store) putReadings(ctx context.Context, rs []corroborate.Reading) error {
	_, err := s.derivedTx(ctx, func(tx *sql.Tx) (bool, error) {
		ins, err := tx.PrepareContext(ctx, `INSERT INTO readings(article_id, engine, data)
		SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)
		ON CONFLICT(article_id) DO UPDATE SET engine = excluded.engine, data = excluded.data`)
		if err != nil {
			return false, err
		}
		defer ins.Close()
		for _, r := range rs {
			res, err := ins.ExecContext(ctx, r.Article, r.Engine, r.Data, r.Article)
			if err != nil {
				return false, fmt.Errorf("reading of %s: %w", r.Article, err)
			}
			if n, err := res.RowsAffected(); err == nil && n == 0 {
				return false, corroborate.Errorf(corroborate.EINVALID, "reading of article %s, which is not stored", r.Article)
			}
		}
		return true, nil
	})
	if err != nil {
		return fmt.Errorf("put readings: %w", err)
	}
	return nil
}

// derivedTx runs fn in one write transaction for derived data (readings,
// stories) and commits when fn asks. On a file store the transaction runs
// on the connection that reads PRAGMA data_version for Version: SQLite
// does not count a connection's own commits there, so derived writes leave
// this handle's Version as it was while other handles see it move.
func (s *Store) derivedTx(ctx context.Context, fn func(*sql.Tx) (commit bool, err error)) (bool, error) {
	var tx *sql.Tx
	var err error
	if s.path == ":memory:" {
		tx, err = s.db.BeginTx(ctx, nil)
	} else {
		s.watchMu.Lock()
		defer s.watchMu.Unlock()
		if s.watch == nil {
			if s.watch, err = s.db.Conn(ctx); err != nil {
				return false, err
			}
		}
		tx, err = s.watch.BeginTx(ctx, nil)
	}
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	commit, err := fn(tx)
	if err == nil && commit {
		err = tx.Commit()
	}
	if err != nil && ctx.Err() != nil {
		s.dropWatch(tx)
	}
	if err != nil || !commit {
		return false, ctxErr(ctx, err)
	}
	return true, nil
}

// dropWatch discards the Version connection after a write whose context
// was cancelled: the driver interrupts the connection when the context
// ends, and an interrupt that lands on the rollback leaves the connection
// inside its transaction ("cannot start a transaction within a
// transaction" at the next write). The connection is closed, not returned
// to the pool, and the next derived write opens a fresh one. The caller
// holds watchMu.
func (s *Store) dropWatch(tx *sql.Tx) {
	if s.watch == nil {
		return
	}
	tx.Rollback()
	s.watch.Raw(func(any) error { return driver.ErrBadConn })
	s.watch.Close()
	s.watch = nil
}

// readingsChunk is how many ids one query looks up (SQLite allows 32,766
// parameters; smaller chunks keep each statement quick).
const readingsChunk = 500

// Readings returns the stored readings of the given articles, in the
// order of ids; articles without a reading are left out.
func (s *Store) Readings(ctx context.Context, ids []string) ([]corroborate.Reading, error) {
	found := make(map[string]corroborate.Reading, len(ids))
	for lo := 0; lo < len(ids); lo += readingsChunk {
		chunk := ids[lo:min(lo+readingsChunk, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		q := `SELECT article_id, engine, data FROM readings WHERE article_id IN (?` + strings.Repeat(", ?", len(chunk)-1) + `)`
		if err := s.scanReadings(ctx, q, args, found); err != nil {
			return nil, err
		}
	}
	out := make([]corroborate.Reading, 0, len(found))
	for _, id := range ids {
		if r, ok := found[id]; ok {
			out = append(out, r)
			delete(found, id) // an id asked twice is answered once
		}
	}
	return out, nil
}

func (s *Store) scanReadings(ctx context.Context, q string, args []any, into map[string]corroborate.Reading) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("readings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r corroborate.Reading
		if err := rows.Scan(&r.Article, &r.Engine, &r.Data); err != nil {
			return fmt.Errorf("readings: %w", err)
		}
		into[r.Article] = r
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("readings: %w", err)
	}
	return nil
}
