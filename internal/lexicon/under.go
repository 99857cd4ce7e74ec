package lexicon

import "slices"

// synsetKey names a synset: its part of speech and offset. Synset offsets
// are unique within a part of speech only (WordNet numbers them by byte
// offset in data.noun, data.verb, ...: a few hundred noun and verb synsets
// share an offset).
type synsetKey struct {
	pos POS
	off uint32
}

// id is the synset's map key (synsetID).
func (k synsetKey) id() uint64 { return synsetID(k.pos, k.off) }

// synsetID is the map key of the synset of part of speech p at offset off:
// a plain integer, which a map hashes faster than a struct.
func synsetID(p POS, off uint32) uint64 { return uint64(p)<<32 | uint64(off) }

// hypernymsOf returns the hypernyms of synset s of part of speech p
// (hypernyms keep the part of speech of their synset).
func (lx *Lexicon) hypernymsOf(p POS, s uint32) []uint32 {
	return lx.synsets.hypernymsOf(synsetID(p, s))
}

// Under reports whether some sense of the base form word (part of speech p)
// is one of the anchor synsets or lies below one within depth hypernym
// steps: "fabrication" is under "falsehood", "refute" under "deny".
// Synset offsets are unique within a part of speech only, so anchors must
// be synsets of part of speech p.
func (lx *Lexicon) Under(word string, p POS, anchors []uint32, depth int) bool {
	for _, s := range lx.sensesOf(key(word)) {
		if s.POS != p {
			continue
		}
		if lx.under(p, s.Synset, anchors, depth) {
			return true
		}
	}
	return false
}

// SynsetUnder reports whether synset s (of part of speech p) is one of the
// anchors or lies below one within depth hypernym steps.
func (lx *Lexicon) SynsetUnder(s uint32, p POS, anchors []uint32, depth int) bool {
	return lx.under(p, s, anchors, depth)
}

// under walks up from synset s level by level, at most depth steps, and
// reports whether it meets one of the anchors. The anchors are few (a
// scan of the list is cheaper than a set), and a level of the walk is
// kept in a fixed buffer while it fits one.
func (lx *Lexicon) under(p POS, s uint32, anchors []uint32, depth int) bool {
	if depth < 0 {
		return false
	}
	if slices.Contains(anchors, s) {
		return true
	}
	var buf [2][32]uint32
	frontier := lx.hypernymsOf(p, s)
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		next := buf[d%2][:0]
		for _, x := range frontier {
			if slices.Contains(anchors, x) {
				return true
			}
			if d < depth {
				next = append(next, lx.hypernymsOf(p, x)...)
			}
		}
		frontier = next
	}
	return false
}

// SensesIn returns the synsets of a base form for part of speech p in
// lexicographer file lex.
func (lx *Lexicon) SensesIn(word string, p POS, lex uint8) []uint32 {
	var out []uint32
	for _, s := range lx.sensesOf(key(word)) {
		if s.POS == p && s.Lex == lex {
			out = append(out, s.Synset)
		}
	}
	return out
}

// EachForm calls f for every word form of the lexicon, as WordNet writes
// it (case kept, underscores for spaces), with its senses, in no
// particular order. The senses must not be changed.
func (lx *Lexicon) EachForm(f func(form string, senses []Sense)) {
	for form, ss := range lx.formsT.all(anySenses) {
		f(form, ss)
	}
}
