package lexicon

import "sync"

// hypernymIndex maps every synset to its hypernyms, built on first use.
// Synset offsets are unique within a part of speech only (WordNet numbers
// them by byte offset in data.noun, data.verb, ...: a few hundred noun and
// verb synsets share an offset), so the index is keyed by part of speech
// and offset. Keyed by offset alone, which synset's hypernyms a shared
// offset got depended on the order the forms map was walked in, and so
// changed from run to run.
type hypernymIndex struct {
	once sync.Once
	up   map[synsetKey][]uint32
}

// synsetKey names a synset: its part of speech and offset.
type synsetKey struct {
	pos POS
	off uint32
}

var hyperIdx hypernymIndex

// hypernymsOf returns the hypernyms of synset s of part of speech p
// (hypernyms keep the part of speech of their synset).
func (lx *Lexicon) hypernymsOf(p POS, s uint32) []uint32 {
	hyperIdx.once.Do(func() {
		hyperIdx.up = make(map[synsetKey][]uint32, 120000)
		for _, ss := range lx.forms {
			for _, x := range ss {
				k := synsetKey{x.POS, x.Synset}
				if _, ok := hyperIdx.up[k]; !ok {
					hyperIdx.up[k] = x.Hypernyms
				}
			}
		}
	})
	return hyperIdx.up[synsetKey{p, s}]
}

// Under reports whether some sense of the base form word (part of speech p)
// is one of the anchor synsets or lies below one within depth hypernym
// steps: "fabrication" is under "falsehood", "refute" under "deny".
// Synset offsets are unique within a part of speech only, so anchors must
// be synsets of part of speech p.
func (lx *Lexicon) Under(word string, p POS, anchors []uint32, depth int) bool {
	want := map[uint32]bool{}
	for _, a := range anchors {
		want[a] = true
	}
	for _, s := range lx.sensesOf(key(word)) {
		if s.POS != p {
			continue
		}
		if lx.under(p, s.Synset, want, depth) {
			return true
		}
	}
	return false
}

// SynsetUnder reports whether synset s (of part of speech p) is one of the
// anchors or lies below one within depth hypernym steps.
func (lx *Lexicon) SynsetUnder(s uint32, p POS, anchors []uint32, depth int) bool {
	want := map[uint32]bool{}
	for _, a := range anchors {
		want[a] = true
	}
	return lx.under(p, s, want, depth)
}

func (lx *Lexicon) under(p POS, s uint32, want map[uint32]bool, depth int) bool {
	frontier := []uint32{s}
	for d := 0; d <= depth && len(frontier) > 0; d++ {
		var next []uint32
		for _, x := range frontier {
			if want[x] {
				return true
			}
			next = append(next, lx.hypernymsOf(p, x)...)
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
	for form, ss := range lx.forms {
		f(form, ss)
	}
}
