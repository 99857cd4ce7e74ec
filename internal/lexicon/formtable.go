package lexicon

import (
	"hash/maphash"
	"iter"
)

// formTable answers look-ups of forms in a map of senses that never
// changes after loading, with fewer cache misses than a Go map: an
// open-addressed table (linear probing) whose 64-byte slots hold the form
// itself, so that a look-up reads one slot where a map of strings reads its
// control bytes, a slot and the key's bytes elsewhere. Forms longer than a
// slot holds are kept in a map.
type formTable struct {
	seed  maphash.Seed
	slots []formSlot // a power of two long
	long  map[string][]Sense
}

// formSlot is one form w[:n] and its senses; h is 0 in an empty slot.
type formSlot struct {
	h  uint64
	ss []Sense
	n  uint8
	w  [formInline]byte
}

// formInline is the longest form a slot holds.
const formInline = 31

// newFormTable returns a table of the n distinct forms of all, with their
// senses.
func newFormTable(n int, all iter.Seq2[string, []Sense]) *formTable {
	t := &formTable{seed: maphash.MakeSeed(), long: map[string][]Sense{}}
	size := 1
	for size*5 < n*8 { // at most 5/8 full
		size *= 2
	}
	t.slots = make([]formSlot, size)
	mask := uint64(size - 1)
	for f, ss := range all {
		if len(f) > formInline {
			t.long[f] = ss
			continue
		}
		h := t.hash(f)
		j := h & mask
		for t.slots[j].h != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = formSlot{h: h, ss: ss, n: uint8(len(f))}
		copy(t.slots[j].w[:], f)
	}
	return t
}

// hash is the slot hash of a form; never 0.
func (t *formTable) hash(f string) uint64 {
	if h := maphash.String(t.seed, f); h != 0 {
		return h
	}
	return 1
}

// get returns the senses of form f and whether the table holds f, as a
// look-up of the map it was made from does.
func (t *formTable) get(f string) ([]Sense, bool) {
	if len(f) > formInline {
		ss, ok := t.long[f]
		return ss, ok
	}
	h := t.hash(f)
	mask := uint64(len(t.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := &t.slots[j]
		if s.h == 0 {
			return nil, false
		}
		if s.h == h && int(s.n) == len(f) && string(s.w[:s.n]) == f {
			return s.ss, true
		}
	}
}
