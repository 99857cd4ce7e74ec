package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// articlesTerm is the row of term_counts that holds the number of
// articles counted (no clustering term is empty).
const articlesTerm = ""

// PutPlacement saves placement state in one transaction (see
// corroborate.PlacementStore). Like readings and stories it is derived
// data, written on the Version connection.
func (s *Store) PutPlacement(ctx context.Context, p corroborate.Placement) error {
	for _, st := range p.States {
		if st.Story == "" {
			return corroborate.Errorf(corroborate.EINVALID, "a story state needs a story id")
		}
	}
	err := retryBusy(ctx, func() error {
		_, err := s.derivedTx(ctx, func(tx *sql.Tx) (bool, error) { return true, putPlacement(ctx, tx, p) })
		return err
	})
	if err != nil {
		return fmt.Errorf("put placement: %w", err)
	}
	return nil
}

func putPlacement(ctx context.Context, tx *sql.Tx, p corroborate.Placement) error {
	if p.Reset {
		for _, t := range []string{"placed_articles", "sketch_buckets", "term_counts", "story_states", "story_postings", "story_findings", "copy_pairs", "tie_answers"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
				return fmt.Errorf("reset %s: %w", t, err)
			}
		}
	}
	if err := countArticles(ctx, tx, p.Articles); err != nil {
		return fmt.Errorf("count articles: %w", err)
	}
	if err := addCounts(ctx, tx, p.DF); err != nil {
		return fmt.Errorf("add term counts: %w", err)
	}
	if err := putCopyPairs(ctx, tx, p.Copies); err != nil {
		return fmt.Errorf("put copy pairs: %w", err)
	}
	if err := putTies(ctx, tx, p.Ties, p.DropTies); err != nil {
		return fmt.Errorf("put tie answers: %w", err)
	}
	for _, id := range p.Drop {
		for _, q := range []string{`DELETE FROM story_states WHERE story_id = ?`, `DELETE FROM story_postings WHERE story_id = ?`, `DELETE FROM story_findings WHERE story_id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return fmt.Errorf("drop story %s: %w", id, err)
			}
		}
	}
	if err := putStates(ctx, tx, p.States); err != nil {
		return fmt.Errorf("put story states: %w", err)
	}
	for _, f := range p.Findings {
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_findings(story_id, key, data) VALUES (?, ?, ?)
			ON CONFLICT(story_id) DO UPDATE SET key = excluded.key, data = excluded.data`, f.Story, f.Key, f.Data); err != nil {
			return fmt.Errorf("put findings of story %s: %w", f.Story, err)
		}
	}
	return nil
}

