// Package sqlite is the embedded store: SQLite through modernc.org/sqlite
// (pure Go), in WAL mode with foreign keys on, migrated by numbered SQL
// files embedded in the binary and recorded in schema_migrations. Every
// write is one transaction that takes the write lock when it begins (BEGIN
// IMMEDIATE), so concurrent writers — other processes included — wait for
// each other instead of failing; a busy store is retried a bounded number
// of times.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/corroborate/corroborate"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the SQLite implementation of corroborate.ArticleStore.
type Store struct {
	db   *sql.DB
	path string

	// writes counts this handle's committed writes; watch is a connection
	// kept for PRAGMA data_version, which changes when any other
	// connection (of this process or another) commits.
	writes  atomic.Uint64
	watchMu sync.Mutex
	watch   *sql.Conn
}

// BusyTimeout is how long a statement waits for another writer's lock
// before SQLite reports the store busy.
const BusyTimeout = 10 * time.Second

// busyRetries is how many times a write transaction that still found the
// store busy after BusyTimeout is tried again.
const busyRetries = 4

var _ corroborate.ArticleStore = (*Store)(nil)

// Open opens (creating if needed) the store at path; ":memory:" gives a
// private in-memory store.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, Options{})
}

// Options tune a store's connections for a bulk load; the zero value is
// SQLite's defaults (a page cache of 2,000 KiB a connection, no memory
// map).
type Options struct {
	// CacheKiB is each connection's page cache (PRAGMA cache_size as a
	// negative number: KiB, not pages).
	CacheKiB int64
	// MmapBytes is how much of the file SQLite reads through a memory
	// map instead of read system calls (PRAGMA mmap_size; the library
	// caps it at its compiled limit).
	MmapBytes int64
}

// OpenWith is Open with tuned connections (see Options).
func OpenWith(ctx context.Context, path string, o Options) (*Store, error) {
	dsn := path
	memory := path == ":memory:"
	if memory {
		dsn = "file::memory:"
	} else {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("open store %q: %w", path, err)
			}
		}
		dsn = "file:" + path
	}
	// _txlock=immediate: every transaction begins with the write lock, so
	// the busy timeout applies when it waits for another writer (a deferred
	// transaction that reads first and upgrades fails at once instead).
	dsn += fmt.Sprintf("?_txlock=immediate&_pragma=foreign_keys(1)&_pragma=busy_timeout(%d)&_pragma=synchronous(NORMAL)", BusyTimeout.Milliseconds())
	if !memory {
		dsn += "&_pragma=journal_mode(WAL)"
	}
	if o.CacheKiB > 0 {
		dsn += fmt.Sprintf("&_pragma=cache_size(-%d)", o.CacheKiB)
	}
	if o.MmapBytes > 0 {
		dsn += fmt.Sprintf("&_pragma=mmap_size(%d)", o.MmapBytes)
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	if memory {
		db.SetMaxOpenConns(1) // one connection, one in-memory database
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	return s, nil
}

// DB returns the underlying database, for packages that extend the schema.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the store.
func (s *Store) Close() error {
	s.watchMu.Lock()
	if s.watch != nil {
		s.watch.Close()
		s.watch = nil
	}
	s.watchMu.Unlock()
	return s.db.Close()
}

// Version returns a number that changes whenever a write is committed to
// the store, by this handle or by any other connection or process: the sum
// of this handle's writes and SQLite's PRAGMA data_version, read on a
// connection kept for that purpose.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	own := s.writes.Load()
	if s.path == ":memory:" {
		return own, nil // private to this handle
	}
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	if s.watch == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("store version: %w", err)
		}
		s.watch = c
	}
	var dv uint64
	if err := s.watch.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&dv); err != nil {
		return 0, fmt.Errorf("store version: %w", err)
	}
	return own + dv, nil
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED
// (primary codes 5 and 6, with any extended code).
func isBusy(err error) bool {
	var ce interface{ Code() int }
	if errors.As(err, &ce) {
		c := ce.Code() & 0xff
		return c == 5 || c == 6
	}
	return false
}

