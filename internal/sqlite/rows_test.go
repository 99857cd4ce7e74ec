package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
)

// TestRowWriter writes 0 to 200 rows (every run of statement sizes: 64,
// 32, …, 1) with INSERT OR IGNORE, each key twice in a row so that some
// pairs straddle two statements: every key must be there once, with its
// first row's value (rows written in order), so that a row lost, written
// twice or out of order shows.
func TestRowWriter(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, `CREATE TABLE r(k INTEGER PRIMARY KEY, v INTEGER NOT NULL, w TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for n := 0; n <= 200; n++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		w := newRowWriter(tx, `INSERT OR IGNORE INTO r(k, v, w)`, 3)
		var args []any
		for i := 0; i < n; i++ {
			args = append(args, i/2, i, fmt.Sprint("row ", i))
		}
		if err := w.write(ctx, args); err != nil {
			t.Fatalf("%d rows: %v", n, err)
		}
		w.close()
		rows, err := tx.QueryContext(ctx, `SELECT k, v, w FROM r ORDER BY k`)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var k, v int
			var s string
			if err := rows.Scan(&k, &v, &s); err != nil {
				t.Fatal(err)
			}
			got = append(got, fmt.Sprintf("%d=%d/%s", k, v, s))
		}
		rows.Close()
		var want []string
		for k := 0; k < (n+1)/2; k++ {
			want = append(want, fmt.Sprintf("%d=%d/row %d", k, 2*k, 2*k))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%d rows: got %v, want %v", n, got, want)
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
	}
}
