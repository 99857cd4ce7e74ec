package analyze

import (
	"crypto/sha256"
	"fmt"
	"sync"

	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/story"
)

// FindingsMemo remembers each story's findings between two analyses of a
// growing store (a server's successive views), so that only the stories
// whose comparison can have changed are compared again. A story's
// findings depend only on its articles (as they read, in order, with
// their near-copy marks) and those of its related stories: the memo is
// keyed by exactly that. It keeps the findings of the last analysis only.
// The zero value is ready to use; one memo serves one analysis at a time.
type FindingsMemo struct {
	mu   sync.Mutex
	last map[[32]byte]compare.Result
	next map[[32]byte]compare.Result
	// lazy holds findings as the store saved them, by their input key,
	// decoded only when asked for (a regroup's memo of saved findings,
	// savedAnalysis: most stories of a large store are taken as saved and
	// never decoded).
	lazy map[[32]byte]*savedStory
	// Reused and Compared count the stories of the last analysis.
	Reused, Compared int
}

// findingsKey identifies a comparison's input: each story's articles in
// order with their near-copy marks, the story's own first.
func findingsKey(own []story.Doc, related [][]story.Doc) [32]byte {
	h := sha256.New()
	write := func(docs []story.Doc) {
		for _, d := range docs {
			a := d.Article
			fmt.Fprintf(h, "%s\x00", a.ID)
			if a.CopyOf != nil && a.Similarity != nil {
				fmt.Fprintf(h, "%s\x00%g\x00", *a.CopyOf, *a.Similarity)
			}
			h.Write([]byte{1})
		}
		h.Write([]byte{2})
	}
	write(own)
	for _, r := range related {
		write(r)
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// begin starts an analysis: findings not used by it are forgotten at end.
func (m *FindingsMemo) begin() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next = map[[32]byte]compare.Result{}
	m.Reused, m.Compared = 0, 0
}

// get returns the remembered findings for key.
func (m *FindingsMemo) get(key [32]byte) (compare.Result, bool) {
	m.mu.Lock()
	r, ok := m.last[key]
	lazy := m.lazy[key]
	m.mu.Unlock()
	if !ok && lazy != nil {
		if st, err := lazy.story(); err == nil {
			r, ok = compare.Result{Discrepancies: st.Discrepancies, Consensus: st.Consensus, Stances: st.Stances, Framing: st.Framing}, true
		}
	}
	if ok {
		m.mu.Lock()
		m.next[key] = r
		m.Reused++
		m.mu.Unlock()
	}
	return r, ok
}

// carry keeps the findings remembered for key for the next analysis, as
// get does, without returning them (a story taken as saved: its findings
// are those saved).
func (m *FindingsMemo) carry(key [32]byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.last[key]; ok {
		m.next[key] = r
	}
	if _, ok := m.last[key]; ok || m.lazy[key] != nil {
		m.Reused++
	}
}

// has reports whether the memo holds findings for key (for the analysis
// about to begin: call it before begin).
func (m *FindingsMemo) has(key [32]byte) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.last[key]
	return ok || m.lazy[key] != nil
}

// put remembers the findings computed for key.
func (m *FindingsMemo) put(key [32]byte, r compare.Result) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next[key] = r
	m.Compared++
}

// end keeps the findings of this analysis for the next.
func (m *FindingsMemo) end() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.last, m.next = m.next, nil
}
