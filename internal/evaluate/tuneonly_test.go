package evaluate

import (
	"io"
	"testing"
)

// TestTuneOnly: parts and misses lists are of the tune half only.
func TestTuneOnly(t *testing.T) {
	for _, c := range []struct {
		half   Half
		part   string
		misses io.Writer
		ok     bool
	}{
		{Tune, "a", io.Discard, true},
		{Tune, "", nil, true},
		{Holdout, "", nil, true},
		{Holdout, "a", nil, false},
		{Holdout, "", io.Discard, false},
		{All, "b", nil, false},
	} {
		if err := tuneOnly(c.half, c.part, c.misses); (err == nil) != c.ok {
			t.Errorf("half %v part %q misses %v: err %v", c.half, c.part, c.misses != nil, err)
		}
	}
}