// retryBusy runs fn, running it again (at most busyRetries more times, with
// a growing pause) while it fails because the store is busy.
func retryBusy(ctx context.Context, fn func() error) error {
	err := fn()
	for i := 0; i < busyRetries && isBusy(err); i++ {
		select {
		case <-ctx.Done():
			return ctxErr(ctx, err)
		case <-time.After(time.Duration(50<<i) * time.Millisecond):
		}
		err = fn()
	}
	return ctxErr(ctx, err)
}

// ctxErr puts the context's error first when ctx ended during a write that
// failed: database/sql rolls a transaction back when its context is
// cancelled and closes its statements, so the next statement fails with
// "sql: statement is closed", which hides why. The step's own error is
// kept in the message.
func ctxErr(ctx context.Context, err error) error {
	if err == nil || ctx.Err() == nil || errors.Is(err, ctx.Err()) {
		return err
	}
	return fmt.Errorf("%w (%v)", ctx.Err(), err)
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad name", base)
		}
		if err := retryBusy(ctx, func() error { return s.apply(ctx, v, name) }); err != nil {
			return err
		}
	}
	return nil
}

// apply runs the embedded migration file name unless its version is
// recorded.
func (s *Store) apply(ctx context.Context, version int, name string) error {
	body, err := migrations.ReadFile(name)
	if err != nil {
		return fmt.Errorf("migration %s: %w", filepath.Base(name), err)
	}
	return s.applySQL(ctx, version, name, string(body))
}