// countArticles counts new articles' terms and files their buckets; an
// article counted before (or earlier in arts) is skipped. The terms of
// all the new articles are added up first and each term's count is then
// written once (addCounts), so that a batch costs one statement a
// distinct term, not one a term of each article.
func countArticles(ctx context.Context, tx *sql.Tx, arts []corroborate.PlacedArticle) error {
	if len(arts) == 0 {
		return nil
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO placed_articles(article_id, copies_known) VALUES (?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return err
	}
	defer ins.Close()
	bucket := newRowWriter(tx, `INSERT OR IGNORE INTO sketch_buckets(bucket, article_id)`, 2)
	defer bucket.close()
	type bucketRow struct {
		bucket  int64
		article string
	}
	var buckets []bucketRow
	df := map[string]int{}
	for _, a := range arts {
		res, err := ins.ExecContext(ctx, a.Article, a.CopiesKnown)
		if err != nil {
			return fmt.Errorf("count article %s: %w", a.Article, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			continue
		}
		df[articlesTerm]++
		// Each term once: sorted in a copy sized at once (slices.Sorted of
		// the values grew it from empty, for every article).
		ts := slices.Clone(a.Terms)
		slices.Sort(ts)
		for _, t := range slices.Compact(ts) {
			if t != articlesTerm {
				df[t]++
			}
		}
		for _, b := range a.Buckets {
			buckets = append(buckets, bucketRow{int64(b), a.Article})
		}
	}
	// In the table's key order: the same rows, a B-tree filled in order.
	slices.SortFunc(buckets, func(x, y bucketRow) int {
		if c := cmp.Compare(x.bucket, y.bucket); c != 0 {
			return c
		}
		return strings.Compare(x.article, y.article)
	})
	rows := make([]any, 0, 2*len(buckets))
	for _, b := range buckets {
		rows = append(rows, b.bucket, b.article)
	}
	if err := bucket.write(ctx, rows); err != nil {
		return err
	}
	return upsertCounts(ctx, tx, df, true)
}

// putCopyPairs saves near-copy pairs, each under its two ids in order.
func putCopyPairs(ctx context.Context, tx *sql.Tx, pairs []corroborate.CopyPair) error {
	if len(pairs) == 0 {
		return nil
	}
	put, err := tx.PrepareContext(ctx, `INSERT INTO copy_pairs(article_id, other_id, containment) VALUES (?, ?, ?)
		ON CONFLICT(article_id, other_id) DO UPDATE SET containment = excluded.containment`)
	if err != nil {
		return err
	}
	defer put.Close()
	for _, c := range pairs {
		a, b := min(c.A, c.B), max(c.A, c.B)
		if _, err := put.ExecContext(ctx, a, b, c.Containment); err != nil {
			return fmt.Errorf("copy pair %s %s: %w", a, b, err)
		}
	}
	return nil
}

// putTies drops tie-break answers, then saves others.
func putTies(ctx context.Context, tx *sql.Tx, ties []corroborate.TieAnswer, drop [][]byte) error {
	for _, k := range drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM tie_answers WHERE key = ?`, k); err != nil {
			return fmt.Errorf("drop tie answer: %w", err)
		}
	}
	if len(ties) == 0 {
		return nil
	}
	put, err := tx.PrepareContext(ctx, `INSERT INTO tie_answers(key, pick) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET pick = excluded.pick`)
	if err != nil {
		return err
	}
	defer put.Close()
	for _, a := range ties {
		if _, err := put.ExecContext(ctx, a.Key, a.Pick); err != nil {
			return fmt.Errorf("tie answer: %w", err)
		}
	}
	return nil
}

// TieAnswers returns every saved tie-break answer, by key.
func (s *Store) TieAnswers(ctx context.Context) ([]corroborate.TieAnswer, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, pick FROM tie_answers ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("tie answers: %w", err)
	}
	defer rows.Close()
	var out []corroborate.TieAnswer
	for rows.Next() {
		var a corroborate.TieAnswer
		if err := rows.Scan(&a.Key, &a.Pick); err != nil {
			return nil, fmt.Errorf("tie answers: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tie answers: %w", err)
	}
	return out, nil
}

// CopyPairs returns the number of counted articles whose near-copy pairs
// are known and every saved pair (see corroborate.PlacementStore).
func (s *Store) CopyPairs(ctx context.Context) (int, []corroborate.CopyPair, error) {
	var known int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM placed_articles WHERE copies_known = 1`).Scan(&known); err != nil {
		return 0, nil, fmt.Errorf("copy pairs: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, other_id, containment FROM copy_pairs ORDER BY article_id, other_id`)
	if err != nil {
		return 0, nil, fmt.Errorf("copy pairs: %w", err)
	}
	defer rows.Close()
	var pairs []corroborate.CopyPair
	for rows.Next() {
		var c corroborate.CopyPair
		if err := rows.Scan(&c.A, &c.B, &c.Containment); err != nil {
			return 0, nil, fmt.Errorf("copy pairs: %w", err)
		}
		pairs = append(pairs, c)
	}
	if err := rows.Err(); err != nil {
		return 0, nil, fmt.Errorf("copy pairs: %w", err)
	}
	return known, pairs, nil
}

// addCounts adds document frequencies as given.
func addCounts(ctx context.Context, tx *sql.Tx, df map[string]int) error {
	return upsertCounts(ctx, tx, df, false)
}

// upsertCounts adds df to the document frequencies in sorted order; the
// number of articles (articlesTerm) is added only when articles is set.
// The terms already counted are asked first (500 a query): each of them
// is updated, one statement a term, and the others are inserted up to 64
// rows a statement (INSERT OR IGNORE, which can abort no statement:
// see rowWriter). An upsert a term made the same rows, one statement each
// for every new term, most of them in a fresh store.
func upsertCounts(ctx context.Context, tx *sql.Tx, df map[string]int, articles bool) error {
	if len(df) == 0 {
		return nil
	}
	terms := make([]string, 0, len(df))
	for _, t := range slices.Sorted(maps.Keys(df)) {
		if t != articlesTerm || articles {
			terms = append(terms, t)
		}
	}
	counted, err := countedTerms(ctx, tx, terms)
	if err != nil {
		return err
	}
	var upd *sql.Stmt
	if len(counted) > 0 {
		if upd, err = tx.PrepareContext(ctx, `UPDATE term_counts SET df = df + ? WHERE term = ?`); err != nil {
			return err
		}
		defer upd.Close()
	}
	ins := newRowWriter(tx, `INSERT OR IGNORE INTO term_counts(term, df)`, 2)
	defer ins.close()
	rows := make([]any, 0, 2*(len(terms)-len(counted)))
	for _, t := range terms {
		if !counted[t] {
			rows = append(rows, t, df[t])
			continue
		}
		if _, err := upd.ExecContext(ctx, df[t], t); err != nil {
			return err
		}
	}
	return ins.write(ctx, rows)
}

// countedTerms returns which of terms have a document frequency saved.
func countedTerms(ctx context.Context, tx *sql.Tx, terms []string) (map[string]bool, error) {
	out := map[string]bool{}
	for lo := 0; lo < len(terms); lo += readingsChunk {
		chunk := anys(terms[lo:min(lo+readingsChunk, len(terms))])
		rows, err := tx.QueryContext(ctx, `SELECT term FROM term_counts WHERE term IN (?`+strings.Repeat(", ?", len(chunk)-1)+`)`, chunk...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var t string
			if err := rows.Scan(&t); err != nil {
				rows.Close()
				return nil, err
			}
			out[t] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// putStates replaces stories' states and postings; each save takes the
// next sequence number. The states are saved in order, each story's old
// postings deleted; the new postings of all of them are then inserted at
// once, in the order of the table's key (term, story): the same rows as
// story by story, but a B-tree filled in order instead of swept once a
// story (a story given twice keeps its last save's postings, as when its
// second save deleted the first's).
func putStates(ctx context.Context, tx *sql.Tx, states []corroborate.StoryState) error {
	if len(states) == 0 {
		return nil
	}
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM story_states`).Scan(&seq); err != nil {
		return err
	}
	put, err := tx.PrepareContext(ctx, `INSERT INTO story_states(story_id, seq, data) VALUES (?, ?, ?)
			ON CONFLICT(story_id) DO UPDATE SET seq = excluded.seq, data = excluded.data`)
	if err != nil {
		return err
	}
	defer put.Close()
	drop, err := tx.PrepareContext(ctx, `DELETE FROM story_postings WHERE story_id = ?`)
	if err != nil {
		return err
	}
	defer drop.Close()
	type posting struct {
		term, story string
		seq         int64
	}
	var posts []posting
	saved := make(map[string]bool, len(states))
	for _, st := range states {
		seq++
		if _, err := put.ExecContext(ctx, st.Story, seq, st.Data); err != nil {
			return err
		}
		if _, err := drop.ExecContext(ctx, st.Story); err != nil {
			return err
		}
		if saved[st.Story] {
			posts = slices.DeleteFunc(posts, func(p posting) bool { return p.story == st.Story })
		}
		saved[st.Story] = true
		for _, t := range st.Terms {
			posts = append(posts, posting{t, st.Story, seq})
		}
	}
	// A term given twice in a story is the only conflict, and it has
	// the same seq.
	slices.SortFunc(posts, func(a, b posting) int {
		if c := strings.Compare(a.term, b.term); c != 0 {
			return c
		}
		return strings.Compare(a.story, b.story)
	})
	rows := make([]any, 0, 3*len(posts))
	for _, p := range posts {
		rows = append(rows, p.term, p.story, p.seq)
	}
	post := newRowWriter(tx, `INSERT OR IGNORE INTO story_postings(term, story_id, seq)`, 3)
	defer post.close()
	return indexedAfter(ctx, tx, "story_postings", func() error { return post.write(ctx, rows) })
}

// indexedAfter runs fill, which inserts rows into table. When the table is
// empty (a fresh store, or a Reset) its indexes are dropped first and made
// again after, from the statements that made them (read from
// sqlite_schema, in its order): the same entries, sorted once by CREATE
// INDEX, instead of one B-tree insert an entry into each index — into
// story_postings_story, keyed by story while the rows come in term order,
// each a place far from the last, which spilled pages of the cache to the
// WAL and read them back (the SQLite documentation's advice for bulk
// loads: "create the indexes after the data is inserted"). A table that
// holds rows keeps its indexes, and so does a UNIQUE index: it decides
// which rows INSERT OR IGNORE leaves out, and made after the rows it
// would fail on them instead. The statistics ANALYZE left for a dropped
// index (sqlite_stat1, sqlite_stat4: DROP INDEX deletes them) are put back
// once it is made again and reloaded, as they stood. All of it in the
// caller's transaction: a failure rolls the indexes back too.
func indexedAfter(ctx context.Context, tx *sql.Tx, table string, fill func() error) error {
	var empty bool
	if err := tx.QueryRowContext(ctx, `SELECT NOT EXISTS (SELECT 1 FROM `+table+`)`).Scan(&empty); err != nil {
		return err
	}
	if !empty {
		return fill()
	}
	var idx []index
	r, err := tx.QueryContext(ctx, `SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_index_list(?) l ON l.name = s.name
		WHERE s.type = 'index' AND s.sql IS NOT NULL AND l."unique" = 0 ORDER BY s.rowid`, table)
	if err != nil {
		return err
	}
	for r.Next() {
		var x index
		if err := r.Scan(&x.name, &x.sql); err != nil {
			r.Close()
			return err
		}
		idx = append(idx, x)
	}
	r.Close()
	if err := r.Err(); err != nil {
		return err
	}
	stats, err := indexStats(ctx, tx, idx)
	if err != nil {
		return err
	}
	for _, x := range idx {
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+strings.ReplaceAll(x.name, `"`, `""`)+`"`); err != nil {
			return fmt.Errorf("drop index %s: %w", x.name, err)
		}
	}
	if err := fill(); err != nil {
		return err
	}
	for _, x := range idx {
		if _, err := tx.ExecContext(ctx, x.sql); err != nil {
			return fmt.Errorf("make index %s: %w", x.name, err)
		}
	}
	return putStats(ctx, tx, stats)
}

// index is an index's name and the statement that made it.
type index struct{ name, sql string }

// statRows are rows of one statistics table.
type statRows struct {
	table string
	rows  [][]any
}

// indexStats reads the rows of sqlite_stat1 and sqlite_stat4 (those of
// them that ANALYZE has made) about the named indexes.
func indexStats(ctx context.Context, tx *sql.Tx, idx []index) ([]statRows, error) {
	var out []statRows
	for _, table := range []string{"sqlite_stat1", "sqlite_stat4"} {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil {
			return nil, err
		}
		if n == 0 {
			continue
		}
		st := statRows{table: table}
		for _, x := range idx {
			r, err := tx.QueryContext(ctx, `SELECT * FROM `+table+` WHERE idx = ?`, x.name)
			if err != nil {
				return nil, err
			}
			cols, err := r.Columns()
			for err == nil && r.Next() {
				row := make([]any, len(cols))
				ptrs := make([]any, len(cols))
				for i := range row {
					ptrs[i] = &row[i]
				}
				if err = r.Scan(ptrs...); err == nil {
					st.rows = append(st.rows, row)
				}
			}
			r.Close()
			if err == nil {
				err = r.Err()
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", table, err)
			}
		}
		if len(st.rows) > 0 {
			out = append(out, st)
		}
	}
	return out, nil
}

// putStats writes statistics rows back and has the planner reload them
// (ANALYZE sqlite_schema).
func putStats(ctx context.Context, tx *sql.Tx, stats []statRows) error {
	for _, st := range stats {
		for _, row := range st.rows {
			q := `INSERT INTO ` + st.table + ` VALUES (?` + strings.Repeat(", ?", len(row)-1) + `)`
			if _, err := tx.ExecContext(ctx, q, row...); err != nil {
				return fmt.Errorf("%s: %w", st.table, err)
			}
		}
	}
	if len(stats) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `ANALYZE sqlite_schema`)
	return err
}

// inList runs q (holding one "(?)" list placeholder, written %s) over ids
// in chunks, calling scan for each row.
func (s *Store) inList(ctx context.Context, q string, ids []any, scan func(*sql.Rows) error) error {
	for lo := 0; lo < len(ids); lo += readingsChunk {
		chunk := ids[lo:min(lo+readingsChunk, len(ids))]
		rows, err := s.db.QueryContext(ctx, fmt.Sprintf(q, "?"+strings.Repeat(", ?", len(chunk)-1)), chunk...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// TermCounts returns the number of articles counted and the document
// frequencies of terms.
func (s *Store) TermCounts(ctx context.Context, terms []string) (int, map[string]int, error) {
	df := map[string]int{}
	var n int
	err := s.inList(ctx, `SELECT term, df FROM term_counts WHERE term IN (%s)`, anys(append([]string{articlesTerm}, terms...)), func(r *sql.Rows) error {
		var t string
		var c int
		if err := r.Scan(&t, &c); err != nil {
			return err
		}
		if t == articlesTerm {
			n = c
		} else {
			df[t] = c
		}
		return nil
	})
	if err != nil {
		return 0, nil, fmt.Errorf("term counts: %w", err)
	}
	return n, df, nil
}

// Bucketed returns the articles holding any of the bucket keys.
func (s *Store) Bucketed(ctx context.Context, buckets []uint64, limit int) ([]string, error) {
	seen := map[string]bool{}
	for _, b := range buckets {
		q := `SELECT article_id FROM sketch_buckets WHERE bucket = ?`
		args := []any{int64(b)}
		if limit > 0 {
			q += ` LIMIT ?`
			args = append(args, limit)
		}
		if err := s.collect(ctx, q, args, seen); err != nil {
			return nil, fmt.Errorf("near-copy buckets: %w", err)
		}
	}
	return slices.Sorted(maps.Keys(seen)), nil
}

// BucketHolders returns each held key's articles, sorted (see
// corroborate.PlacementStore): one query a chunk of keys, not one a key.
func (s *Store) BucketHolders(ctx context.Context, buckets []uint64) (map[uint64][]string, error) {
	keys := make([]any, len(buckets))
	for i, b := range buckets {
		keys[i] = int64(b)
	}
	out := map[uint64][]string{}
	err := s.inList(ctx, `SELECT bucket, article_id FROM sketch_buckets WHERE bucket IN (%s)`, keys, func(r *sql.Rows) error {
		var b int64
		var id string
		if err := r.Scan(&b, &id); err != nil {
			return err
		}
		out[uint64(b)] = append(out[uint64(b)], id)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("near-copy buckets: %w", err)
	}
	for k, ids := range out {
		slices.Sort(ids)
		out[k] = slices.Compact(ids)
	}
	return out, nil
}

// Posted returns the stories posted under any of terms.
func (s *Store) Posted(ctx context.Context, terms []string, perTerm int) ([]string, error) {
	seen := map[string]bool{}
	for _, t := range terms {
		q := `SELECT story_id FROM story_postings WHERE term = ? ORDER BY seq DESC`
		args := []any{t}
		if perTerm > 0 {
			q += ` LIMIT ?`
			args = append(args, perTerm)
		}
		if err := s.collect(ctx, q, args, seen); err != nil {
			return nil, fmt.Errorf("story postings: %w", err)
		}
	}
	return slices.Sorted(maps.Keys(seen)), nil
}

func (s *Store) collect(ctx context.Context, q string, args []any, into map[string]bool) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		into[id] = true
	}
	return rows.Err()
}

// StoryStates returns the saved states of stories, in the order of ids.
func (s *Store) StoryStates(ctx context.Context, ids []string) ([]corroborate.StoryState, error) {
	found := map[string]corroborate.StoryState{}
	err := s.inList(ctx, `SELECT story_id, data FROM story_states WHERE story_id IN (%s)`, anys(ids), func(r *sql.Rows) error {
		var st corroborate.StoryState
		if err := r.Scan(&st.Story, &st.Data); err != nil {
			return err
		}
		found[st.Story] = st
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("story states: %w", err)
	}
	var out []corroborate.StoryState
	for _, id := range ids {
		if st, ok := found[id]; ok {
			out = append(out, st)
			delete(found, id)
		}
	}
	return out, nil
}

// StoryFindings returns the saved findings of stories, in the order of ids.
func (s *Store) StoryFindings(ctx context.Context, ids []string) ([]corroborate.StoryFindings, error) {
	found := map[string]corroborate.StoryFindings{}
	err := s.inList(ctx, `SELECT story_id, key, data FROM story_findings WHERE story_id IN (%s)`, anys(ids), func(r *sql.Rows) error {
		var f corroborate.StoryFindings
		if err := r.Scan(&f.Story, &f.Key, &f.Data); err != nil {
			return err
		}
		found[f.Story] = f
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("story findings: %w", err)
	}
	var out []corroborate.StoryFindings
	for _, id := range ids {
		if f, ok := found[id]; ok {
			out = append(out, f)
			delete(found, id)
		}
	}
	return out, nil
}
