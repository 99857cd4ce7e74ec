package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// maxRows is the most rows a rowWriter puts in one statement.
const maxRows = 64

// rowWriter inserts rows of a fixed number of columns with multi-row
// statements: n rows go in statements of 64, 32, …, 1 rows (the binary
// digits of n, each size prepared once a writer) instead of one statement
// a row, which is most of what an insert costs here. Rows are written in
// the order given.
//
// Only for "INSERT OR IGNORE" into tables without foreign keys: a
// statement that writes several rows and may abort midway (a constraint
// with ABORT, an upsert, a foreign key) makes SQLite keep a statement
// journal, which spills to a temporary file past 64 KiB — in a file
// store that cost more system time than the statements saved
// (BenchmarkPutPlacement).
type rowWriter struct {
	tx    *sql.Tx
	head  string // "INSERT OR IGNORE INTO t(a, b)"
	width int
	stmts map[int]*sql.Stmt
}

func newRowWriter(tx *sql.Tx, head string, width int) *rowWriter {
	return &rowWriter{tx: tx, head: head, width: width, stmts: map[int]*sql.Stmt{}}
}

// write inserts the rows whose values are args, width a row.
func (w *rowWriter) write(ctx context.Context, args []any) error {
	n := len(args) / w.width
	for size := maxRows; n > 0; size /= 2 {
		for n >= size {
			st, err := w.stmt(ctx, size)
			if err != nil {
				return err
			}
			if _, err := st.ExecContext(ctx, args[:size*w.width]...); err != nil {
				return err
			}
			args, n = args[size*w.width:], n-size
		}
	}
	return nil
}

func (w *rowWriter) stmt(ctx context.Context, rows int) (*sql.Stmt, error) {
	if st, ok := w.stmts[rows]; ok {
		return st, nil
	}
	row := "(?" + strings.Repeat(", ?", w.width-1) + ")"
	st, err := w.tx.PrepareContext(ctx, w.head+" VALUES "+row+strings.Repeat(", "+row, rows-1))
	if err != nil {
		return nil, err
	}
	w.stmts[rows] = st
	return st, nil
}

// close closes the statements the writer prepared.
func (w *rowWriter) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}
