package lexicon

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// baseMemo remembers Base's answers: the same words are asked for again
// and again (every sentence's content words, every verb of every clause),
// and each answer costs up to a dozen look-ups. It holds at most
// baseMemoSize answers, then forgets them all at once (a long-running
// server meets ever new words).
//
// It is an open-addressed table (linear probing) whose 64-byte slots hold
// the word itself, so that a remembered answer costs one slot read: a Go
// map of strings reads its control bytes, the slot and the key's bytes
// elsewhere, three cache misses in a table of this size (session 18 found
// Base's map look-ups 3.7 s of an analyze of 3,598 articles).
//
// A look-up takes no lock. A slot, once its hash is stored, never changes:
// put fills an empty slot's word, base and part of speech first and stores
// its hash last (atomically), so a reader that loads a slot's hash sees
// the rest as written; a reader that finds the slot still empty reads a
// miss, and the answer is worked out again and put under the lock (put
// keeps the first). A grown or forgotten table is a new slice, published
// whole (tab); a reader still probing the old one reads answers that hold
// as much as the new one's. The read lock it replaces cost two atomic
// writes to one shared word per look-up, a line the two workers' cores
// passed back and forth (sync.RWMutex, 1–2% of an analyze's samples).
type baseMemo struct {
	sync.Mutex // held by put
	seed       maphash.Seed
	slots      []baseSlot // a power of two long, or nil; written under the lock
	n          int        // slots in use
	// tab is slots as readers see it, published when slots is made.
	tab atomic.Pointer[[]baseSlot]
}

// baseSlot is one remembered answer: the base form of word w[:n] for part
// of speech pos, and its number (id: BaseID's answer; 0 in the memos of
// other answers). h is 0 in an empty slot; it is stored last.
type baseSlot struct {
	h    atomic.Uint64
	base string
	id   uint32
	n    uint8
	pos  uint8
	w    [baseInline]byte
}

// baseInline is the longest word the memo keeps (a slot is 64 bytes);
// longer words are worked out each time.
const baseInline = 34

const (
	baseMemoSize  = 1 << 17 // answers kept at most
	baseMemoFirst = 1 << 12 // slots of a new table
)

// hash is the slot hash of word for part of speech i; never 0.
func (m *baseMemo) hash(word string, i int) uint64 {
	h := maphash.String(m.seed, word) ^ uint64(i+1)*0x9E3779B97F4A7C15
	if h == 0 {
		h = 1
	}
	return h
}

// get returns the remembered base of word for part of speech i (its hash
// h). It takes no lock (see baseMemo).
func (m *baseMemo) get(h uint64, word string, i int) (string, bool) {
	if s := m.find(h, word, i); s != nil {
		return s.base, true
	}
	return "", false
}

// find returns the slot that remembers word for part of speech i (its
// hash h), nil when none does. It takes no lock (see baseMemo); a found
// slot never changes.
func (m *baseMemo) find(h uint64, word string, i int) *baseSlot {
	tab := m.tab.Load()
	if tab == nil {
		return nil
	}
	slots := *tab
	mask := uint64(len(slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := &slots[j]
		sh := s.h.Load()
		if sh == 0 {
			return nil
		}
		if sh == h && int(s.n) == len(word) && int(s.pos) == i && string(s.w[:s.n]) == word {
			return s
		}
	}
}

// put remembers base b of word for part of speech i (its hash h), at most
// baseInline bytes long. The caller holds the lock.
func (m *baseMemo) put(h uint64, word string, i int, b string) { m.putID(h, word, i, b, 0) }

// putID is put, remembering b's number id with it (Lexicon.BaseID).
func (m *baseMemo) putID(h uint64, word string, i int, b string, id uint32) {
	if m.n >= baseMemoSize {
		m.slots, m.n = nil, 0
	}
	if m.slots == nil {
		m.publish(written[baseSlot](baseMemoFirst))
	} else if (m.n+1)*4 > len(m.slots)*3 {
		old := m.slots
		grown := written[baseSlot](2 * len(old))
		mask := uint64(len(grown) - 1)
		for k := range old {
			oh := old[k].h.Load()
			if oh == 0 {
				continue
			}
			j := oh & mask
			for grown[j].h.Load() != 0 {
				j = (j + 1) & mask
			}
			s := &grown[j]
			s.base, s.id, s.n, s.pos, s.w = old[k].base, old[k].id, old[k].n, old[k].pos, old[k].w
			s.h.Store(oh)
		}
		m.publish(grown)
	}
	mask := uint64(len(m.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := &m.slots[j]
		sh := s.h.Load()
		if sh == 0 {
			s.base, s.id, s.n, s.pos = b, id, uint8(len(word)), uint8(i)
			copy(s.w[:], word)
			s.h.Store(h) // last: the slot is whole when a reader sees it
			m.n++
			return
		}
		if sh == h && int(s.n) == len(word) && int(s.pos) == i && string(s.w[:s.n]) == word {
			return // remembered meanwhile by another reader
		}
	}
}

// publish makes slots the table, for put and for readers.
func (m *baseMemo) publish(slots []baseSlot) {
	m.slots = slots
	m.tab.Store(&slots)
}
