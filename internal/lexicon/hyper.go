package lexicon

// Hypernyms returns the synsets one level above synset s of part of
// speech p (its hypernyms keep its part of speech).
func (lx *Lexicon) Hypernyms(p POS, s uint32) []uint32 { return lx.hypernymsOf(p, s) }

// HyponymCount is how many synsets lie directly under synset s of part of
// speech p: a measure of how general s is ("entity" has many, "hospice"
// none).
func (lx *Lexicon) HyponymCount(p POS, s uint32) int { return lx.synsets.kids(synsetID(p, s)) }
