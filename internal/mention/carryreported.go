package mention

// carryReported gives a quotation paragraph with no attribution of its own
// the speaker of the reported statement right before it, in its paragraph
// or the sentence before, when that statement names its speaker: "Doe
// recalled how the first winter went. “I had never seen snow.”" is Doe's,
// though the last direct quote, paragraphs back, was another's. The direct
// quotes are read before reported speech, so the carried speaker (Quotes,
// "carried") can only be the last direct quote's; out is sorted by offset.
func (a *Analysis) carryReported(out []Quote) {
	for i := 1; i < len(out); i++ {
		q := &out[i]
		if !q.marked || q.Cue != "" || q.How != "carried" && q.How != "" || q.SpeakerText != "" && q.How != "carried" {
			continue
		}
		p := out[i-1]
		if p.marked || p.End > q.Start || p.Entity < 0 || p.Speaker == "" || p.Entity == q.Entity || p.How != "named" && p.How != "role" {
			continue
		}
		if _, poss := stripPossessive(p.SpeakerText); poss || !a.sameParaOrNext(p.Sentence, q.Sentence) {
			continue // "before Doe's interview": a possessive names no speaker of its own
		}
		q.Entity, q.SpeakerText, q.Speaker, q.How = p.Entity, p.SpeakerText, p.Speaker, "carried"
	}
}

// sameParaOrNext reports whether sentence qi shares sentence pi's paragraph
// or comes right after it.
func (a *Analysis) sameParaOrNext(pi, qi int) bool {
	if pi < 0 || qi < 0 || pi >= len(a.Sentences) || qi >= len(a.Sentences) || qi < pi {
		return false
	}
	return a.Sentences[qi].Para == a.Sentences[pi].Para || qi == pi+1
}