// applySQL runs a migration's statements and records its version in one
// transaction: a statement that fails leaves the store as it was.
func (s *Store) applySQL(ctx context.Context, version int, name, body string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: begin: %w", filepath.Base(name), err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return fmt.Errorf("migration %s: read applied versions: %w", filepath.Base(name), err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, body); err != nil {
		return fmt.Errorf("migration %s: %w", filepath.Base(name), err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name) VALUES (?, ?)`, version, filepath.Base(name)); err != nil {
		return fmt.Errorf("migration %s: record version: %w", filepath.Base(name), err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", filepath.Base(name), err)
	}
	return nil
}

// PutArticle stores a with its raw input in one transaction. An article
// with the same id is kept as it is and only the new source is recorded.
func (s *Store) PutArticle(ctx context.Context, a *corroborate.Article, raw corroborate.Raw) (bool, error) {
	created, err := s.PutArticles(ctx, []corroborate.ArticleInput{{Article: a, Raw: raw}})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// PutArticles stores a batch of articles in one transaction. The
// transaction takes the write lock when it begins and is retried while the
// store stays busy, so concurrent writers never lose a batch.
func (s *Store) PutArticles(ctx context.Context, batch []corroborate.ArticleInput) ([]bool, error) {
	for _, in := range batch {
		if in.Article == nil || in.Article.ID == "" || in.Article.Source == "" {
			return nil, corroborate.Errorf(corroborate.EINVALID, "article needs an id and a source")
		}
	}
	var created []bool
	err := retryBusy(ctx, func() error {
		var err error
		created, err = s.putArticles(ctx, batch)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.writes.Add(1)
	return created, nil
}

func (s *Store) putArticles(ctx context.Context, batch []corroborate.ArticleInput) ([]bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	defer tx.Rollback()
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM articles`).Scan(&seq); err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	created := make([]bool, len(batch))
	insArticle, err := tx.PrepareContext(ctx, `INSERT INTO articles(id, source, url, outlet, title, published, published_confidence, published_from, place, author, lead, text, raw_kind, raw, seq)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	defer insArticle.Close()
	insSource, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO article_sources(article_id, source) VALUES (?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	defer insSource.Close()
	for i, in := range batch {
		a := in.Article
		seq++
		res, err := insArticle.ExecContext(ctx,
			a.ID, a.Source, nullStr(a.URL), a.Outlet, a.Title, a.Published, a.PublishedConfidence, nullStr(a.PublishedFrom), a.Place, a.Author, nullStr(a.Lead), a.Text, in.Raw.Kind, in.Raw.Bytes, seq)
		if err != nil {
			return nil, fmt.Errorf("put article %s: %w", a.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			created[i] = true
		} else {
			seq--
		}
		if _, err := insSource.ExecContext(ctx, a.ID, a.Source); err != nil {
			return nil, fmt.Errorf("put article %s source: %w", a.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	return created, nil
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

const articleCols = `id, source, url, outlet, title, published, published_confidence, published_from, place, author, lead, text`

func scanArticle(sc interface{ Scan(...any) error }) (*corroborate.Article, error) {
	var a corroborate.Article
	var url, from, lead sql.NullString
	if err := sc.Scan(&a.ID, &a.Source, &url, &a.Outlet, &a.Title, &a.Published, &a.PublishedConfidence, &from, &a.Place, &a.Author, &lead, &a.Text); err != nil {
		return nil, err
	}
	a.URL, a.PublishedFrom, a.Lead = url.String, from.String, lead.String
	return &a, nil
}

// scanArticleSeq scans a row of seq and articleCols.
func scanArticleSeq(rows *sql.Rows, seq *int64) (*corroborate.Article, error) {
	var a corroborate.Article
	var url, from, lead sql.NullString
	if err := rows.Scan(seq, &a.ID, &a.Source, &url, &a.Outlet, &a.Title, &a.Published, &a.PublishedConfidence, &from, &a.Place, &a.Author, &lead, &a.Text); err != nil {
		return nil, err
	}
	a.URL, a.PublishedFrom, a.Lead = url.String, from.String, lead.String
	return &a, nil
}

// Article returns one article with all its sources.
func (s *Store) Article(ctx context.Context, id string) (*corroborate.Article, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, corroborate.Errorf(corroborate.ENOTFOUND, "article %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	if a.Sources, err = s.sources(ctx, id); err != nil {
		return nil, err
	}
	return a, nil
}

func (s *Store) sources(ctx context.Context, id string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT source FROM article_sources WHERE article_id = ? ORDER BY added_at, source`, id)
	if err != nil {
		return nil, fmt.Errorf("article %s sources: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Articles lists stored articles in the order they were first stored.
func (s *Store) Articles(ctx context.Context, limit int) ([]corroborate.Article, error) {
	q := `SELECT ` + articleCols + ` FROM articles ORDER BY seq`
	if limit > 0 {
		q += ` LIMIT ` + strconv.Itoa(limit)
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []corroborate.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, *a)
	}
	return out, rows.Err()
}

// ArticlesAfter lists a page of stored articles after cursor (the seq
// of the last article of the previous page, in decimal).
func (s *Store) ArticlesAfter(ctx context.Context, cursor string, limit int) ([]corroborate.Article, string, error) {
	if limit <= 0 {
		return nil, "", corroborate.Errorf(corroborate.EINVALID, "a page needs a limit")
	}
	var after int64
	if cursor != "" {
		var err error
		if after, err = strconv.ParseInt(cursor, 10, 64); err != nil {
			return nil, "", corroborate.Errorf(corroborate.EINVALID, "bad cursor %q", cursor)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT seq, `+articleCols+` FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, "", fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []corroborate.Article
	var last int64
	for rows.Next() {
		a, err := scanArticleSeq(rows, &last)
		if err != nil {
			return nil, "", fmt.Errorf("list articles: %w", err)
		}
		out = append(out, *a)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("list articles: %w", err)
	}
	if len(out) == 0 {
		return nil, "", nil
	}
	return out, strconv.FormatInt(last, 10), nil
}

// ArticleCount returns the number of stored articles.
func (s *Store) ArticleCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// RawInput returns the raw input kept for an article.
func (s *Store) RawInput(ctx context.Context, id string) (corroborate.Raw, error) {
	var r corroborate.Raw
	err := s.db.QueryRowContext(ctx, `SELECT raw_kind, raw FROM articles WHERE id = ?`, id).Scan(&r.Kind, &r.Bytes)
	if errors.Is(err, sql.ErrNoRows) {
		return r, corroborate.Errorf(corroborate.ENOTFOUND, "article %s not found", id)
	}
	return r, err
}

// Search returns the ids of articles whose headline, lead or outlet hold
// every word of query (each word also as a prefix), best match first, at
// most limit (0: no limit). The words are quoted into an FTS5 query, so no
// query syntax reaches SQLite.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]string, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	fts := ftsQuery(query)
	if fts == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`, fts, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// ftsQuery turns user words into a safe FTS5 query: each word a quoted
// prefix term, quotes doubled, so nothing is read as FTS5 syntax.
func ftsQuery(q string) string {
	var terms []string
	for _, w := range strings.Fields(q) {
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"*`)
	}
	return strings.Join(terms, " ")
}
