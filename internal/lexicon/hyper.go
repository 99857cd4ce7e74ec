package lexicon

// Hypernyms returns the synsets one level above synset s of part of
// speech p (its hypernyms keep its part of speech).
func (lx *Lexicon) Hypernyms(p POS, s uint32) []uint32 { return lx.hypernymsOf(p, s) }

// HyponymCount is how many synsets lie directly under synset s of part of
// speech p: a measure of how general s is ("entity" has many, "hospice"
// none).
func (lx *Lexicon) HyponymCount(p POS, s uint32) int { return lx.synsets.kids(synsetID(p, s)) }

// InstanceUnder reports whether a form as written names an instance (a
// proper noun) of a class that is one of the anchors or lies below one
// within depth hypernym steps: "Iran" is an instance of "Asian country",
// which lies under "country".
func (lx *Lexicon) InstanceUnder(form string, anchors []uint32, depth int) bool {
	for _, s := range lx.sensesOf(key(form)) {
		if s.POS == Noun && s.Instance && lx.InstanceOfUnder(s.Synset, anchors, depth) {
			return true
		}
	}
	return false
}

// InstanceOfUnder reports whether noun synset s is an instance of a class
// that is one of the anchors or lies below one within depth hypernym steps.
func (lx *Lexicon) InstanceOfUnder(s uint32, anchors []uint32, depth int) bool {
	for _, c := range lx.instanceOf[s] {
		if lx.under(Noun, c, anchors, depth) {
			return true
		}
	}
	return false
}
