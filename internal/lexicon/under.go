package lexicon

import "sync"

// hypernymsOf maps every synset to its hypernyms, built on first use.
type hypernymIndex struct {
	once sync.Once
	up   map[uint32][]uint32
}

var hyperIdx hypernymIndex

func (lx *Lexicon) hypernymsOf(s uint32) []uint32 {
	hyperIdx.once.Do(func() {
		hyperIdx.up = make(map[uint32][]uint32, 120000)
		for _, ss := range lx.forms {
			for _, x := range ss {
				if _, ok := hyperIdx.up[x.Synset]; !ok {
					hyperIdx.up[x.Synset] = x.Hypernyms
				}
			}
		}
	})
	return hyperIdx.up[s]
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
	for _, s := range lx.forms[key(word)] {
		if s.POS != p {
			continue
		}
		if lx.under(s.Synset, want, depth) {
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
	return lx.under(s, want, depth)
}

func (lx *Lexicon) under(s uint32, want map[uint32]bool, depth int) bool {
	frontier := []uint32{s}
	for d := 0; d <= depth && len(frontier) > 0; d++ {
		var next []uint32
		for _, x := range frontier {
			if want[x] {
				return true
			}
			next = append(next, lx.hypernymsOf(x)...)
		}
		frontier = next
	}
	return false
}

// SensesIn returns the synsets of a base form for part of speech p in
// lexicographer file lex.
func (lx *Lexicon) SensesIn(word string, p POS, lex uint8) []uint32 {
	var out []uint32
	for _, s := range lx.forms[key(word)] {
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
