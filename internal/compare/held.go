package compare

// HeldStatement is one proposition the stance reader takes from an
// article's body, before any key-claim gate: who holds it (as a stance
// would name the holder), the claim as rendered, the position, and where
// its verb stands in the article's text. The holder evaluation (eval
// stances) scores these against an attribution kit's annotated sources.
type HeldStatement struct {
	Doc      int
	Offset   int // byte offset of the proposition's verb in the article's text; -1 when unknown
	Holder   string
	Own      bool // the outlet's own voice
	Claim    string
	Position string
	Sentence string
}

// HeldStatements lists the propositions of every article body of a story
// with their holders (headlines left out: an attribution kit annotates the
// body). The holders are those claimStances reports, before the story's
// claim grouping credits an unnamed quote's words.
func HeldStatements(in Input) []HeldStatement {
	c := newComparer(in)
	var out []HeldStatement
	for _, p := range c.predicationsOf(in.Docs) {
		if p.headline || p.doc < 0 || p.doc >= len(in.Docs) {
			continue
		}
		off := -1
		for _, s := range in.Docs[p.doc].Analysis.Sentences {
			if s.Text == p.sentence {
				off = s.Start + p.pos
				break
			}
		}
		h := p.holder
		if h != "" {
			h = c.personalName(h)
		}
		out = append(out, HeldStatement{Doc: p.doc, Offset: off, Holder: h, Own: p.own, Claim: claimText(p), Position: p.position(), Sentence: p.sentence})
	}
	return out
}
