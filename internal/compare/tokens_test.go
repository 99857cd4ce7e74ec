package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

func TestTokenFrom(t *testing.T) {
	toks := []text.Token{{Start: 0}, {Start: 4}, {Start: 9}}
	for _, c := range []struct{ pos, want int }{{0, 0}, {1, 1}, {4, 1}, {9, 2}, {10, -1}} {
		if got := tokenFrom(toks, c.pos); got != c.want {
			t.Errorf("tokenFrom(%d) = %d, want %d", c.pos, got, c.want)
		}
	}
}
