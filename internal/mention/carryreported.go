package mention

import "strings"

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

// weaklyGendered reports whether a person's gender comes only from the
// second first-name list (moreNameGender), which holds the names the first
// list leaves out as given to both sexes ("Lindsey", "Casey"): no title,
// no first name of the first list and no pronoun of the article tells it.
func (e *ArticleEntity) weaklyGendered() bool {
	if e.Type != Person || e.Gender() == 0 || e.TitlesGender() != 0 || e.textGender != 0 {
		return false
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if ws := strings.Fields(n); len(ws) >= 2 && firstNameGender(strings.TrimSuffix(ws[0], ".")) != 0 {
			return false
		}
	}
	return true
}

// continuedSpeaker returns the entity of the quote right before out[i]
// when "he" or "she" goes on with it though its name's gender is the
// other one by the weaker list alone: "Lindsey Moss said, “…” He
// continued, “…”" — the pronoun tells the gender the name did not. Both
// are quotations; the one before names its speaker and ends in the
// sentence before or the pronoun's own. Else -1.
func (a *Analysis) continuedSpeaker(out []Quote, i int, p string) int {
	if i == 0 || p != "he" && p != "she" {
		return -1
	}
	b := out[i-1]
	if !b.marked || !out[i].marked || b.How != "named" || b.Entity < 0 || max(b.Sentence, sentenceAt(a.Sentences, max(b.End-1, b.Start))) < out[i].Sentence-1 || !a.Entities[b.Entity].weaklyGendered() {
		return -1
	}
	return b.Entity
}
