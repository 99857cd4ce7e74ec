package lexicon

import (
	"hash/maphash"
	"sync"
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
type baseMemo struct {
	sync.RWMutex
	seed  maphash.Seed
	slots []baseSlot // a power of two long, or nil
	n     int        // slots in use
}

// baseSlot is one remembered answer: the base form of word w[:n] for part
// of speech pos. h is 0 in an empty slot.
type baseSlot struct {
	h    uint64
	base string
	n    uint8
	pos  uint8
	w    [baseInline]byte
}

// baseInline is the longest word the memo keeps (a slot is 64 bytes);
// longer words are worked out each time.
const baseInline = 38

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
// h). The caller holds the read lock.
func (m *baseMemo) get(h uint64, word string, i int) (string, bool) {
	if m.slots == nil {
		return "", false
	}
	mask := uint64(len(m.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := &m.slots[j]
		if s.h == 0 {
			return "", false
		}
		if s.h == h && int(s.n) == len(word) && int(s.pos) == i && string(s.w[:s.n]) == word {
			return s.base, true
		}
	}
}

// put remembers base b of word for part of speech i (its hash h), at most
// baseInline bytes long. The caller holds the write lock.
func (m *baseMemo) put(h uint64, word string, i int, b string) {
	if m.n >= baseMemoSize {
		m.slots, m.n = nil, 0
	}
	if m.slots == nil {
		m.slots = written[baseSlot](baseMemoFirst)
	} else if (m.n+1)*4 > len(m.slots)*3 {
		old := m.slots
		m.slots = written[baseSlot](2 * len(old))
		for k := range old {
			if old[k].h != 0 {
				*m.free(old[k].h) = old[k]
			}
		}
	}
	mask := uint64(len(m.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := &m.slots[j]
		if s.h == 0 {
			*s = baseSlot{h: h, base: b, n: uint8(len(word)), pos: uint8(i)}
			copy(s.w[:], word)
			m.n++
			return
		}
		if s.h == h && int(s.n) == len(word) && int(s.pos) == i && string(s.w[:s.n]) == word {
			return // remembered meanwhile by another reader
		}
	}
}

// free returns the first empty slot of h's probe sequence.
func (m *baseMemo) free(h uint64) *baseSlot {
	mask := uint64(len(m.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		if m.slots[j].h == 0 {
			return &m.slots[j]
		}
	}
}
