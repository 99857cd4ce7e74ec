package lexicon

// FirstSense returns the most frequent sense of part of speech p among the
// senses of form as written (the lowest Rank: WordNet's order, commonest in
// its tagged corpora first), and whether form has a sense of p. Senses
// lists a form's senses in synset order, which is not that order: "staff"
// lists the rod before the people who work together, "man" the piece in a
// board game before the adult male, so the first sense of p in that list
// is not its first sense. A form that lacks the word's first sense (lower-
// case "congress", whose first sense is written "Congress") gets its
// commonest own sense; TopSense gets none.
func (lx *Lexicon) FirstSense(form string, p POS) (Sense, bool) {
	var first Sense
	found := false
	for _, s := range lx.Senses(form) {
		if s.POS == p && (!found || s.Rank < first.Rank) {
			first, found = s, true
		}
	}
	return first, found
}

// TopSense returns the sense of part of speech p that WordNet numbers
// first for the word (Rank 0), and whether form as written carries it.
// Lower-case "congress" and "march" do not: the first senses of those
// words are the capitalised "Congress" and "March", so a rule that reads
// a word's commonest sense does not take "congress" for a group nor
// "march" for an act (FirstSense would).
func (lx *Lexicon) TopSense(form string, p POS) (Sense, bool) {
	for _, s := range lx.Senses(form) {
		if s.POS == p && s.Rank == 0 {
			return s, true
		}
	}
	return Sense{}, false
}
