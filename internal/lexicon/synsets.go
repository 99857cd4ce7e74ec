package lexicon

// synsetTable holds each synset's hypernyms and how many synsets lie
// directly under it, keyed by synsetID: an open-addressed table (linear
// probing) of small slots without pointers, the hypernyms cut from one
// array. It replaces two maps of the same keys, which the loader filled
// at every process's start.
type synsetTable struct {
	slots  []synsetSlot // a power of two long
	n      int          // slots in use
	hypers []uint32     // what the hypernyms are cut from
}

// synsetSlot is one synset: its hypernyms are hypers[at:at+nh]. id is 0
// in an empty slot (synsetID is never 0: a part of speech is a letter).
type synsetSlot struct {
	id   uint64
	at   uint32
	nh   uint16
	read bool   // the synset's own hypernyms are read (it may be counted as a parent first)
	kids uint32 // synsets directly under it
}

// newSynsetTable returns an empty table for about n synsets, cutting
// hypernyms from hypers (its length is where the table starts).
func newSynsetTable(n int, hypers []uint32) *synsetTable {
	size := 1
	for size*5 < n*8 {
		size *= 2
	}
	return &synsetTable{slots: written[synsetSlot](size), hypers: hypers}
}

// slotHash spreads a synset's id over the table (Fibonacci hashing: the
// ids are offsets, dense in their low bits).
func slotHash(id uint64) uint64 { return (id * 0x9E3779B97F4A7C15) >> 20 }

// find returns the slot of id, or nil when the table does not hold it.
func (t *synsetTable) find(id uint64) *synsetSlot {
	mask := uint64(len(t.slots) - 1)
	for j := slotHash(id) & mask; ; j = (j + 1) & mask {
		s := &t.slots[j]
		if s.id == id {
			return s
		}
		if s.id == 0 {
			return nil
		}
	}
}

// slot returns the slot of id, adding an empty one when the table does
// not hold it (and growing the table past 5/8 full).
func (t *synsetTable) slot(id uint64) *synsetSlot {
	if (t.n+1)*8 > len(t.slots)*5 {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	j := slotHash(id) & mask
	for ; t.slots[j].id != 0; j = (j + 1) & mask {
		if t.slots[j].id == id {
			return &t.slots[j]
		}
	}
	t.n++
	t.slots[j].id = id
	return &t.slots[j]
}

// grow doubles the table.
func (t *synsetTable) grow() {
	old := t.slots
	t.slots = written[synsetSlot](2 * len(old))
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		j := slotHash(s.id) & mask
		for t.slots[j].id != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = s
	}
}

// hypernymsOf returns the hypernyms of synset id, nil when it has none or
// the table does not hold it.
func (t *synsetTable) hypernymsOf(id uint64) []uint32 {
	if s := t.find(id); s != nil {
		return t.cut(s)
	}
	return nil
}

// cut returns the hypernyms of the synset of slot s, nil when it has none.
func (t *synsetTable) cut(s *synsetSlot) []uint32 {
	if s.nh == 0 {
		return nil
	}
	end := s.at + uint32(s.nh)
	return t.hypers[s.at:end:end]
}

// kids returns how many synsets lie directly under synset id.
func (t *synsetTable) kids(id uint64) int {
	if s := t.find(id); s != nil {
		return int(s.kids)
	}
	return 0
}
