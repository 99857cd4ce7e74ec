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
// slot holds are kept in a map. A form's senses are a span of one array of
// senses (the loader's), so that the slots hold no pointers: the collector
// does not scan the table, and a slot takes 48 bytes, not 64.
type formTable struct {
	seed   maphash.Seed
	slots  []formSlot // a power of two long
	senses []Sense    // what the spans cut; its capacity when spans are filed
	long   map[string]senseSpan
}

// senseSpan is a form's senses, senses[at:at+n] of its table, and the
// parts of speech they hold (posBits; in the span's padding, so a slot is
// no larger).
type senseSpan struct {
	at  uint32
	n   uint16
	pos uint8
}

// posBit is part of speech p's bit in a senseSpan's pos: one each for the
// four of WordNet, 0 for any other byte.
func posBit(p POS) uint8 {
	switch p {
	case Noun:
		return 1
	case Verb:
		return 2
	case Adj:
		return 4
	case Adv:
		return 8
	}
	return 0
}

// posBits is the pos of a span of senses ss.
func posBits(ss []Sense) uint8 {
	var m uint8
	for _, s := range ss {
		m |= posBit(s.POS)
	}
	return m
}

// formSlot is one form w[:n] and its senses; h is 0 in an empty slot.
type formSlot struct {
	h  uint64
	ss senseSpan
	n  uint8
	w  [formInline]byte
}

// formInline is the longest form a slot holds.
const formInline = 31

// newEmptyTable returns an empty table sized for up to n forms (at most
// 5/8 full), hashing with seed, whose spans cut senses (up to its
// capacity).
func newEmptyTable(seed maphash.Seed, n int, senses []Sense) *formTable {
	size := 1
	for size*5 < n*8 {
		size *= 2
	}
	return &formTable{seed: seed, slots: written[formSlot](size), senses: senses[:cap(senses)], long: map[string]senseSpan{}}
}

// cut returns the senses of span ss, nil when it is empty.
func (t *formTable) cut(ss senseSpan) []Sense {
	if ss.n == 0 {
		return nil
	}
	end := ss.at + uint32(ss.n)
	return t.senses[ss.at:end:end]
}

// put files the senses span ss under form f: in a new slot when the table
// does not hold f, in place of its senses when it does and overwrite is
// set. The table must have room (newEmptyTable's n).
func (t *formTable) put(f []byte, ss senseSpan, overwrite bool) {
	if len(f) > formInline {
		if _, ok := t.long[string(f)]; !ok || overwrite {
			t.long[string(f)] = ss
		}
		return
	}
	h := maphash.Bytes(t.seed, f)
	if h == 0 {
		h = 1
	}
	mask := uint64(len(t.slots) - 1)
	j := h & mask
	for ; t.slots[j].h != 0; j = (j + 1) & mask {
		s := &t.slots[j]
		if s.h == h && int(s.n) == len(f) && string(s.w[:s.n]) == string(f) {
			if overwrite {
				s.ss = ss
			}
			return
		}
	}
	t.slots[j] = formSlot{h: h, ss: ss, n: uint8(len(f))}
	copy(t.slots[j].w[:], f)
}

// all yields every form of the table with its senses, in no particular
// order; the form's string is made only for the senses keep accepts.
func (t *formTable) all(keep func([]Sense) bool) iter.Seq2[string, []Sense] {
	return func(yield func(string, []Sense) bool) {
		for i := range t.slots {
			s := &t.slots[i]
			if s.h == 0 {
				continue
			}
			if ss := t.cut(s.ss); keep(ss) && !yield(string(s.w[:s.n]), ss) {
				return
			}
		}
		for f, span := range t.long {
			if ss := t.cut(span); keep(ss) && !yield(f, ss) {
				return
			}
		}
	}
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
	ss, ok := t.span(f)
	return t.cut(ss), ok
}

// span returns the span of form f's senses and whether the table holds f.
func (t *formTable) span(f string) (senseSpan, bool) {
	if len(f) > formInline {
		ss, ok := t.long[f]
		return ss, ok
	}
	h := t.hash(f)
	mask := uint64(len(t.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := &t.slots[j]
		if s.h == 0 {
			return senseSpan{}, false
		}
		if s.h == h && int(s.n) == len(f) && string(s.w[:s.n]) == f {
			return s.ss, true
		}
	}
}

// anySenses keeps every form (formTable.all).
func anySenses([]Sense) bool { return true }
