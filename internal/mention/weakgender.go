package mention

// weakSubjectBefore returns the entity of the quote right before out[i]
// when "he" or "she" opening the sentence after it goes on with its named
// speaker, a person whose gender only the second first-name list gives,
// and the other one: "Lindsey Varga said the roads were fine. He joked
// that …" — the subject of the sentence before is the most salient
// antecedent of a subject pronoun (Lappin & Leass 1994: recency, subject
// and parallelism weights; Hobbs 1978 searches the previous sentence
// first), and a first name given to both sexes is a weak filter against
// it. The person the pronoun resolved to otherwise (cur) must not be
// named in that sentence before, which would be as recent. Else -1.
func (a *Analysis) weakSubjectBefore(out []Quote, i int, p string, cur int) int {
	if i == 0 || p != "he" && p != "she" {
		return -1
	}
	q, b := out[i], out[i-1]
	if b.How != "named" || b.Entity < 0 || b.Entity == cur || b.Sentence != q.Sentence-1 || sentenceAt(a.Sentences, q.Start) != q.Sentence {
		return -1
	}
	e := &a.Entities[b.Entity]
	if !e.weaklyGendered() || e.Gender() == pronounGender(p) || nestedIn(out[:i], i-1) || !opensWithPronoun(a.Tokens[q.Sentence], p) {
		return -1
	}
	if cur >= 0 && a.lastNamedBefore(cur, q.Sentence) >= b.Sentence-1 {
		// "Lindsey Varga met Peter Holm. He said …": Holm is as recent;
		// "Holm said … . Varga said … . He added": Holm, the subject of
		// the report before, is near enough for the list's gender to hold
		return -1
	}
	for _, c := range out[:i-1] {
		if c.Entity == cur && c.Sentence >= b.Sentence-1 {
			return -1 // cur spoke there by a pronoun or role
		}
	}
	return b.Entity
}
