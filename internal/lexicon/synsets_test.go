package lexicon

import "testing"

// TestSynsetTableGrows fills a table made for one synset with many, so
// that it grows several times, and checks every synset's hypernyms and
// children; a synset never added answers none.
func TestSynsetTableGrows(t *testing.T) {
	tb := newSynsetTable(1, nil)
	for off := uint32(1); off <= 5000; off++ {
		id := synsetID(Noun, off*7)
		s := tb.slot(id)
		s.at, s.nh, s.read = uint32(len(tb.hypers)), 2, true
		tb.hypers = append(tb.hypers, off, off+1)
		tb.slot(synsetID(Verb, off%10)).kids++
	}
	if len(tb.slots) < 5010*8/5 {
		t.Fatalf("%d slots for 5,010 synsets: the table did not grow", len(tb.slots))
	}
	for off := uint32(1); off <= 5000; off++ {
		hs := tb.hypernymsOf(synsetID(Noun, off*7))
		if len(hs) != 2 || hs[0] != off || hs[1] != off+1 || cap(hs) != 2 {
			t.Fatalf("noun %d: hypernyms %v", off*7, hs)
		}
	}
	if got := tb.kids(synsetID(Verb, 3)); got != 500 {
		t.Errorf("verb 3: %d children, want 500", got)
	}
	if tb.hypernymsOf(synsetID(Noun, 8)) != nil || tb.kids(synsetID(Adj, 3)) != 0 {
		t.Error("a synset never added answers hypernyms or children")
	}
}
