package lexicon

import (
	"strings"
	"sync"
	"sync/atomic"
)

// WordMemo remembers answers that depend on a word alone (a verb's cue
// strength, whether a noun heads an organisation's name): Load and Store
// as sync.Map's, typed. Most look-ups find a word met before, so reading
// is made cheap: the answers kept are a plain Go map that is never changed
// once published (frozen), read without a lock; a new answer goes to a
// small map behind a mutex (fresh), and once that holds a quarter as many
// answers as the frozen map (64 at least) the two are joined into a new
// frozen map. Each answer is copied about five times over the memo's life,
// and a word is read under the lock only until its map is joined. A
// sync.Map hashes its key as an interface and walks a trie of nodes on
// every Load (its seven memos of the language layer were 0.3–0.5 s of an
// analyze of 1,772 articles).
type WordMemo[T any] struct {
	frozen atomic.Pointer[map[string]T]
	mu     sync.Mutex
	fresh  map[string]T
}

// Load returns the answer kept for w.
func (m *WordMemo[T]) Load(w string) (T, bool) {
	if p := m.frozen.Load(); p != nil {
		if v, ok := (*p)[w]; ok {
			return v, true
		}
	}
	m.mu.Lock()
	v, ok := m.fresh[w]
	m.mu.Unlock()
	return v, ok
}

// Store keeps v as the answer for w (the first answer kept stays: every
// caller works out the same).
func (m *WordMemo[T]) Store(w string, v T) {
	m.mu.Lock()
	defer m.mu.Unlock()
	old := m.frozen.Load()
	n := 0
	if old != nil {
		if _, ok := (*old)[w]; ok {
			return
		}
		n = len(*old)
	}
	if _, ok := m.fresh[w]; ok {
		return
	}
	if m.fresh == nil {
		m.fresh = map[string]T{}
	}
	// Cloned: a word cut from an article's text would keep the whole text.
	m.fresh[strings.Clone(w)] = v
	if len(m.fresh) < max(64, n/4) {
		return
	}
	joined := make(map[string]T, n+len(m.fresh))
	if old != nil {
		for k, x := range *old {
			joined[k] = x
		}
	}
	for k, x := range m.fresh {
		joined[k] = x
	}
	m.frozen.Store(&joined)
	m.fresh = nil
}
