package lexicon

import (
	"strings"
	"sync"
	"sync/atomic"
)

// NoBaseID is BaseID's answer when its table of numbers is full: the base
// form has no number and must be asked of Base.
const NoBaseID = ^uint32(0)

// baseNumbers numbers the base forms Base gives that differ from the word
// asked (BaseID), so that a token of an article's reading keeps a base
// form in four bytes instead of a string's sixteen. A base form is a
// WordNet form or a lower-cased word, so the table stays about as large
// as the lexicon however many articles are read.
//
// Numbers start at 1 and are never taken back. A form's string is kept in
// chunks of baseChunk, each published whole (an atomic pointer) before the
// number is given out, so BaseForm reads without a lock; numbering takes
// the lock.
type baseNumbers struct {
	sync.Mutex
	ids    map[string]uint32
	next   uint32
	chunks [baseChunks]atomic.Pointer[[baseChunk]string]
}

const (
	baseChunkBits = 12
	baseChunk     = 1 << baseChunkBits // forms a chunk
	baseChunks    = 1 << 12            // chunks at most: 16 million forms
)

// number returns b's number, giving it one when it has none; NoBaseID
// when the table is full.
func (t *baseNumbers) number(b string) uint32 {
	t.Lock()
	defer t.Unlock()
	if id, ok := t.ids[b]; ok {
		return id
	}
	if t.ids == nil {
		t.ids, t.next = map[string]uint32{}, 1
	}
	id := t.next
	if id>>baseChunkBits >= baseChunks {
		return NoBaseID
	}
	b = strings.Clone(b) // kept for good: a form cut from an article's text would keep the text
	c := t.chunks[id>>baseChunkBits].Load()
	if c == nil {
		c = new([baseChunk]string)
	}
	c[id&(baseChunk-1)] = b
	t.chunks[id>>baseChunkBits].Store(c) // publishes b with its chunk
	t.ids[b] = id
	t.next++
	return id
}

// form returns the form numbered id ("" for 0 and for numbers not given).
func (t *baseNumbers) form(id uint32) string {
	if id>>baseChunkBits >= baseChunks {
		return ""
	}
	c := t.chunks[id>>baseChunkBits].Load()
	if c == nil {
		return ""
	}
	return c[id&(baseChunk-1)]
}

// BaseID is Base(word, p) as a number for a lower-case word (as Base
// takes it; text.Token's Lower): 0 when the base form is word itself,
// NoBaseID when it has no number (see baseNumbers), else a number that
// BaseForm turns back into the form, the same for the same form. A word
// with capitals is its own lower case's form, so it gets a number where
// its lower case gets 0.
func (lx *Lexicon) BaseID(word string, p POS) uint32 {
	if len(word) > baseInline {
		return lx.baseID(word, lx.base(word, p)) // rare; not remembered
	}
	i := posIndex(p)
	h := lx.bases.hash(word, i)
	if s := lx.bases.find(h, word, i); s != nil {
		return s.id
	}
	_, id := lx.learnBase(h, word, p)
	return id
}

// learnBase works out the base form of word for part of speech p and its
// number and remembers both (h: the memo's hash of word and p).
func (lx *Lexicon) learnBase(h uint64, word string, p POS) (string, uint32) {
	// Cloned: a word cut from an article's text would keep the whole text.
	b := strings.Clone(lx.base(word, p))
	id := lx.baseID(word, b)
	lx.bases.Lock()
	lx.bases.putID(h, word, posIndex(p), b, id)
	lx.bases.Unlock()
	return b, id
}

// baseID is BaseID of word whose base form is b.
func (lx *Lexicon) baseID(word, b string) uint32 {
	if b == word {
		return 0
	}
	return lx.baseNums.number(b)
}

// BaseForm is the base form numbered id by BaseID.
func (lx *Lexicon) BaseForm(id uint32) string { return lx.baseNums.form(id) }
