package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/mention"
)

// memo remembers the answers of a function of a name. Comparing a story's
// facts pairwise asks for the same few names over and over; the answers
// are kept up to memoSize names, then forgotten all at once. It is safe
// for concurrent use.
type memo[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// memoSize bounds the remembered names: a long-running server meets ever
// new names.
const memoSize = 1 << 16

// get returns f(key), remembered.
func (c *memo[V]) get(key string, f func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f(key)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= memoSize {
		c.m = make(map[string]V)
	}
	c.m[key] = v
	c.mu.Unlock()
	return v
}

var nameMemo memo[[]string]

// nameWords returns the words of a name as mention.NormalizeName writes
// it, remembered. Callers must not change the slice.
func nameWords(name string) []string {
	return nameMemo.get(name, func(n string) []string { return strings.Fields(mention.NormalizeName(n)) })
}

// personName is a person's name as samePerson compares it: without the
// word a lost sentence break glued to it and its leading titles (plain),
// and plain's normalised words without the initials that open it.
type personName struct {
	plain string
	words []string
}

var personMemo memo[personName]

// personNameOf returns name as samePerson compares it, remembered.
// Callers must not change the words.
func personNameOf(name string) personName {
	return personMemo.get(name, func(n string) personName {
		plain := untitled(unglued(n))
		return personName{plain: plain, words: withoutInitials(strings.Fields(mention.NormalizeName(plain)))}
	})
}
