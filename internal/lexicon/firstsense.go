package lexicon

// FirstSense returns the most frequent sense of part of speech p among the
// senses of form as written (the lowest Rank: WordNet's order, commonest in
// its tagged corpora first), and whether form has a sense of p. Senses
// lists a form's senses in synset order, which is not that order: "staff"
// lists the rod before the people who work together, "man" the piece in a
// board game before the adult male, so the first sense of p in that list
// is not its first sense.
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
