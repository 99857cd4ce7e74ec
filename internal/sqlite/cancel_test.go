package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/corroborate/corroborate"
)

// countdownCtx is a context that cancels itself when its Done channel has
// been asked for n times: a save is cancelled at a different point between
// its statements for each n.
type countdownCtx struct {
	context.Context
	cancel context.CancelFunc
	n      atomic.Int64
}

func newCountdown(n int64) *countdownCtx {
	ctx, cancel := context.WithCancel(context.Background())
	c := &countdownCtx{Context: ctx, cancel: cancel}
	c.n.Store(n)
	return c
}

func (c *countdownCtx) Done() <-chan struct{} {
	if c.n.Add(-1) == 0 {
		c.cancel()
	}
	return c.Context.Done()
}

// TestCancelledSaveSaysCancelled: a save cancelled anywhere between its
// statements fails with the context's error (not database/sql's "statement
// is closed" after the rollback closed the transaction's statements), and
// the store keeps what it held before and takes the next write (the
// driver's interrupt can land on the rollback and leave the connection
// inside its transaction: dropWatch).
func TestCancelledSaveSaysCancelled(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.PutPlacement(ctx, bulkPlacement(30, true)); err != nil {
		t.Fatal(err)
	}
	before := readPostings(t, s.DB())
	cancelled := 0
	for n := int64(1); n < 400; n += 3 {
		p := bulkPlacement(60, true)
		p.Findings = []corroborate.StoryFindings{{Story: "s-001", Key: "k", Data: []byte("{}")}}
		err := s.PutPlacement(newCountdown(n), p)
		if err == nil {
			// The save finished before the countdown: put the first state back.
			if err := s.PutPlacement(ctx, bulkPlacement(30, true)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		cancelled++
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled after %d checks: %v, want the context's error", n, err)
		}
		if err := s.PutPlacement(ctx, corroborate.Placement{}); err != nil {
			t.Errorf("cancelled after %d checks: the next save fails: %v", n, err)
		}
		if after := readPostings(t, s.DB()); after.check != "ok" || len(after.byKey) != len(before.byKey) {
			t.Errorf("cancelled after %d checks: the store changed (%s, %d rows, want %d)", n, after.check, len(after.byKey), len(before.byKey))
		}
	}
	if cancelled == 0 {
		t.Fatal("no save was cancelled: the countdown never fired inside one")
	}
}
